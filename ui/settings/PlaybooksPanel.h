// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybooksPanel: the workspace's playbooks on the Settings page — listed with what they are chosen for, made,
// edited and removed (PlaybookEditDialog), imported from and exported to JSON files. Every change goes through
// PlaybookStore, one history row each; a refused change says why and changes nothing.
#pragma once

#include "core/tickets/Playbook.h"

#include <QDialog>
#include <QGroupBox>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTreeWidget;

namespace fb {

class WorkspaceSession;

// One playbook's name, what it is chosen for and its tasks (title, description, owner role, due after).
class PlaybookEditDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a playbook: a new one (its key is typed); with one: that playbook (its key stays).
    PlaybookEditDialog(WorkspaceSession& session, const std::optional<Playbook>& playbook, QWidget* parent = nullptr);

    // What the fields say (due offsets that are not understood are left out; save() refuses them).
    Playbook playbook() const;
    // Saves through PlaybookStore and closes; false with the reason shown when it is refused.
    bool save();
    void addTaskRow(const PlaybookTask& task = {});
    QString errorText() const;

private:
    WorkspaceSession& m_session;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_class = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_constituency = nullptr;
    QTableWidget* m_tasks = nullptr;
    QLabel* m_error = nullptr;
};

class PlaybooksPanel : public QGroupBox
{
    Q_OBJECT

public:
    // Asks for a file to read (save false) or write (save true); empty when cancelled. Tests replace it.
    using PathPrompt = std::function<QString(QWidget* parent, bool save)>;

    explicit PlaybooksPanel(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    void reload();
    void setPathPrompt(PathPrompt prompt) { m_pathPrompt = std::move(prompt); }

    // The editor for the playbook with this key (empty: a new one), shown window-modal; the list follows a save.
    PlaybookEditDialog* openEditor(const QString& key = {});
    bool removeSelected();
    bool importFile();
    bool exportFile();
    QString selectedKey() const;
    QString statusText() const;

private:
    void showStatus(const QString& text, bool problem);

    WorkspaceSession* m_session = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    PathPrompt m_pathPrompt;
};

} // namespace fb
