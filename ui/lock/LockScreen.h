// SPDX-License-Identifier: GPL-3.0-or-later
// LockScreen: what a locked window shows instead of its data: the workspace name and a passphrase prompt.
// Unlocking derives the key again off the GUI thread.
#pragma once

#include "ui/workspace/WorkspaceOpener.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fb {

class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);
    void lockFor(const QString& path);
    std::unique_ptr<Vault> takeVault() { return m_opener->takeVault(); }

Q_SIGNALS:
    void unlocked();

private:
    void unlock();

    QString m_path;
    WorkspaceOpener* m_opener = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace fb
