// SPDX-License-Identifier: GPL-3.0-or-later
// ChangePassphraseDialog: File → Change passphrase…: the current passphrase, a new one typed twice with its strength,
// and the change itself as a job off the GUI thread (Vault::changePassphrase: a re-encrypted copy renamed over the
// file). The window hands its workspace over for the job and gets it back, changed or not.
#pragma once

#include "core/vault/Vault.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLineEdit;
class QPushButton;

namespace fb {

class JobRunner;
class KeyWorkStatus;
class NewPassphraseFields;

class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    // take: the open workspace, given up by the window while the job runs; giveBack: the same Vault afterwards
    // (under the new key when the change succeeded).
    using TakeVault = std::function<std::unique_ptr<Vault>()>;
    using GiveBackVault = std::function<void(std::unique_ptr<Vault>)>;

    ChangePassphraseDialog(TakeVault take, GiveBackVault giveBack, QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    bool isBusy() const { return m_busy; }
    void reject() override; // not while the file is being re-encrypted

Q_SIGNALS:
    void changed();

private:
    void start();
    void setBusy(bool busy);
    void showMessage(const QString& text);

    TakeVault m_take;
    GiveBackVault m_giveBack;
    QLineEdit* m_current = nullptr;
    NewPassphraseFields* m_newPassphrase = nullptr;
    KeyWorkStatus* m_status = nullptr;
    QPushButton* m_changeButton = nullptr;
    bool m_busy = false;
    JobRunner* m_job = nullptr;
};

} // namespace fb
