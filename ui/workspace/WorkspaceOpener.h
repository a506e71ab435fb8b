// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceOpener: opens or creates a workspace without blocking the GUI. The Argon2id KDF (and creating,
// and filling a demo workspace) run as a job on a worker thread; the Vault connection is then opened on
// this object's (the GUI) thread with the derived key. The job's runner is a child of this object, so a closed
// dialog never receives a result.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/vault/Vault.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace fb {

class JobRunner;

class WorkspaceOpener : public QObject
{
    Q_OBJECT

public:
    // Fills a freshly created workspace (demo data); runs on the worker thread with its own connection.
    using Populate = std::function<Status(Vault&)>;

    explicit WorkspaceOpener(QObject* parent = nullptr);
    ~WorkspaceOpener() override;

    bool isBusy() const { return m_busy; }
    // The passphrase is taken (wiped here once the key is derived).
    void open(const QString& path, SecretBytes passphrase);
    // Creates the file (refusing to overwrite), optionally fills it, then opens it.
    void create(const QString& path, SecretBytes passphrase, Populate populate = {});
    // The opened workspace, after opened().
    std::unique_ptr<Vault> takeVault() { return std::move(m_vault); }

Q_SIGNALS:
    void busyChanged(bool busy);
    void opened();
    void failed(const fb::Error& error);

private:
    void start(const QString& path, SecretBytes passphrase, bool create, Populate populate);

    bool m_busy = false;
    std::unique_ptr<Vault> m_vault;
    JobRunner* m_job = nullptr;
};

} // namespace fb
