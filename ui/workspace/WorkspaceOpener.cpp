// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/WorkspaceOpener.h"

#include "core/base/Clock.h"
#include "core/tickets/TicketStores.h"
#include "ui/job/JobRunner.h"

namespace fb {

WorkspaceOpener::WorkspaceOpener(QObject* parent)
    : QObject(parent)
    , m_job(new JobRunner(this))
{
}

WorkspaceOpener::~WorkspaceOpener() = default;

void WorkspaceOpener::open(const QString& path, SecretBytes passphrase)
{
    start(path, std::move(passphrase), false, {});
}

void WorkspaceOpener::create(const QString& path, SecretBytes passphrase, Populate populate)
{
    start(path, std::move(passphrase), true, std::move(populate));
}

void WorkspaceOpener::start(const QString& path, SecretBytes passphrase, bool create, Populate populate)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged(true);
    auto secret = std::make_shared<SecretBytes>(std::move(passphrase));
    m_job->start<WorkspaceKey>(
        [path, secret, create, populate](JobControl&) -> Result<WorkspaceKey> {
            if (create) {
                // The new file's connection lives and dies on this worker thread.
                FB_TRY_ASSIGN(auto created, Vault::create(path, *secret));
                if (populate) {
                    FB_TRY(populate(*created));
                }
                const SystemClock clock;
                FB_TRY(TicketStores::seedNewWorkspace(*created, clock));
                (created)->close();
            }
            auto key = Vault::deriveKey(path, *secret);
            secret->clear();
            return key;
        },
        [this, path](Result<WorkspaceKey> key) {
            using Opened = Result<std::unique_ptr<Vault>>;
            Opened vault = key ? Vault::open(path, *key) : Opened(fail(key.error()));
            m_busy = false;
            Q_EMIT busyChanged(false);
            if (!vault) {
                Q_EMIT failed(vault.error());
                return;
            }
            m_vault = std::move(*vault);
            Q_EMIT opened();
        });
}

} // namespace fb
