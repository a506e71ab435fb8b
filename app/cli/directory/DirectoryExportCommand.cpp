// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryExportCommand.h"

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
#include "core/directory/PersonReader.h"
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

DirectoryExportCommand::DirectoryExportCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("export"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Export the directory as vCard or JSON"),
          .description = tr("Export the directory, or the teams named with --team and their people."),
          .synopsis = s("FILE"),
          .arguments = {{s("FILE"), tr("Where to write; '-' for standard output.")}},
          .minArguments = 1,
          .maxArguments = 1,
          .options = {option("format", tr("vcard or json (default: from the file name)."), "FORMAT"),
                      option("team", tr("Export only this team (repeatable)."), "TEAM")},
      })
{
}

Status DirectoryExportCommand::check(CommandCall& call)
{
    const QString path = call.positional(0);
    QString& kind = m_kind;
    kind = call.value("format").toLower();
    if (kind.isEmpty())
        kind = path.endsWith(s(".json"), Qt::CaseInsensitive) ? s("json") : s("vcard");
    if (kind != QLatin1String("json") && kind != QLatin1String("vcard"))
        return fail(ErrorCode::Usage, tr("--format is vcard or json."));
    return {};
}

Status DirectoryExportCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString path = call.positional(0);
    TeamReader store(call.vault());
    QList<Team> teams;
    if (call.isSet("team")) {
        for (const QString& name : call.values("team")) {
            FB_TRY_ASSIGN(auto t, store.findTeam(name));
            teams.append(t);
        }
    } else if (auto all = store.teams()) {
        teams = *all;
    } else {
        return fail(all.error());
    }
    FB_TRY_ASSIGN(auto allPeople, PersonReader(call.vault()).people());
    QList<Person> people;
    for (const Person& p : allPeople) {
        const bool belongs = std::any_of(p.memberships.cbegin(), p.memberships.cend(), [&](const TeamMembership& m) {
            return std::any_of(teams.cbegin(), teams.cend(), [&](const Team& t) { return t.id == m.teamId; });
        });
        if (!call.isSet("team") || belongs)
            people.append(p);
    }
    QHash<qint64, QString> uids;
    if (auto all = store.teams())
        for (const Team& t : *all)
            uids.insert(t.id, t.uid);
    const QByteArray data = m_kind == QLatin1String("json")
                                ? DirectoryJson::exportDocument(teams, people, context.clock().nowUtc())
                                : DirectoryVCard::write(teams, people, uids);
    if (path == QLatin1String("-")) {
        context.out() << QString::fromUtf8(data);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return fail(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
    context.out() << tr("Exported %1 teams and %2 people to %3.").arg(teams.size()).arg(people.size()).arg(path)
                  << u'\n';
    return {};
}

} // namespace fb
