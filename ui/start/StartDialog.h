// SPDX-License-Identifier: GPL-3.0-or-later
// StartDialog: the first window: recent workspaces, open one with its passphrase, create a new one
// (passphrase twice, strength meter, very weak ones refused), or open the demo workspace. The KDF runs off
// the GUI thread (WorkspaceOpener) behind a busy indicator; a wrong passphrase says so and lets the user retry.
#pragma once

#include "ui/workspace/WorkspaceOpener.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace fb {

class KeyWorkStatus;
class NewPassphraseFields;

class StartDialog : public QDialog
{
    Q_OBJECT

public:
    StartDialog(QSettings& settings, WorkspaceOpener::Populate demoPopulate, QWidget* parent = nullptr);
    ~StartDialog() override;

    // Where the demo workspace lives: ~/.local/share/firebreak/demo.firebreak.
    static QString demoPath();
    static void rememberRecent(QSettings& settings, const QString& path);

    // Opens the demo workspace, creating and filling it first when it does not exist yet.
    void openDemo(SecretBytes passphrase);
    void showCreatePage();
    // Puts `path` in the file field (as when opened from a file manager) and asks for its passphrase.
    void selectWorkspace(const QString& path);

    // After accept(): the open workspace.
    std::unique_ptr<Vault> takeVault() { return std::move(m_vault); }
    QString workspacePath() const { return m_path; }

private:
    QWidget* buildOpenPage();
    QWidget* buildCreatePage();
    void openSelected();
    void createWorkspace();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool problem);
    void onOpened();
    void onFailed(const Error& error);

    QSettings& m_settings;
    WorkspaceOpener::Populate m_demoPopulate;
    WorkspaceOpener* m_opener = nullptr;
    std::unique_ptr<Vault> m_vault;
    QString m_path;

    QStackedWidget* m_pages = nullptr;
    QListWidget* m_recent = nullptr;
    QLineEdit* m_pathEdit = nullptr;
    QLineEdit* m_passphraseEdit = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_demoButton = nullptr;
    QLineEdit* m_newPathEdit = nullptr;
    NewPassphraseFields* m_newPassphrase = nullptr;
    QPushButton* m_createButton = nullptr;
    KeyWorkStatus* m_status = nullptr;
};

} // namespace fb
