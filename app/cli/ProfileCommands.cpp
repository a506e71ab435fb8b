// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProfileCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "app/cli/ProfileCliSupport.h"
#include "app/cli/ProfileView.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/TeamReader.h"
#include "core/directory/OwnTeam.h"
#include "core/profile/ProfileDiff.h"
#include "core/profile/ProfileFiller.h"
#include "core/profile/ProfileJson.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfileParser.h"
#include "core/profile/ProfilePublisher.h"
#include "core/profile/ProfileRenderer.h"
#include "core/profile/ProfileSection.h"
#include "core/profile/ProfileStore.h"
#include "core/profile/ProfileTranslation.h"
#include "core/taxonomy/Rsit.h"
#include "core/vault/Vault.h"
#include "export/PdfRenderer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

QStringList splitList(const QString& value)
{
    QStringList out;
    for (const QString& item : QString(value).replace(QLatin1Char('\n'), QLatin1Char(',')).split(QLatin1Char(',')))
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    return out;
}

// One --set KEY=VALUE: a section number sets that section's text; the other keys set the fields shown in them.
Status applySet(TeamProfile& p, const QString& assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return fail(ErrorCode::Usage, ProfileCommands::tr("--set takes KEY=VALUE, e.g. --set 3.1=\"Our mission\"."),
                    assignment);
    const QString key = assignment.left(eq).trimmed().toLower();
    QString value = assignment.mid(eq + 1);
    value.replace(QStringLiteral("\\n"), QStringLiteral("\n")); // scripts may write line breaks as \n
    if (ProfileSections::find(key)) {
        if (value.trimmed().isEmpty())
            p.text.remove(key);
        else
            p.text.insert(key, value);
        return {};
    }
    if (key == QLatin1String("title"))
        p.title = value;
    else if (key == QLatin1String("hours"))
        p.hoursOfService = value;
    else if (key == QLatin1String("tlp"))
        p.informationHandling = value;
    else if (key == QLatin1String("original-url"))
        p.originalUrl = value.trimmed();
    else if (key == QLatin1String("locations"))
        p.locations = splitList(value);
    else if (key == QLatin1String("languages"))
        p.languages = splitList(value);
    else if (key == QLatin1String("last-update")) {
        const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
        if (!value.trimmed().isEmpty() && !date.isValid())
            return fail(ErrorCode::BadInput, ProfileCommands::tr("“%1” is not a date such as 2024-05-01.").arg(value),
                        key);
        p.lastUpdate = date;
    } else if (key == QLatin1String("fingerprint")) {
        const QString fpr = OpenPgp::normalisedFingerprint(value);
        if (!value.trimmed().isEmpty() && fpr.isEmpty())
            return fail(ErrorCode::BadInput, ProfileCommands::tr("“%1” is not a full OpenPGP fingerprint.").arg(value),
                        key);
        p.keyFingerprint = fpr;
    } else if (key == QLatin1String("priority")) {
        if (value.trimmed().isEmpty()) {
            p.priorities.clear();
            return {};
        }
        const QStringList parts = value.split(QLatin1Char('|'));
        if (parts.size() != 3 || parts[0].trimmed().isEmpty())
            return fail(ErrorCode::BadInput,
                        ProfileCommands::tr(
                            "A priority is PRIORITY|REACTION|HANDLING, e.g. \"P1|within 1 hour|within 1 day\"."),
                        key);
        p.priorities.append({parts[0].trimmed(), parts[1].trimmed(), parts[2].trimmed()});
    } else {
        return fail(
            ErrorCode::BadInput,
            ProfileCommands::tr("“%1” is neither an RFC 2350 section number nor one of title, last-update, locations, "
                                "fingerprint, languages, hours, priority, tlp, original-url.")
                .arg(key),
            key);
    }
    return {};
}

Result<TeamProfile> loadDraft(ProfileStore& store, const QString& language)
{
    auto draft = store.draft(language);
    if (!draft)
        return fail(draft.error());
    if (!draft->has_value())
        return fail(ErrorCode::NotFound,
                    language.isEmpty()
                        ? ProfileCommands::tr("There is no team profile yet; create one with “profile edit”.")
                        : ProfileCommands::tr("There is no profile in “%1”.").arg(language));
    return **draft;
}

} // namespace

QList<Command> ProfileCommands::commands()
{
    return {
        {s("profile"), s("edit"),
         QT_TRANSLATE_NOOP("fb::Command", "Edit the team's RFC 2350 profile by section number, from a file or the "
                                          "directory"),
         edit},
        {s("profile"), s("show"), QT_TRANSLATE_NOOP("fb::Command", "Show the profile draft, or another team's import"),
         show},
        {s("profile"), s("lint"), QT_TRANSLATE_NOOP("fb::Command", "Check the profile before signing"), lint},
        {s("profile"), s("render"), QT_TRANSLATE_NOOP("fb::Command", "Render the profile as text, HTML or PDF"),
         render},
        {s("profile"), s("versions"), QT_TRANSLATE_NOOP("fb::Command", "List the published versions of the profile"),
         versions},
        {s("profile"), s("diff"), QT_TRANSLATE_NOOP("fb::Command", "Show what changed between two versions"), diff},
    };
}

Status ProfileCommands::edit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language = ProfileCliSupport::languageOption();
    const QCommandLineOption set =
        option("set",
               ProfileCommands::tr(
                   "Set a section's text by its number (--set 3.1=\"...\", \\n for a line break; empty removes it) or "
                   "a field: title, last-update, locations, fingerprint, languages, hours, priority "
                   "(PRIORITY|REACTION|HANDLING, repeatable; empty clears), tlp, original-url. Repeatable."),
               "KEY=VALUE");
    const QCommandLineOption from =
        option("from",
               ProfileCommands::tr(
                   "Read the profile from a JSON file (as 'profile show --json' prints it; only the keys given "
                   "change) or an RFC 2350 text; '-' for standard input."),
               "FILE");
    const QCommandLineOption fill =
        option("fill-from-directory",
               ProfileCommands::tr("Fill name, address, time zone, phones, e-mail, key, languages, hours, URL and "
                                   "constituency from our team's directory entry."));
    const QCommandLineOption translationOf =
        option("translation-of",
               ProfileCommands::tr("With --language: create or edit a translation of the original in LANG."), "LANG");
    const QCommandLineOption team =
        option("team", ProfileCommands::tr("Make this directory entry our own team."), "TEAM");
    const QCommandLineOption signingKey = option(
        "signing-key", ProfileCommands::tr("The fingerprint of the team key that signs the profile."), "FINGERPRINT");
    const QCommandLineOption remove =
        option("remove", ProfileCommands::tr("Remove the draft of --language (a translation)."));
    for (const auto* o : {&language, &set, &from, &fill, &translationOf, &team, &signingKey, &remove})
        parser.addOption(*o);
    auto parsed = context.parse(
        parser, s("profile edit"), {},
        ProfileCommands::tr("Create or change the team profile (or a translation of it). Options apply in this "
                            "order: --from, --fill-from-directory, --set."),
        arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    ProfileStore store(**vault, context.clock(), context.actor());
    OwnTeam own(**vault);
    TeamReader directory(**vault);

    if (parser.isSet(team)) {
        auto t = directory.findTeam(parser.value(team));
        if (!t)
            return fail(t.error());
        if (auto status = own.setTeam(t->id); !status)
            return status;
        context.out() << ProfileCommands::tr("Our team is now #%1 (%2).").arg(t->id).arg(t->displayName()) << u'\n';
    }
    if (parser.isSet(signingKey)) {
        if (auto status = own.setSigningKey(parser.value(signingKey)); !status)
            return status;
        context.out()
            << ProfileCommands::tr("The team signing key is now %1.").arg(groupedFingerprint(*own.signingKey()))
            << u'\n';
    }
    if (parser.isSet(remove)) {
        if (!parser.isSet(language))
            return fail(ErrorCode::Usage, ProfileCommands::tr("--remove needs --language."));
        if (auto status = store.removeDraft(parser.value(language)); !status)
            return status;
        context.out() << ProfileCommands::tr("Removed the profile in “%1”.").arg(parser.value(language)) << u'\n';
        return {};
    }
    const bool changesProfile =
        parser.isSet(set) || parser.isSet(from) || parser.isSet(fill) || parser.isSet(translationOf);
    if (!changesProfile)
        return (parser.isSet(team) || parser.isSet(signingKey))
                   ? Status()
                   : fail(ErrorCode::Usage,
                          ProfileCommands::tr("Nothing to change: give --set, --from, --fill-from-directory, "
                                              "--translation-of, --team or --signing-key."));

    const QString lang = parser.value(language).trimmed();
    auto existing = store.draft(lang);
    if (!existing)
        return fail(existing.error());
    TeamProfile profile;
    if (existing->has_value()) {
        profile = **existing;
    } else if (parser.isSet(translationOf)) {
        if (lang.isEmpty())
            return fail(ErrorCode::Usage, ProfileCommands::tr("--translation-of needs --language."));
        auto original = loadDraft(store, parser.value(translationOf));
        if (!original)
            return fail(original.error());
        profile = ProfileTranslation::start(*original, lang); // the translator starts from the original's text
    } else if (!lang.isEmpty()) {
        auto original = store.draft();
        if (!original)
            return fail(original.error());
        if (original->has_value() && (*original)->language != lang)
            return fail(ErrorCode::Usage, ProfileCommands::tr("There is no profile in “%1”; create a translation with "
                                                              "--translation-of %2.")
                                              .arg(lang, (*original)->language));
        profile.language = lang;
    }

    if (parser.isSet(from)) {
        auto data = CliFiles::read(parser.value(from));
        if (!data)
            return fail(data.error());
        if (data->trimmed().startsWith('{')) {
            auto read = ProfileJson::fromBytes(*data, profile);
            if (!read)
                return fail(read.error().code, read.error().message,
                            parser.value(from) + QLatin1Char(':') + read.error().where);
            profile = *read;
        } else {
            auto read = ProfileParser::parse(QString::fromUtf8(*data));
            if (!read)
                return fail(read.error().code, read.error().message,
                            parser.value(from) + QLatin1Char(':') + read.error().where);
            TeamProfile replaced = *read;
            replaced.language = profile.language;
            replaced.originalLanguage = profile.originalLanguage;
            replaced.originalUrl = profile.originalUrl.isEmpty() ? replaced.originalUrl : profile.originalUrl;
            profile = replaced;
        }
    }
    if (parser.isSet(fill)) {
        auto ours = own.team();
        if (!ours)
            return fail(ours.error());
        if (!ours->has_value())
            return fail(ErrorCode::NotFound,
                        ProfileCommands::tr("No directory entry is marked as our team; choose one with "
                                            "“profile edit --team TEAM”."));
        auto key = own.signingKey();
        if (!key)
            return fail(key.error());
        profile = ProfileFiller::fill(profile, **ours, *key, Rsit::builtin());
    }
    for (const QString& assignment : parser.values(set))
        if (auto status = applySet(profile, assignment); !status)
            return status;
    if (parser.isSet(translationOf) && !profile.isTranslation())
        return fail(ErrorCode::Usage,
                    ProfileCommands::tr("The profile in “%1” is the original, not a translation.").arg(lang));
    if (auto status = store.saveDraft(profile); !status)
        return status;
    context.out() << ProfileCommands::tr("Saved the profile draft (%1).").arg(profile.language) << u'\n';
    return {};
}

Status ProfileCommands::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language = ProfileCliSupport::languageOption();
    const QCommandLineOption team = option(
        "team",
        ProfileCommands::tr("Show the newest imported profile of this team, with the text that maps to no section."),
        "TEAM");
    parser.addOption(language);
    parser.addOption(team);
    auto parsed =
        context.parse(parser, s("profile show"), {},
                      ProfileCommands::tr("Show the profile draft in the canonical layout (or as JSON with --json)."),
                      arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    ProfileStore store(**vault, context.clock(), context.actor());
    TeamProfile profile;
    QJsonObject extra;
    if (parser.isSet(team)) {
        auto t = TeamReader(**vault).findTeam(parser.value(team));
        if (!t)
            return fail(t.error());
        auto imports = store.imports(t->id);
        if (!imports)
            return fail(imports.error());
        if (imports->isEmpty())
            return fail(ErrorCode::NotFound,
                        ProfileCommands::tr("No RFC 2350 profile of %1 was imported.").arg(t->displayName()));
        profile = imports->first().profile;
        extra = QJsonObject{{s("teamId"), t->id},
                            {s("importedAt"), CliContext::isoUtc(imports->first().importedAt)},
                            {s("source"), imports->first().sourceName},
                            {s("signature"), imports->first().signatureStatus}};
    } else {
        auto draft = loadDraft(store, parser.value(language));
        if (!draft)
            return fail(draft.error());
        profile = *draft;
        auto docs = store.documents();
        if (!docs)
            return fail(docs.error());
        for (const ProfileDocumentInfo& d : *docs)
            if (d.language == profile.language)
                extra = QJsonObject{{s("changedAt"), CliContext::isoUtc(d.changedAt)}, {s("versions"), d.versions}};
    }
    if (context.json()) {
        QJsonObject o = ProfileJson::toJson(profile);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(QLatin1Char('_') + it.key(), it.value());
        context.printJson(o);
    } else {
        context.out() << ProfileView::profile(profile);
    }
    return {};
}

Status ProfileCommands::lint(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language = ProfileCliSupport::languageOption();
    parser.addOption(language);
    auto parsed = context.parse(
        parser, s("profile lint"), {},
        ProfileCommands::tr("Check the profile draft by section number: required sections, mission and "
                            "constituency, the 2.8 fingerprint against the signing key, the key's expiry and "
                            "revocation, e-mail addresses without a key, the Date of Last Update, https "
                            "locations. Errors block signing (exit code 2); warnings do not."),
        arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    ProfileStore store(**vault, context.clock(), context.actor());
    auto profile = loadDraft(store, parser.value(language));
    if (!profile)
        return fail(profile.error());
    QDateTime changed;
    if (auto docs = store.documents())
        for (const ProfileDocumentInfo& d : *docs)
            if (d.language == profile->language)
                changed = d.changedAt;
    auto signer = OwnTeam(**vault).signingKey();
    if (!signer)
        return fail(signer.error());
    const GnupgHome home = GnupgHome::user();
    OpenPgp pgp(home);
    auto lintContext = ProfilePublisher(**vault, context.clock(), context.actor(), pgp).keyContext(*signer);
    if (!lintContext)
        return fail(lintContext.error());
    lintContext->newestChange = changed;
    const QList<LintFinding> findings = ProfileLint::check(*profile, *lintContext);
    if (context.json())
        context.printJson(ProfileView::findingsJson(findings));
    else
        context.out() << ProfileView::findings(findings);
    int errors = 0;
    for (const LintFinding& f : findings)
        errors += f.severity == LintFinding::Severity::Error ? 1 : 0;
    if (errors)
        return fail(ErrorCode::BadInput,
                    ProfileCommands::tr("%n error(s): the profile cannot be signed yet.", nullptr, errors));
    return {};
}

Status ProfileCommands::render(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language = ProfileCliSupport::languageOption();
    const QCommandLineOption format = option("format", ProfileCommands::tr("text (default), html or pdf."), "FORMAT");
    const QCommandLineOption output =
        option("output", ProfileCommands::tr("Write to FILE (default: standard output)."), "FILE");
    const QCommandLineOption version =
        option("version", ProfileCommands::tr("Render this published version instead of the draft."), "N");
    const QCommandLineOption signedText =
        option("signed", ProfileCommands::tr("With --version: the clear-signed text exactly as published."));
    for (const auto* o : {&language, &format, &output, &version, &signedText})
        parser.addOption(*o);
    auto parsed = context.parse(
        parser, s("profile render"), {},
        ProfileCommands::tr("Render the profile: the canonical plain text (72 columns, UTF-8), HTML, or PDF."),
        arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QString kind = parser.isSet(format) ? parser.value(format).toLower() : s("text");
    if (kind != QLatin1String("text") && kind != QLatin1String("html") && kind != QLatin1String("pdf"))
        return fail(ErrorCode::Usage, ProfileCommands::tr("--format is text, html or pdf."));
    if (parser.isSet(signedText) && (!parser.isSet(version) || kind != QLatin1String("text")))
        return fail(ErrorCode::Usage, ProfileCommands::tr("--signed goes with --version and the text format."));
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    ProfileStore store(**vault, context.clock(), context.actor());
    TeamProfile profile;
    if (parser.isSet(version)) {
        bool ok = false;
        const int number = parser.value(version).toInt(&ok);
        if (!ok || number <= 0)
            return fail(ErrorCode::BadInput,
                        ProfileCommands::tr("“%1” is not a version number.").arg(parser.value(version)));
        auto v = store.version(number, parser.value(language));
        if (!v)
            return fail(v.error());
        if (parser.isSet(signedText))
            return ProfileCliSupport::writeOutput(context, parser.value(output), v->signedText);
        profile = v->profile;
    } else {
        auto draft = loadDraft(store, parser.value(language));
        if (!draft)
            return fail(draft.error());
        profile = *draft;
    }
    QByteArray data;
    if (kind == QLatin1String("text")) {
        data = ProfileRenderer::toText(profile).toUtf8();
    } else if (kind == QLatin1String("html")) {
        data = ProfileRenderer::toHtml(profile).toUtf8();
    } else {
        const QString name = profile.sectionText(s("2.1")).section(QLatin1Char('\n'), 0, 0);
        auto pdf = PdfRenderer::fromHtml(ProfileRenderer::toHtml(profile),
                                         PdfMetadata{profile.title.isEmpty() ? name : profile.title, name});
        if (!pdf)
            return fail(pdf.error());
        data = *pdf;
    }
    return ProfileCliSupport::writeOutput(context, parser.value(output), data);
}

Status ProfileCommands::versions(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language = ProfileCliSupport::languageOption();
    parser.addOption(language);
    auto parsed = context.parse(
        parser, s("profile versions"), {},
        ProfileCommands::tr("List the published (signed) versions of the profile, newest first. 'profile render "
                            "--version N --signed' prints one as published."),
        arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    auto all = ProfileStore(**vault, context.clock(), context.actor()).versions(parser.value(language));
    if (!all)
        return fail(all.error());
    if (context.json())
        context.printJson(ProfileView::versionsJson(*all));
    else
        context.out() << ProfileView::versions(*all);
    return {};
}

Status ProfileCommands::diff(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("OLD"), ProfileCommands::tr("A version number, or 'draft'."));
    parser.addPositionalArgument(s("NEW"), ProfileCommands::tr("A version number, or 'draft' (default)."));
    const QCommandLineOption language = ProfileCliSupport::languageOption();
    parser.addOption(language);
    auto parsed =
        context.parse(parser, s("profile diff"), s("OLD [NEW]"),
                      ProfileCommands::tr("Show the changes between two versions of the profile's canonical text as a "
                                          "unified diff."),
                      arguments, 1, 2);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    ProfileStore store(**vault, context.clock(), context.actor());
    auto textOf = [&](const QString& which) -> Result<QString> {
        if (which == QLatin1String("draft")) {
            auto draft = loadDraft(store, parser.value(language));
            if (!draft)
                return fail(draft.error());
            return ProfileRenderer::toText(*draft);
        }
        bool ok = false;
        const int number = which.toInt(&ok);
        if (!ok || number <= 0)
            return fail(ErrorCode::BadInput,
                        ProfileCommands::tr("“%1” is neither a version number nor 'draft'.").arg(which));
        auto v = store.version(number, parser.value(language));
        if (!v)
            return fail(v.error());
        return ProfileRenderer::toText(v->profile);
    };
    const QStringList names = parser.positionalArguments();
    const QString newName = names.value(1, s("draft"));
    auto oldText = textOf(names.first());
    if (!oldText)
        return fail(oldText.error());
    auto newText = textOf(newName);
    if (!newText)
        return fail(newText.error());
    const QString text = ProfileDiff::unified(*oldText, *newText, names.first(), newName);
    if (context.json())
        context.printJson(QJsonObject{{s("old"), names.first()}, {s("new"), newName}, {s("diff"), text}});
    else
        context.out() << (text.isEmpty() ? ProfileCommands::tr("No differences.") + QLatin1Char('\n') : text);
    return {};
}

} // namespace fb
