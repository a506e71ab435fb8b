// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryKeysCommand.h"

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

DirectoryKeysCommand::DirectoryKeysCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("keys"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Import, link and check the OpenPGP keys of teams and people"),
          .description = tr("List the OpenPGP keys linked to teams and people with fingerprint, algorithm, "
                            "dates, user IDs, validity and warnings (expired, expiring within 30 days, "
                            "revoked, weak, not in the keyring). Link a key you already hold with "
                            "'directory edit TEAM --link-key FINGERPRINT'."),
          .synopsis = s("[TEAM]"),
          .arguments = {{s("TEAM"), tr("Only this team's keys.")}},
          .minArguments = 0,
          .maxArguments = 1,
          .options = {option("import", tr("Add the public keys of an ASCII-armoured file to the workspace keyring."),
                             "FILE"),
                      option("link", tr("With --import: link the imported keys to this team."), "TEAM")},
      })
{
}

Status DirectoryKeysCommand::run(CommandCall& call)
{
    return keys(call, call.positional(0), call.value("import"), call.value("link"));
}

Status DirectoryKeysCommand::keys(CommandCall& call, const QString& team, const QString& importFile,
                                  const QString& link)
{
    CliContext& context = call.context();
    TeamReader store(call.vault());
    KeyringStore keyring(call.vault(), context.clock());
    DirectoryKeys directoryKeys(call.change(), keyring);
    std::optional<qint64> onlyTeam;
    if (!team.isEmpty()) {
        FB_TRY_ASSIGN(auto t, store.findTeam(team));
        onlyTeam = t.id;
    }
    if (!importFile.isEmpty()) {
        std::optional<qint64> linkTeam;
        if (!link.isEmpty()) {
            FB_TRY_ASSIGN(auto t, store.findTeam(link));
            linkTeam = t.id;
        }
        FB_TRY_ASSIGN(auto data, CliFiles::read(importFile));
        FB_TRY_ASSIGN(auto fingerprints, directoryKeys.importArmoured(
                                             data, tr("file %1").arg(QFileInfo(importFile).fileName()), linkTeam));
        if (!context.json())
            context.out() << tr("Imported %n key(s).", nullptr, static_cast<int>(fingerprints.size())) << u'\n';
    } else if (!link.isEmpty()) {
        return fail(ErrorCode::Usage, tr("--link goes with --import."));
    }
    FB_TRY_ASSIGN(auto linked, directoryKeys.linked(onlyTeam));
    QJsonArray array;
    TextTable table({tr("OWNER"), tr("FINGERPRINT"), tr("ALGORITHM"), tr("CREATED"), tr("EXPIRES"), tr("VALIDITY"),
                     tr("USER IDS"), tr("WARNINGS")});
    for (const LinkedKey& k : linked) {
        const QStringList warnings = DirectoryCliSupport::keyWarningTexts(k);
        const bool known = k.key.has_value();
        table.addRow({k.owner, groupedFingerprint(k.fingerprint), known ? k.key->algorithm : QString(),
                      known ? CliContext::localTime(k.key->created).left(10) : QString(),
                      known ? (k.key->expires.isValid() ? CliContext::localTime(k.key->expires).left(10) : tr("never"))
                            : QString(),
                      known ? DirectoryView::validityKey(k.key->validity) : QString(),
                      known ? k.key->userIds.join(s("; ")) : QString(), warnings.join(u' ')});
        array.append(DirectoryCliSupport::keyJson(k));
    }
    context.printListing(table, array);
    return {};
}

} // namespace fb
