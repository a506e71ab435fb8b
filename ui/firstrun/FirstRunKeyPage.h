// SPDX-License-Identifier: GPL-3.0-or-later
// FirstRunKeyPage: the guide's second step: the team key that signs for us. One of the secret keys in the user's
// GnuPG home (where Firebreak's signing finds it), one imported from a file, or a new one made here (OpenPgp::
// createKey: ed25519/cv25519 or RSA 3072, "name <email>", two years, a passphrase typed twice) as a job with progress
// and cancel. Listing, importing and creating run off the GUI thread.
#pragma once

#include "core/base/Error.h"
#include "core/base/Result.h"
#include "core/crypto/KeyInfo.h"

#include <QList>
#include <QWizardPage>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fb {

class FirstRun;
class JobRunner;
class NewPassphraseFields;
class WorkspaceSession;
struct JobProgress;

class FirstRunKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    using FilePrompt = std::function<QString(QWidget* parent)>;

    FirstRunKeyPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~FirstRunKeyPage() override;

    // The fingerprint chosen; empty when none.
    QString chosenKey() const;
    bool isWorking() const;
    // Cancels a key being made (it is not kept) or an import or listing.
    void cancelWork();
    void setFilePrompt(FilePrompt prompt) { m_filePrompt = std::move(prompt); }
    // Lists the secret keys of the GnuPG home again.
    void reloadKeys();
    Status apply(FirstRun& guide);
    void showError(const Error& error);

    void initializePage() override;
    bool validatePage() override;

Q_SIGNALS:
    // A listing, an import or a key creation ended (with or without success).
    void workFinished();

private:
    QWidget* buildCreateGroup();
    void importFromFile();
    void createKey();
    void setWorking(bool working, const QString& text = {});
    void showProgress(const JobProgress& progress);
    void showKeys(const Result<QList<KeyInfo>>& keys);
    void showStatus(const QString& text);
    void clearError();

    WorkspaceSession& m_session;
    JobRunner* m_job = nullptr;
    FilePrompt m_filePrompt;
    QString m_preferred; // the key to select when the list comes: the one just made or imported, else ours
    QComboBox* m_keys = nullptr;
    QPushButton* m_import = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_algorithm = nullptr;
    NewPassphraseFields* m_passphrase = nullptr;
    QPushButton* m_create = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fb
