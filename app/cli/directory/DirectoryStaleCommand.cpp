// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryStaleCommand.h"

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

DirectoryStaleCommand::DirectoryStaleCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("stale"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "List entries not verified for a while"),
          .description = tr("List teams and people not confirmed within the stale period: for a team, "
                            "the later of our verification and its update at the source."),
          .options = {option("days", tr("Not verified for this many days (default: the setting)."), "N"),
                      option("set-default", tr("Change the setting (default 180 days)."), "N")},
      })
{
}

Status DirectoryStaleCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    DirectoryQueries store(call.vault(), context.clock());
    std::optional<int> period;
    for (const char* o : {"set-default", "days"})
        if (call.isSet(o)) {
            bool ok = false;
            period = call.value(o).toInt(&ok);
            if (!ok || *period <= 0)
                return fail(ErrorCode::BadInput, tr("The number of days must be a whole number above zero."));
            if (std::string_view(o) == "set-default")
                if (auto status = store.setStaleDays(*period); !status)
                    return status;
        }
    FB_TRY_ASSIGN(auto entries, store.stale(period));
    QJsonArray array;
    TextTable table(
        {tr("KIND"), tr("ID"), tr("NAME"), tr("LAST VERIFIED"), tr("BY"), tr("UPDATED AT SOURCE"), tr("COUNTED FROM")});
    for (const StaleEntry& e : entries) {
        const QString basis = e.basis == QLatin1String("source")     ? tr("source update")
                              : e.basis == QLatin1String("verified") ? tr("our verification")
                                                                     : QString();
        table.addRow({e.entity, QString::number(e.id), e.name,
                      e.verifiedAt.isValid() ? CliContext::localTime(e.verifiedAt) : tr("never"), e.verifiedBy,
                      e.sourceUpdatedAt.isValid() ? CliContext::localTime(e.sourceUpdatedAt) : QString(), basis});
        array.append(QJsonObject{{s("entity"), e.entity},
                                 {s("id"), e.id},
                                 {s("name"), e.name},
                                 {s("verifiedAt"), CliContext::isoUtc(e.verifiedAt)},
                                 {s("verifiedBy"), e.verifiedBy},
                                 {s("sourceUpdatedAt"), CliContext::isoUtc(e.sourceUpdatedAt)},
                                 {s("basis"), e.basis.isEmpty() ? QJsonValue() : QJsonValue(e.basis)}});
    }
    context.printListing(table, array);
    return {};
}

} // namespace fb
