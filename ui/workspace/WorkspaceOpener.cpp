// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/WorkspaceOpener.h"

#include "core/base/Job.h"

#include <QFutureWatcher>

namespace fb {

namespace {

// Shared, so that the job's result stays copyable as QFuture wants while the key inside is move-only.
using KeyResult = std::shared_ptr<Result<WorkspaceKey>>;

} // namespace

WorkspaceOpener::WorkspaceOpener(QObject* parent)
    : QObject(parent)
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
    auto future = startJob<KeyResult>([path, secret, create, populate](JobControl&) -> KeyResult {
        if (create) {
            // The new file's connection lives and dies on this worker thread.
            auto created = Vault::create(path, *secret);
            if (!created)
                return std::make_shared<Result<WorkspaceKey>>(fail(created.error()));
            if (populate) {
                if (auto status = populate(**created); !status)
                    return std::make_shared<Result<WorkspaceKey>>(fail(status.error()));
            }
            (*created)->close();
        }
        auto key = std::make_shared<Result<WorkspaceKey>>(Vault::deriveKey(path, *secret));
        secret->clear();
        return key;
    });
    auto* watcher = new QFutureWatcher<KeyResult>(this);
    connect(watcher, &QFutureWatcher<KeyResult>::finished, this, [this, watcher, path]() {
        watcher->deleteLater();
        const KeyResult key = watcher->future().result();
        Result<std::unique_ptr<Vault>> vault = fail(ErrorCode::Internal, tr("The workspace could not be opened."));
        if (*key)
            vault = Vault::open(path, **key);
        else
            vault = fail(key->error());
        m_busy = false;
        Q_EMIT busyChanged(false);
        if (!vault) {
            Q_EMIT failed(vault.error());
            return;
        }
        m_vault = std::move(*vault);
        Q_EMIT opened();
    });
    watcher->setFuture(future);
}

} // namespace fb
