// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryLookupCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/DirectoryView.h"
#include "app/cli/TeamOptions.h"
#include "app/cli/TextTable.h"
#include "core/crypto/KeyringStore.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryJson.h"
#include "core/directory/DirectoryKeys.h"
#include "core/directory/NetworkLookupStore.h"
#include "core/directory/TeamReader.h"
#include "core/directory/DirectoryVCard.h"
#include "core/directory/TeamFields.h"
#include "core/directory/TrustedIntroducerReader.h"
#include "core/profile/ProfileStore.h"
#include "core/vault/Vault.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <limits>
#include "app/cli/directory/DirectoryCliSupport.h"

namespace fb {

DirectoryLookupCommand::DirectoryLookupCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("lookup"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Who handles an IP, CIDR, ASN, domain or e-mail address"),
          .description = tr("Which teams handle these, most specific first, with the path of each match. "
                            "Nothing specific: a name under a ccTLD falls back to that country's national "
                            "team. A query that is not valid is reported and the others are answered (exit code "
                            "2)."),
          .synopsis = s("QUERY..."),
          .arguments = {{s("QUERY"), tr("IP address, CIDR, AS number, domain, e-mail address or country code.")}},
          .minArguments = 0,
          .maxArguments = CommandSpec::kUnlimited,
          .options = {option("queries", tr("Also answer the queries in this file, one a line ('-': standard input)."),
                             "FILE")},
      })
{
}

Status DirectoryLookupCommand::check(CommandCall& call)
{
    QStringList& queries = m_queries;
    queries = call.positional();
    if (call.isSet("queries")) {
        FB_TRY_ASSIGN(auto data, CliFiles::read(call.value("queries")));
        for (const QString& line : QString::fromUtf8(data).split(u'\n'))
            if (const QString query = line.trimmed(); !query.isEmpty() && !query.startsWith(u'#'))
                queries.append(query);
    }
    if (queries.isEmpty())
        return fail(ErrorCode::Usage, tr("Name at least one query, or a file of them with --queries."));
    return {};
}

Status DirectoryLookupCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    TeamReader store(call.vault());
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
    for (const QString& query : std::as_const(m_queries)) {
        auto result = NetworkLookupStore(call.vault()).lookup(query);
        if (!result) {
            if (result.error().code != ErrorCode::BadInput)
                return fail(result.error());
            ++bad;
            if (context.json())
                array.append(QJsonObject{{s("query"), query}, {s("error"), result.error().message}});
            else
                context.out() << query << QStringLiteral(" (") << tr("not a valid query") << s(")\n  ")
                              << result.error().message << u'\n';
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
            context.out() << tr("  no team handles this") << u'\n';
        if (result->fallback)
            context.out() << tr("  nothing specific; national team of %1:").arg(result->country) << u'\n';
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
                    tr("%1 of %2 queries were not valid; the others were answered.").arg(bad).arg(m_queries.size()));
    return {};
}

} // namespace fb
