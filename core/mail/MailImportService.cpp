// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailImportService.h"

#include "core/mail/MailCrypto.h"
#include "core/mail/MailKeys.h"

#include <utility>

namespace fb {

MailImportService::MailImportService(const ChangeContext& change, PassphraseCallback teamKeyPassphrase)
    : m_change(change)
    , m_passphrase(std::move(teamKeyPassphrase))
{
}

Result<MailImportReport> MailImportService::importPaths(const QStringList& paths, JobControl& job)
{
    // The keys, and the temporary GnuPG home of the workspace keyring, are made when a message needs them.
    MailCrypto crypto([this]() { return MailKeys::forWorkspace(m_change.vault, m_change.clock, m_passphrase); });
    MailImporter importer(m_change);
    importer.setCrypto(&crypto);
    return importer.importPaths(paths, job);
}

} // namespace fb
