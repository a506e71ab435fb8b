// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailImportService.h"

#include "core/mail/MailCrypto.h"
#include "core/mail/MailKeys.h"

#include <utility>

namespace fb {

MailImportService::MailImportService(Vault& vault, const Clock& clock, QString actor,
                                     PassphraseCallback teamKeyPassphrase)
    : m_vault(vault)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_passphrase(std::move(teamKeyPassphrase))
{
}

Result<MailImportReport> MailImportService::importPaths(const QStringList& paths, JobControl& job)
{
    // The keys, and the temporary GnuPG home of the workspace keyring, are made when a message needs them.
    MailCrypto crypto([this]() { return MailKeys::forWorkspace(m_vault, m_clock, m_passphrase); });
    MailImporter importer(m_vault, m_clock, m_actor);
    importer.setCrypto(&crypto);
    return importer.importPaths(paths, job);
}

} // namespace fb
