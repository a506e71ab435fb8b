// SPDX-License-Identifier: GPL-3.0-or-later
// MailComposer: writes mail from a ticket (reply to the reporter, notification to another team, list
// message) with RFC 5322 headers, our subject tag, the TLP label in subject and body, UTF-8 text and
// attachments; stores sent messages on the ticket and exports a ticket's correspondence as mbox.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/mail/MailStore.h"
#include "core/taxonomy/Tlp.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace fb {

class MailKeys;
class Vault;

struct OutgoingMail
{
    qint64 ticketId = 0; // 0: mail about no ticket (no tag in the subject; compose() only, never stored)
    QString from;        // "CERT-XX <cert@example.org>"
    QStringList to;
    QStringList cc;
    QStringList bcc; // blind copies: in the written .eml for the sending MTA (`sendmail -t` drops the line)
    QString subject; // without tag and TLP label; empty: the ticket's title (or "Re: " + the replied subject)
    QString body;    // UTF-8 text; the TLP label is put above it
    TlpLevel tlp = TlpLevel::Amber;
    QList<MailAttachment> attachments;
    std::optional<qint64> inReplyTo; // stored message id (MailStore) this answers
    QString signKey;                 // OpenPGP key to sign with (PGP/MIME); empty: not signed
    bool encrypt = false;            // PGP/MIME, to every recipient's key (To, Cc) in the workspace keyring
                                     // (and signKey); refused with blind copies, which the keys would reveal
};

class MailComposer
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailComposer)

public:
    MailComposer(const ChangeContext& change);

    // The keys for signing and encrypting; without them compose() refuses signKey and encrypt. Must
    // outlive the composer.
    void setKeys(MailKeys* keys) { m_keys = keys; }

    // What compose() refuses before it reads the workspace or any key: no recipient, an address that is none,
    // TLP:RED or TLP:AMBER+STRICT unencrypted, blind copies with encryption, mail about no ticket without a subject
    // or as a reply. The error's `where` is one of checkedFields(). Cheap enough to run on every edit.
    static Status check(const OutgoingMail& mail);
    static QStringList checkedFields();
    // The message as it would be sent (raw bytes and parsed view: for an encrypted message the text and
    // attachments before encryption). Refuses TLP:RED and TLP:AMBER+STRICT unless encrypted, and
    // encryption to a recipient without a valid key in the workspace keyring.
    Result<ParsedMessage> compose(const OutgoingMail& mail);
    // compose() and store the result on the ticket as a sent message (storeSent()).
    Result<ParsedMessage> composeAndStore(const OutgoingMail& mail);
    // Stores a message composed earlier (and saved or sent since) on its ticket as sent, with a history row, in one
    // transaction. When it answers the reporter (MailReply::answersReporter) and the ticket has no first response
    // yet, now becomes its first response (with a history row): the SLA's response clock stops.
    Status storeSent(qint64 ticketId, const ParsedMessage& sent);
    // Messages as one mboxrd mailbox (From_ lines, ">From " escaping).
    static QByteArray toMbox(const QList<StoredMessage>& messages);

private:
    ChangeContext m_change;
    MailKeys* m_keys = nullptr;
};

} // namespace fb
