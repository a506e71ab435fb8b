// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryShowCommand.h"

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
#include "core/directory/DirectoryQueries.h"
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

DirectoryShowCommand::DirectoryShowCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("show"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Show a team with its contacts and warnings"),
          .description = tr("Show everything known about a team."),
          .synopsis = s("TEAM"),
          .arguments = {{s("TEAM"), tr("Team id, UUID, short or official name.")}},
          .minArguments = 1,
          .maxArguments = 1,
      })
{
}

Status DirectoryShowCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    TeamReader store(call.vault());
    FB_TRY_ASSIGN(auto team, store.findTeam(call.positional(0)));
    const QDate today = context.clock().nowUtc().date();
    // The linked keys as `directory keys` shows them, and whether they are the ones the team's Trusted Introducer
    // entry and its own RFC 2350 profile (the newest import that names one) name.
    KeyringStore keyring(call.vault(), context.clock());
    FB_TRY_ASSIGN(auto linked, DirectoryKeys(call.change(), keyring).linked(team.id));
    FB_TRY_ASSIGN(auto imports, ProfileStore(call.change()).imports(team.id));
    QString profileFingerprint;
    QDateTime profileImportedAt;
    for (const ProfileImport& imported : imports)
        if (!imported.profile.keyFingerprint.isEmpty()) {
            profileFingerprint = imported.profile.keyFingerprint;
            profileImportedAt = imported.importedAt;
            break;
        }
    FB_TRY_ASSIGN(auto staleDays, DirectoryQueries(call.vault(), context.clock()).staleDays());
    QStringList warnings = TeamFields::warnings(team, today, staleDays);
    for (const LinkedKey& k : linked)
        for (const QString& warning : DirectoryCliSupport::keyWarningTexts(k))
            warnings.append(tr("Key %1: %2").arg(groupedFingerprint(k.fingerprint), warning));
    warnings += DirectoryKeys::mismatches(team, DirectoryKeys::namedKeys(team, profileFingerprint, profileImportedAt));
    if (context.json()) {
        QJsonObject object = DirectoryJson::team(team);
        QJsonArray keys;
        for (const LinkedKey& k : linked)
            keys.append(DirectoryCliSupport::keyJson(k));
        object.insert(s("keys"), keys);
        object.insert(s("warnings"), QJsonArray::fromStringList(warnings));
        context.printJson(object);
        return {};
    }
    context.out() << DirectoryView::team(team, linked, warnings);
    return {};
}

} // namespace fb
