// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryListCommand.h"

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

DirectoryListCommand::DirectoryListCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("list"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "List the teams (and people) of the directory"),
          .description = tr("List the teams of the directory."),
          .options = {option("country", tr("Only teams of this country."), "CC"),
                      option("type", tr("Only teams of this type."), "TYPE"),
                      option("people", tr("List people instead of teams."))},
      })
{
}

Status DirectoryListCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    TeamReader store(call.vault());
    FB_TRY_ASSIGN(auto teams, store.teams());
    if (call.isSet("people")) {
        FB_TRY_ASSIGN(auto all, PersonReader(call.vault()).people());
        QHash<qint64, QString> names;
        QHash<qint64, QString> uids;
        for (const Team& t : teams) {
            names.insert(t.id, t.displayName());
            uids.insert(t.id, t.uid);
        }
        QJsonArray array;
        TextTable table({tr("ID"), tr("NAME"), tr("ORGANISATION"), tr("TEAMS"), tr("KEY")});
        for (const Person& p : all) {
            QStringList current;
            for (const TeamMembership& m : p.memberships)
                current.append(names.value(m.teamId) + (m.role.isEmpty() ? QString() : u' ' + m.role) +
                               (m.until.isValid() ? tr(" (until %1)").arg(TeamFields::dateText(m.until)) : QString()));
            table.addRow({QString::number(p.id), p.name, p.organisation, current.join(s(", ")),
                          p.keyFingerprint.isEmpty() ? p.keyUri : p.keyFingerprint.right(16)});
            array.append(DirectoryJson::person(p, uids));
        }
        context.printListing(table, array);
        return {};
    }
    QJsonArray array;
    TextTable table({tr("ID"), tr("NAME"), tr("COUNTRY"), tr("TYPE"), tr("TI"), tr("ENTRIES"), tr("VERIFIED")});
    table.setMaxWidth(1, 40);
    for (const Team& t : teams) {
        if (call.isSet("country") && t.country.compare(call.value("country"), Qt::CaseInsensitive) != 0)
            continue;
        if (call.isSet("type") && DirectoryTypes::parseTeamType(call.value("type")) != t.type)
            continue;
        table.addRow({QString::number(t.id), t.displayName(), t.country, DirectoryTypes::key(t.type),
                      t.tiStatus == TiStatus::None ? QString() : DirectoryTypes::key(t.tiStatus),
                      QString::number(t.constituency.size()),
                      t.verifiedAt.isValid() ? CliContext::localTime(t.verifiedAt).left(10) : tr("never")});
        array.append(DirectoryJson::team(t));
    }
    context.printListing(table, array);
    return {};
}

} // namespace fb
