// SPDX-License-Identifier: GPL-3.0-or-later
// CorrespondencePanel: a ticket's messages, oldest first: direction, date, sender, subject, a signature badge
// (short word in the cell, the full sentence in the tooltip) and an encrypted marker; the selected message's
// text below (quoted text folded unless asked for; "Open in window" or a double-click reads it in a window of its
// own), with its attachments to save, OpenPGP parts (signature.asc, keys) after them and marked. Signatures are checked
// against the workspace keyring in a job.
#pragma once

#include "core/crypto/VerificationResult.h"
#include "core/mail/MailStore.h"
#include "core/tickets/TimelineEvent.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace fb {

class JobRunner;
class WorkspaceSession;

class CorrespondencePanel : public QWidget
{
    Q_OBJECT

public:
    // The direction cell also says "encrypted" for encrypted messages.
    enum Column { DirectionColumn, SignatureColumn, DateColumn, FromColumn, SubjectColumn };

    // Asks where to save an attachment; empty cancels. A test hook: tests answer without a dialog.
    using SavePathPrompt = std::function<QString(QWidget* parent, const QString& suggestedName)>;
    // Asks for a public key file to import; empty cancels. A test hook as well.
    using KeyFilePrompt = std::function<QString(QWidget* parent)>;

    explicit CorrespondencePanel(QWidget* parent = nullptr);
    ~CorrespondencePanel() override;

    void setSession(WorkspaceSession* session);
    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    void setKeyFilePrompt(KeyFilePrompt prompt) { m_keyFilePrompt = std::move(prompt); }
    // 0: nothing shown.
    void showTicket(qint64 ticketId);
    int messageCount() const;
    // The badge word and tooltip of a row (tests, screenshots).
    QString badgeText(int row) const;
    QString badgeToolTip(int row) const;
    bool isVerifying() const { return m_verifying; }
    // Saves the selected message's attachment at index through the save prompt; false when not saved.
    bool saveAttachment(int index);
    // Imports the signer's public key into the workspace keyring (in a job), then checks the signatures again.
    void importKey();
    QString statusText() const;
    // Reads the selected message in a window of its own (resizable, everything unfolded).
    void openMessageWindow();

Q_SIGNALS:
    // "Add to timeline" on the selected message: the event it suggests (MessageTimeline).
    void addToTimeline(const fb::NewTimelineEvent& draft);

private:
    void fillRows();
    void showMessage();
    void startVerification();
    void setBadge(int row);
    void updateKeyAction();
    // The selected message's headers and text; its quotes folded when `folded`.
    QString messageText(int row, bool folded) const;

    WorkspaceSession* m_session = nullptr;
    qint64 m_ticketId = 0;
    JobRunner* m_job = nullptr; // the key import or signature check for the shown ticket
    bool m_verifying = false;
    QList<StoredMessage> m_messages;
    QHash<qint64, VerificationResult> m_results;
    SavePathPrompt m_savePathPrompt;
    KeyFilePrompt m_keyFilePrompt;

    QTreeWidget* m_list = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_showQuoted = nullptr;
    QPushButton* m_openWindow = nullptr;
    QPushButton* m_toTimeline = nullptr;
    QWidget* m_attachmentBox = nullptr;
    QListWidget* m_attachments = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_importKey = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace fb
