// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/DirectoryCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "app/cli/DirectoryView.h"
#include "app/cli/TeamOptions.h"
#include "app/cli/TextTable.h"
#include "core/crypto/KeyringStore.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryJson.h"
#include "core/directory/DirectoryKeys.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/NetworkLookupStore.h"
#include "core/directory/PersonStore.h"
#include "core/directory/TeamStore.h"
#include "core/directory/DirectoryVCard.h"
#include "core/directory/TeamFields.h"
#include "core/directory/TrustedIntroducerReader.h"
#include "core/profile/ProfileStore.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace fb {

namespace {

QStringList keyWarningTexts(const LinkedKey& k)
{
    QStringList warnings;
    for (const KeyWarning& w : k.warnings)
        warnings.append(w.message);
    if (!k.missing.isEmpty())
        warnings.append(k.missing);
    return warnings;
}

QJsonObject keyJson(const LinkedKey& k)
{
    const bool known = k.key.has_value();
    return QJsonObject{{s("teamId"), k.teamId ? QJsonValue(k.teamId) : QJsonValue()},
                       {s("personId"), k.personId ? QJsonValue(k.personId) : QJsonValue()},
                       {s("owner"), k.owner},
                       {s("fingerprint"), k.fingerprint},
                       {s("inKeyring"), known},
                       {s("algorithm"), known ? QJsonValue(k.key->algorithm) : QJsonValue()},
                       {s("created"), known ? CliContext::isoUtc(k.key->created) : QJsonValue()},
                       {s("expires"), known ? CliContext::isoUtc(k.key->expires) : QJsonValue()},
                       {s("validity"), known ? QJsonValue(DirectoryView::validityKey(k.key->validity)) : QJsonValue()},
                       {s("userIds"), known ? QJsonArray::fromStringList(k.key->userIds) : QJsonArray()},
                       {s("warnings"), QJsonArray::fromStringList(keyWarningTexts(k))}};
}

} // namespace

QList<Command> DirectoryCommands::commands()
{
    return {
        {s("directory"), s("add"),
         QT_TRANSLATE_NOOP("fb::Command", "Add a team (or a person) to the contact directory"), add},
        {s("directory"), s("edit"), QT_TRANSLATE_NOOP("fb::Command", "Change a team in the directory"), edit},
        {s("directory"), s("show"), QT_TRANSLATE_NOOP("fb::Command", "Show a team with its contacts and warnings"),
         show},
        {s("directory"), s("list"), QT_TRANSLATE_NOOP("fb::Command", "List the teams (and people) of the directory"),
         list},
        {s("directory"), s("lookup"),
         QT_TRANSLATE_NOOP("fb::Command", "Who handles an IP, CIDR, ASN, domain or e-mail address"), lookup},
        {s("directory"), s("import"),
         QT_TRANSLATE_NOOP("fb::Command", "Import a Trusted Introducer teams.json or vCards"), importFile},
        {s("directory"), s("export"), QT_TRANSLATE_NOOP("fb::Command", "Export the directory as vCard or JSON"),
         exportFile},
        {s("directory"), s("stale"), QT_TRANSLATE_NOOP("fb::Command", "List entries not verified for a while"), stale},
        {s("directory"), s("keys"),
         QT_TRANSLATE_NOOP("fb::Command", "Import, link and check the OpenPGP keys of teams and people"), keys},
    };
}

Status DirectoryCommands::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        s("NAME"), DirectoryCommands::tr("The team's official name (or the person's name with --person)."));
    TeamOptions options;
    options.addTo(parser);
    const QCommandLineOption shortName =
        option("short", DirectoryCommands::tr("The team's short name (CERT-XX)."), "SHORT");
    const QCommandLineOption country =
        option("country", DirectoryCommands::tr("ISO 3166-1 alpha-2 country code."), "CC");
    const QCommandLineOption type = option(
        "type", DirectoryCommands::tr("Team type: %1.").arg(DirectoryTypes::teamTypeKeys().join(s(", "))), "TYPE");
    const QCommandLineOption person = option("person", DirectoryCommands::tr("Add a person instead of a team."));
    const QCommandLineOption team =
        option("team", DirectoryCommands::tr("With --person: the team the person belongs to."), "TEAM");
    const QCommandLineOption role =
        option("role", DirectoryCommands::tr("With --person: the role in that team (lead, handler...)."), "ROLE");
    const QCommandLineOption from =
        option("from", DirectoryCommands::tr("With --person: member since (yyyy-mm-dd)."), "DATE");
    for (const auto* o : {&shortName, &country, &type, &person, &team, &role, &from})
        parser.addOption(*o);
    auto parsed = context.parse(
        parser, s("directory add"), s("NAME"),
        DirectoryCommands::tr("Add a team with its channels, constituency, keys and agreements, or a person with "
                              "--person."),
        arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TeamStore store(**vault, context.clock(), context.actor());
    PersonStore people(**vault, context.clock(), context.actor());
    const QString name = parser.positionalArguments().first();

    if (parser.isSet(person)) {
        Person p;
        p.name = name;
        for (const QString& value : parser.values(options.email)) {
            auto c = TeamOptions::channel(ChannelKind::Email, value, false);
            if (!c)
                return fail(c.error());
            p.channels.append(*c);
        }
        for (const QString& value : parser.values(options.phone)) {
            auto c = TeamOptions::channel(ChannelKind::Phone, value, false);
            if (!c)
                return fail(c.error());
            p.channels.append(*c);
        }
        if (parser.isSet(options.key))
            p.keyFingerprint = parser.value(options.key);
        if (auto status = options.applyHighestTlp(parser, p.highestTlp); !status)
            return status;
        if (parser.isSet(options.verified)) {
            p.verifiedAt = context.clock().nowUtc();
            p.verifiedBy = context.actor();
        }
        if (parser.isSet(team)) {
            auto t = store.findTeam(parser.value(team));
            if (!t)
                return fail(t.error());
            auto since = TeamFields::parseDate(parser.value(from), s("from"));
            if (!since)
                return fail(since.error());
            p.memberships.append(TeamMembership{t->id, parser.value(role), *since, {}});
        }
        auto id = people.addPerson(p);
        if (!id)
            return fail(id.error());
        context.out() << DirectoryCommands::tr("Added person #%1.").arg(*id) << u'\n';
        return {};
    }

    Team t;
    t.officialName = name;
    t.shortName = parser.value(shortName);
    if (parser.isSet(country))
        if (auto status = TeamFields::set(t, s("country"), parser.value(country)); !status)
            return status;
    if (parser.isSet(type))
        if (auto status = TeamFields::set(t, s("type"), parser.value(type)); !status)
            return status;
    if (auto status = options.apply(parser, t, context); !status)
        return status;
    auto id = store.addTeam(t);
    if (!id)
        return fail(id.error());
    context.out() << DirectoryCommands::tr("Added team #%1.").arg(*id) << u'\n';
    return {};
}

Status DirectoryCommands::edit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("TEAM"), DirectoryCommands::tr("Team id, UUID, short or official name."));
    TeamOptions options;
    options.addTo(parser);
    auto parsed = context.parse(
        parser, s("directory edit"), s("TEAM"),
        DirectoryCommands::tr("Change a team. Every change is recorded in the history and protects the field from "
                              "being overwritten by older imports."),
        arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TeamStore store(**vault, context.clock(), context.actor());
    auto team = store.findTeam(parser.positionalArguments().first());
    if (!team)
        return fail(team.error());
    if (auto status = options.apply(parser, *team, context); !status)
        return status;
    if (auto status = store.updateTeam(*team); !status)
        return status;
    context.out() << DirectoryCommands::tr("Updated team #%1.").arg(team->id) << u'\n';
    return {};
}

Status DirectoryCommands::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("TEAM"), DirectoryCommands::tr("Team id, UUID, short or official name."));
    auto parsed = context.parse(parser, s("directory show"), s("TEAM"),
                                DirectoryCommands::tr("Show everything known about a team."), arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TeamReader store(**vault);
    auto team = store.findTeam(parser.positionalArguments().first());
    if (!team)
        return fail(team.error());
    const QDate today = context.clock().nowUtc().date();
    // The linked keys as `directory keys` shows them, and whether they are the ones the team's Trusted Introducer
    // entry and its own RFC 2350 profile (the newest import that names one) name.
    KeyringStore keyring(**vault, context.clock());
    auto linked = DirectoryKeys(**vault, context.clock(), context.actor(), keyring).linked(team->id);
    if (!linked)
        return fail(linked.error());
    auto imports = ProfileStore(**vault, context.clock(), context.actor()).imports(team->id);
    if (!imports)
        return fail(imports.error());
    QString profileFingerprint;
    QDateTime profileImportedAt;
    for (const ProfileImport& imported : *imports)
        if (!imported.profile.keyFingerprint.isEmpty()) {
            profileFingerprint = imported.profile.keyFingerprint;
            profileImportedAt = imported.importedAt;
            break;
        }
    auto staleDays = DirectoryQueries(**vault, context.clock()).staleDays();
    if (!staleDays)
        return fail(staleDays.error());
    QStringList warnings = TeamFields::warnings(*team, today, *staleDays);
    for (const LinkedKey& k : *linked)
        for (const QString& warning : keyWarningTexts(k))
            warnings.append(DirectoryCommands::tr("Key %1: %2").arg(groupedFingerprint(k.fingerprint), warning));
    warnings +=
        DirectoryKeys::mismatches(*team, DirectoryKeys::namedKeys(*team, profileFingerprint, profileImportedAt));
    if (context.json()) {
        QJsonObject object = DirectoryJson::team(*team);
        QJsonArray keys;
        for (const LinkedKey& k : *linked)
            keys.append(keyJson(k));
        object.insert(s("keys"), keys);
        object.insert(s("warnings"), QJsonArray::fromStringList(warnings));
        context.printJson(object);
        return {};
    }
    context.out() << DirectoryView::team(*team, *linked, warnings);
    return {};
}

Status DirectoryCommands::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption country = option("country", DirectoryCommands::tr("Only teams of this country."), "CC");
    const QCommandLineOption type = option("type", DirectoryCommands::tr("Only teams of this type."), "TYPE");
    const QCommandLineOption people = option("people", DirectoryCommands::tr("List people instead of teams."));
    for (const auto* o : {&country, &type, &people})
        parser.addOption(*o);
    auto parsed = context.parse(parser, s("directory list"), {},
                                DirectoryCommands::tr("List the teams of the directory."), arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TeamReader store(**vault);
    auto teams = store.teams();
    if (!teams)
        return fail(teams.error());
    if (parser.isSet(people)) {
        auto all = PersonReader(**vault).people();
        if (!all)
            return fail(all.error());
        QHash<qint64, QString> names;
        QHash<qint64, QString> uids;
        for (const Team& t : *teams) {
            names.insert(t.id, t.displayName());
            uids.insert(t.id, t.uid);
        }
        QJsonArray array;
        TextTable table({DirectoryCommands::tr("ID"), DirectoryCommands::tr("NAME"),
                         DirectoryCommands::tr("ORGANISATION"), DirectoryCommands::tr("TEAMS"),
                         DirectoryCommands::tr("KEY")});
        for (const Person& p : *all) {
            QStringList current;
            for (const TeamMembership& m : p.memberships)
                current.append(names.value(m.teamId) + (m.role.isEmpty() ? QString() : u' ' + m.role) +
                               (m.until.isValid()
                                    ? DirectoryCommands::tr(" (until %1)").arg(TeamFields::dateText(m.until))
                                    : QString()));
            table.addRow({QString::number(p.id), p.name, p.organisation, current.join(s(", ")),
                          p.keyFingerprint.isEmpty() ? p.keyUri : p.keyFingerprint.right(16)});
            array.append(DirectoryJson::person(p, uids));
        }
        if (context.json())
            context.printJson(array);
        else
            context.out() << table.toString();
        return {};
    }
    QJsonArray array;
    TextTable table({DirectoryCommands::tr("ID"), DirectoryCommands::tr("NAME"), DirectoryCommands::tr("COUNTRY"),
                     DirectoryCommands::tr("TYPE"), DirectoryCommands::tr("TI"), DirectoryCommands::tr("ENTRIES"),
                     DirectoryCommands::tr("VERIFIED")});
    table.setMaxWidth(1, 40);
    for (const Team& t : *teams) {
        if (parser.isSet(country) && t.country.compare(parser.value(country), Qt::CaseInsensitive) != 0)
            continue;
        if (parser.isSet(type) && DirectoryTypes::parseTeamType(parser.value(type)) != t.type)
            continue;
        table.addRow(
            {QString::number(t.id), t.displayName(), t.country, DirectoryTypes::key(t.type),
             t.tiStatus == TiStatus::None ? QString() : DirectoryTypes::key(t.tiStatus),
             QString::number(t.constituency.size()),
             t.verifiedAt.isValid() ? CliContext::localTime(t.verifiedAt).left(10) : DirectoryCommands::tr("never")});
        array.append(DirectoryJson::team(t));
    }
    if (context.json())
        context.printJson(array);
    else
        context.out() << table.toString();
    return {};
}

Status DirectoryCommands::lookup(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        s("QUERY"), DirectoryCommands::tr("IP address, CIDR, AS number, domain, e-mail address or country code."));
    const QCommandLineOption fromFile = option(
        "queries", DirectoryCommands::tr("Also answer the queries in this file, one a line ('-': standard input)."),
        "FILE");
    parser.addOption(fromFile);
    auto parsed = context.parse(
        parser, s("directory lookup"), s("QUERY..."),
        DirectoryCommands::tr("Which teams handle these, most specific first, with the path of each match. "
                              "Nothing specific: a name under a ccTLD falls back to that country's national "
                              "team. A query that is not valid is reported and the others are answered (exit code "
                              "2)."),
        arguments, 0, std::numeric_limits<int>::max());
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    QStringList queries = parser.positionalArguments();
    if (parser.isSet(fromFile)) {
        auto data = CliFiles::read(parser.value(fromFile));
        if (!data)
            return fail(data.error());
        for (const QString& line : QString::fromUtf8(*data).split(u'\n'))
            if (const QString query = line.trimmed(); !query.isEmpty() && !query.startsWith(u'#'))
                queries.append(query);
    }
    if (queries.isEmpty())
        return fail(ErrorCode::Usage,
                    DirectoryCommands::tr("Name at least one query, or a file of them with --queries."));
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TeamReader store(**vault);
    // Indexed queries and each team's channels only: no team is read whole (a lookup costs the same with 50
    // teams as with 50,000); each matched team's channels read once, however many queries name it.
    QHash<qint64, std::optional<Team>> teams;
    auto teamOf = [&](qint64 teamId) -> const std::optional<Team>& {
        auto it = teams.find(teamId);
        if (it == teams.end()) {
            auto channels = store.teamChannels(teamId);
            std::optional<Team> team;
            if (channels) {
                team.emplace();
                team->channels = *channels;
            }
            it = teams.insert(teamId, team);
        }
        return *it;
    };
    QJsonArray array;
    int bad = 0;
    for (const QString& query : std::as_const(queries)) {
        auto result = NetworkLookupStore(**vault).lookup(query);
        if (!result) {
            if (result.error().code != ErrorCode::BadInput)
                return fail(result.error());
            ++bad;
            if (context.json())
                array.append(QJsonObject{{s("query"), query}, {s("error"), result.error().message}});
            else
                context.out() << query << QStringLiteral(" (") << DirectoryCommands::tr("not a valid query")
                              << s(")\n  ") << result.error().message << u'\n';
            continue;
        }
        if (context.json()) {
            QJsonObject object = DirectoryJson::lookup(*result);
            QJsonArray matches = object.value(s("matches")).toArray();
            for (qsizetype i = 0; i < matches.size(); ++i) {
                QJsonObject m = matches[i].toObject();
                if (const auto& team = teamOf(result->matches[i].teamId))
                    m.insert(s("channels"), DirectoryJson::team(*team).value(s("channels")));
                matches[i] = m;
            }
            object.insert(s("matches"), matches);
            array.append(object);
            continue;
        }
        context.out() << result->normalised << QStringLiteral(" (") << result->kind << QStringLiteral(")\n");
        if (result->matches.isEmpty())
            context.out() << DirectoryCommands::tr("  no team handles this") << u'\n';
        if (result->fallback)
            context.out() << DirectoryCommands::tr("  nothing specific; national team of %1:").arg(result->country)
                          << u'\n';
        for (const LookupMatch& m : result->matches) {
            context.out() << QStringLiteral("  ") << m.teamName << QStringLiteral(" (#") << m.teamId
                          << QStringLiteral(") via ") << DirectoryJson::viaKey(m.via) << u' ' << m.entry
                          << QStringLiteral(": ") << m.path.join(QStringLiteral(" > ")) << u'\n';
            if (const auto& team = teamOf(m.teamId); team && !team->channels.isEmpty())
                context.out() << DirectoryView::contacts(*team) << u'\n';
        }
    }
    if (context.json())
        context.printJson(array);
    if (bad > 0)
        return fail(ErrorCode::BadInput,
                    DirectoryCommands::tr("%1 of %2 queries were not valid; the others were answered.")
                        .arg(bad)
                        .arg(queries.size()));
    return {};
}

Status DirectoryCommands::importFile(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        s("FILE"),
        DirectoryCommands::tr("teams.json (Trusted Introducer), a .vcf file, or ASCII-armoured keys (.asc)."));
    const QCommandLineOption format =
        option("format", DirectoryCommands::tr("ti, vcard or keys (default: from the file name)."), "FORMAT");
    const QCommandLineOption link =
        option("link", DirectoryCommands::tr("With keys: link the imported keys to this team."), "TEAM");
    parser.addOption(format);
    parser.addOption(link);
    auto parsed = context.parse(
        parser, s("directory import"), s("FILE"),
        DirectoryCommands::tr("Import teams and people. Valid entries are imported, entries with problems are "
                              "reported with their position and left out (exit code 2); fields you edited after "
                              "the imported record was last changed are kept and listed."),
        arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QString path = parser.positionalArguments().first();
    QString kind = parser.value(format).toLower();
    if (kind.isEmpty())
        kind = path.endsWith(s(".vcf"), Qt::CaseInsensitive) || path.endsWith(s(".vcard"), Qt::CaseInsensitive)
                   ? s("vcard")
               : path.endsWith(s(".asc"), Qt::CaseInsensitive) || path.endsWith(s(".gpg"), Qt::CaseInsensitive)
                   ? s("keys")
                   : s("ti");
    if (kind == QLatin1String("keys")) {
        QStringList keyArguments{s("--import"), path};
        if (parser.isSet(link))
            keyArguments << s("--link") << parser.value(link);
        if (context.json())
            keyArguments << s("--json");
        return keys(context, keyArguments);
    }
    if (kind != QLatin1String("ti") && kind != QLatin1String("vcard"))
        return fail(ErrorCode::Usage, DirectoryCommands::tr("--format is ti, vcard or keys."));
    auto data = CliFiles::read(path);
    if (!data)
        return fail(data.error());
    ImportedDirectory directory;
    if (kind == QLatin1String("ti")) {
        auto read = TrustedIntroducerReader::read(*data);
        if (!read)
            return fail(read.error());
        directory = *read;
    } else {
        directory = DirectoryVCard::read(*data, path == QLatin1String("-") ? QString() : QFileInfo(path).fileName());
    }
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    auto report = DirectoryImporter(**vault, context.clock(), context.actor()).import(directory);
    if (!report)
        return fail(report.error());
    if (context.json()) {
        QJsonArray problems;
        for (const ImportProblem& p : report->problems)
            problems.append(QJsonObject{{s("position"), p.position}, {s("message"), p.message}});
        QJsonArray warnings;
        for (const ImportProblem& w : report->warnings)
            warnings.append(QJsonObject{{s("position"), w.position}, {s("message"), w.message}});
        context.printJson(QJsonObject{{s("added"), QJsonArray::fromStringList(report->added)},
                                      {s("updated"), QJsonArray::fromStringList(report->updated)},
                                      {s("unchanged"), QJsonArray::fromStringList(report->unchanged)},
                                      {s("skipped"), QJsonArray::fromStringList(report->skipped)},
                                      {s("keptEdits"), QJsonArray::fromStringList(report->keptEdits)},
                                      {s("problems"), problems},
                                      {s("warnings"), warnings}});
    } else {
        context.out() << DirectoryView::report(*report);
    }
    if (!report->problems.isEmpty())
        return fail(ErrorCode::BadInput,
                    DirectoryCommands::tr("%n problem(s) in the input; the valid entries were imported.", nullptr,
                                          static_cast<int>(report->problems.size())));
    return {};
}

Status DirectoryCommands::exportFile(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("FILE"), DirectoryCommands::tr("Where to write; '-' for standard output."));
    const QCommandLineOption format =
        option("format", DirectoryCommands::tr("vcard or json (default: from the file name)."), "FORMAT");
    const QCommandLineOption team =
        option("team", DirectoryCommands::tr("Export only this team (repeatable)."), "TEAM");
    parser.addOption(format);
    parser.addOption(team);
    auto parsed =
        context.parse(parser, s("directory export"), s("FILE"),
                      DirectoryCommands::tr("Export the directory, or the teams named with --team and their people."),
                      arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QString path = parser.positionalArguments().first();
    QString kind = parser.value(format).toLower();
    if (kind.isEmpty())
        kind = path.endsWith(s(".json"), Qt::CaseInsensitive) ? s("json") : s("vcard");
    if (kind != QLatin1String("json") && kind != QLatin1String("vcard"))
        return fail(ErrorCode::Usage, DirectoryCommands::tr("--format is vcard or json."));
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TeamReader store(**vault);
    QList<Team> teams;
    if (parser.isSet(team)) {
        for (const QString& name : parser.values(team)) {
            auto t = store.findTeam(name);
            if (!t)
                return fail(t.error());
            teams.append(*t);
        }
    } else if (auto all = store.teams()) {
        teams = *all;
    } else {
        return fail(all.error());
    }
    auto allPeople = PersonReader(**vault).people();
    if (!allPeople)
        return fail(allPeople.error());
    QList<Person> people;
    for (const Person& p : *allPeople) {
        const bool belongs = std::any_of(p.memberships.cbegin(), p.memberships.cend(), [&](const TeamMembership& m) {
            return std::any_of(teams.cbegin(), teams.cend(), [&](const Team& t) { return t.id == m.teamId; });
        });
        if (!parser.isSet(team) || belongs)
            people.append(p);
    }
    QHash<qint64, QString> uids;
    if (auto all = store.teams())
        for (const Team& t : *all)
            uids.insert(t.id, t.uid);
    const QByteArray data = kind == QLatin1String("json")
                                ? DirectoryJson::exportDocument(teams, people, context.clock().nowUtc())
                                : DirectoryVCard::write(teams, people, uids);
    if (path == QLatin1String("-")) {
        context.out() << QString::fromUtf8(data);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return fail(ErrorCode::Io, DirectoryCommands::tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
    context.out() << DirectoryCommands::tr("Exported %1 teams and %2 people to %3.")
                         .arg(teams.size())
                         .arg(people.size())
                         .arg(path)
                  << u'\n';
    return {};
}

Status DirectoryCommands::stale(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption days =
        option("days", DirectoryCommands::tr("Not verified for this many days (default: the setting)."), "N");
    const QCommandLineOption setDefault =
        option("set-default", DirectoryCommands::tr("Change the setting (default 180 days)."), "N");
    parser.addOption(days);
    parser.addOption(setDefault);
    auto parsed =
        context.parse(parser, s("directory stale"), {},
                      DirectoryCommands::tr("List teams and people not confirmed within the stale period: for a team, "
                                            "the later of our verification and its update at the source."),
                      arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    DirectoryQueries store(**vault, context.clock());
    std::optional<int> period;
    for (const QCommandLineOption* o : {&setDefault, &days})
        if (parser.isSet(*o)) {
            bool ok = false;
            period = parser.value(*o).toInt(&ok);
            if (!ok || *period <= 0)
                return fail(ErrorCode::BadInput,
                            DirectoryCommands::tr("The number of days must be a whole number above zero."));
            if (o == &setDefault)
                if (auto status = store.setStaleDays(*period); !status)
                    return status;
        }
    auto entries = store.stale(period);
    if (!entries)
        return fail(entries.error());
    QJsonArray array;
    TextTable table({DirectoryCommands::tr("KIND"), DirectoryCommands::tr("ID"), DirectoryCommands::tr("NAME"),
                     DirectoryCommands::tr("LAST VERIFIED"), DirectoryCommands::tr("BY"),
                     DirectoryCommands::tr("UPDATED AT SOURCE"), DirectoryCommands::tr("COUNTED FROM")});
    for (const StaleEntry& e : *entries) {
        const QString basis = e.basis == QLatin1String("source")     ? DirectoryCommands::tr("source update")
                              : e.basis == QLatin1String("verified") ? DirectoryCommands::tr("our verification")
                                                                     : QString();
        table.addRow({e.entity, QString::number(e.id), e.name,
                      e.verifiedAt.isValid() ? CliContext::localTime(e.verifiedAt) : DirectoryCommands::tr("never"),
                      e.verifiedBy, e.sourceUpdatedAt.isValid() ? CliContext::localTime(e.sourceUpdatedAt) : QString(),
                      basis});
        array.append(QJsonObject{{s("entity"), e.entity},
                                 {s("id"), e.id},
                                 {s("name"), e.name},
                                 {s("verifiedAt"), CliContext::isoUtc(e.verifiedAt)},
                                 {s("verifiedBy"), e.verifiedBy},
                                 {s("sourceUpdatedAt"), CliContext::isoUtc(e.sourceUpdatedAt)},
                                 {s("basis"), e.basis.isEmpty() ? QJsonValue() : QJsonValue(e.basis)}});
    }
    if (context.json())
        context.printJson(array);
    else
        context.out() << table.toString();
    return {};
}

Status DirectoryCommands::keys(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("TEAM"), DirectoryCommands::tr("Only this team's keys."));
    const QCommandLineOption importOption = option(
        "import", DirectoryCommands::tr("Add the public keys of an ASCII-armoured file to the workspace keyring."),
        "FILE");
    const QCommandLineOption link =
        option("link", DirectoryCommands::tr("With --import: link the imported keys to this team."), "TEAM");
    parser.addOption(importOption);
    parser.addOption(link);
    auto parsed = context.parse(
        parser, s("directory keys"), s("[TEAM]"),
        DirectoryCommands::tr("List the OpenPGP keys linked to teams and people with fingerprint, algorithm, "
                              "dates, user IDs, validity and warnings (expired, expiring within 30 days, "
                              "revoked, weak, not in the keyring). Link a key you already hold with "
                              "'directory edit TEAM --link-key FINGERPRINT'."),
        arguments, 0, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TeamReader store(**vault);
    KeyringStore keyring(**vault, context.clock());
    DirectoryKeys directoryKeys(**vault, context.clock(), context.actor(), keyring);
    std::optional<qint64> onlyTeam;
    if (!parser.positionalArguments().isEmpty()) {
        auto t = store.findTeam(parser.positionalArguments().first());
        if (!t)
            return fail(t.error());
        onlyTeam = t->id;
    }
    if (parser.isSet(importOption)) {
        std::optional<qint64> linkTeam;
        if (parser.isSet(link)) {
            auto t = store.findTeam(parser.value(link));
            if (!t)
                return fail(t.error());
            linkTeam = t->id;
        }
        auto data = CliFiles::read(parser.value(importOption));
        if (!data)
            return fail(data.error());
        auto fingerprints = directoryKeys.importArmoured(
            *data, DirectoryCommands::tr("file %1").arg(QFileInfo(parser.value(importOption)).fileName()), linkTeam);
        if (!fingerprints)
            return fail(fingerprints.error());
        if (!context.json())
            context.out() << DirectoryCommands::tr("Imported %n key(s).", nullptr,
                                                   static_cast<int>(fingerprints->size()))
                          << u'\n';
    } else if (parser.isSet(link)) {
        return fail(ErrorCode::Usage, DirectoryCommands::tr("--link goes with --import."));
    }
    auto linked = directoryKeys.linked(onlyTeam);
    if (!linked)
        return fail(linked.error());
    QJsonArray array;
    TextTable table({DirectoryCommands::tr("OWNER"), DirectoryCommands::tr("FINGERPRINT"),
                     DirectoryCommands::tr("ALGORITHM"), DirectoryCommands::tr("CREATED"),
                     DirectoryCommands::tr("EXPIRES"), DirectoryCommands::tr("VALIDITY"),
                     DirectoryCommands::tr("USER IDS"), DirectoryCommands::tr("WARNINGS")});
    for (const LinkedKey& k : *linked) {
        const QStringList warnings = keyWarningTexts(k);
        const bool known = k.key.has_value();
        table.addRow({k.owner, groupedFingerprint(k.fingerprint), known ? k.key->algorithm : QString(),
                      known ? CliContext::localTime(k.key->created).left(10) : QString(),
                      known ? (k.key->expires.isValid() ? CliContext::localTime(k.key->expires).left(10)
                                                        : DirectoryCommands::tr("never"))
                            : QString(),
                      known ? DirectoryView::validityKey(k.key->validity) : QString(),
                      known ? k.key->userIds.join(s("; ")) : QString(), warnings.join(u' ')});
        array.append(keyJson(k));
    }
    if (context.json())
        context.printJson(array);
    else
        context.out() << table.toString();
    return {};
}

} // namespace fb
