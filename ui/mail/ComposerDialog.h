// SPDX-License-Identifier: GPL-3.0-or-later
// ComposerDialog: writes a reply or notification from a ticket: to the reporter, to an investigation's
// correspondent or to a team from the directory; starts from a template (editable in the workspace); TLP in
// subject and body; sign and encrypt switches that say whether a usable key exists for each recipient; saves
// the message as .eml. Keys are listed and the message composed in jobs, never on the GUI thread.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/KeyInfo.h"
#include "core/mail/ParsedMessage.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fb {

class JobRunner;
class WorkspaceSession;

class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks where to save the .eml; empty cancels. A test hook: tests answer without a dialog.
    using SavePathPrompt = std::function<QString(QWidget* parent, const QString& suggestedName)>;

    ComposerDialog(WorkspaceSession& session, qint64 ticketId, QWidget* parent = nullptr);
    ~ComposerDialog() override;

    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    // Composes in a job, then asks where to save; the outcome shows in the status line.
    void saveAsEml();
    bool keysKnown() const { return m_keysKnown; }
    bool isComposing() const { return m_composing; }
    QString statusText() const;

private:
    struct Recipient
    {
        QString label;
        QString address;
        QString templateName;
        QStringList fingerprints; // keys the directory links to this recipient
    };

    void buildRecipients();
    void buildForm();
    void applyTemplate();
    void editTemplate();
    void listKeys();
    void finishComposing(const Result<ParsedMessage>& composed);
    void updateKeyStatus();
    void showStatus(const QString& text, bool error);
    // The addresses in a comma-separated field.
    static QStringList addresses(const QLineEdit* field);
    // To and Cc together: whose keys encryption needs (an encrypted message has no blind copies).
    QStringList recipients() const;

    WorkspaceSession& m_session;
    qint64 m_ticketId = 0;
    QString m_ticketTitle;
    QString m_ticketRef;
    QString m_teamName;
    QString m_from;
    QString m_signKey;
    QList<Recipient> m_recipients;
    QList<KeyInfo> m_keys;
    bool m_keysKnown = false;
    bool m_composing = false;
    JobRunner* m_keysJob = nullptr;
    JobRunner* m_composeJob = nullptr;
    SavePathPrompt m_savePathPrompt;

    QComboBox* m_recipient = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_cc = nullptr;
    QLineEdit* m_bcc = nullptr;
    QComboBox* m_template = nullptr;
    QLineEdit* m_subject = nullptr;
    QComboBox* m_tlp = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QCheckBox* m_sign = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QLabel* m_signInfo = nullptr;
    QLabel* m_keyInfo = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace fb
