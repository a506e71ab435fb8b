// SPDX-License-Identifier: GPL-3.0-or-later
// ComposerDialog: writes a reply or notification from a ticket: a reply to the reporter (threaded to the message it
// answers, greeting by name, the original quoted when the workspace says so), to an investigation's correspondent
// or to a team from the directory (never our own); starts from a template (editable in the workspace); TLP in
// subject and body, with a warning when it is less restrictive than the ticket's; sign and encrypt switches that say
// whether a usable key exists for each recipient (Encrypt only when every one has one); saves the message as .eml
// and keeps it on the ticket. Keys are listed and the message composed in jobs, never on the GUI thread.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/KeyInfo.h"
#include "core/mail/ParsedMessage.h"
#include "core/taxonomy/Tlp.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fb {

class JobRunner;
class WorkspaceSession;
struct OutgoingMail;
struct Ticket;

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
    // An error is shown (it clears once what caused it is mended).
    bool hasError() const { return m_error.has_value(); }

Q_SIGNALS:
    // A composed message was saved and stored on the ticket as sent.
    void messageStored(qint64 ticketId);

private:
    struct Recipient
    {
        QString label;
        QString address;
        QString templateName;
        QString displayName;             // to greet by; empty: a neutral greeting
        std::optional<qint64> inReplyTo; // the stored message a reply answers
        QString quote;                   // the answered message quoted, when the workspace quotes in replies
    };

    void buildRecipients();
    void addReplyRecipient(const Ticket& ticket);
    // Not our own team: its addresses are never offered.
    bool isOwnAddress(const QString& address) const;
    void buildForm();
    void applyTemplate();
    void editTemplate();
    void listKeys();
    void finishComposing(const Result<ParsedMessage>& composed);
    void updateKeyStatus();
    void updateTlpWarning();
    // The message as the form holds it.
    OutgoingMail outgoing() const;
    TlpLevel chosenTlp() const;
    // Checks a shown error again after an edit: it goes when its cause is mended (or is replaced by the next one).
    void revalidate();
    void showError(const Error& error);
    void showStatus(const QString& text);
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
    qint64 m_ownTeamId = 0;
    QStringList m_ownAddresses; // our team's e-mail addresses, bare
    TlpLevel m_ticketTlp = TlpLevel::Amber;
    QList<Recipient> m_recipients;
    QList<KeyInfo> m_keys;
    bool m_keysKnown = false;
    bool m_composing = false;
    std::optional<Error> m_error;
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
    QLabel* m_tlpWarning = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QCheckBox* m_sign = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QLabel* m_signInfo = nullptr;
    QLabel* m_keyInfo = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace fb
