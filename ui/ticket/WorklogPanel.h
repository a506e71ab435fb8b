// SPDX-License-Identifier: GPL-3.0-or-later
// WorklogPanel: a ticket's timeline — the handlers' internal comments, the mail in and out, and every recorded
// change, in the order they happened, each kind shown or hidden by a filter — with the selected entry's full text
// and a box to write a new comment (never mailed; Ctrl+Return adds it; a draft stays with its ticket).
#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace fb {

class WorkspaceSession;

class WorklogPanel : public QWidget
{
    Q_OBJECT

public:
    // What a timeline row is; its column-0 data.
    enum class EntryKind { Comment, Mail, Change };

    explicit WorklogPanel(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    // 0: nothing shown. `writable`: comments can be added (not to a merged ticket).
    void showTicket(qint64 ticketId, bool writable);
    // Adds the comment box's text to the ticket; false (with the refusal shown) when core refused it.
    bool addComment();
    int entryCount() const;
    int commentCount() const { return m_comments; }

Q_SIGNALS:
    // A comment was added to ticket `id`.
    void changed(qint64 id);
    // The user opened a mail entry: show the correspondence.
    void openCorrespondence();

private:
    void reload();
    void applyFilter();
    void showSelected();

    WorkspaceSession* m_session = nullptr;
    qint64 m_id = 0;
    int m_comments = 0;
    QCheckBox* m_showComments = nullptr;
    QCheckBox* m_showMail = nullptr;
    QCheckBox* m_showChanges = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_error = nullptr;
    QHash<qint64, QString> m_drafts; // comments not added yet, of tickets not shown
};

} // namespace fb
