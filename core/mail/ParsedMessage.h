// SPDX-License-Identifier: GPL-3.0-or-later
// ParsedMessage: what Firebreak reads out of one mail message, all text in UTF-8, plus its raw bytes.
#pragma once

#include "core/mail/AbuseReport.h"
#include "core/mail/MailAttachment.h"
#include "core/mail/MailWarning.h"
#include "core/observables/Observable.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

struct ParsedMessage
{
    QByteArray raw;       // exactly the bytes that were parsed (mbox: without the From_ line, unescaped)
    QByteArray rawSha256; // 32 bytes

    QString messageId; // without angle brackets; empty when the message has none
    QString inReplyTo; // first id of In-Reply-To, without angle brackets
    QStringList references;
    QString from;        // decoded, as shown: "Name <addr>"
    QString fromAddress; // the first sender's bare address, lower-case
    // Reply-To, decoded, as shown; empty when the message has none. Not kept in a column of its own: MailReply
    // reads it from the stored raw message when it answers one.
    QString replyTo;
    QString to;
    QString cc;
    QString bcc;    // only in mail we wrote (OutgoingMail::bcc); received mail does not show it
    QDateTime date; // UTC; invalid when missing or unreadable
    QString subject;

    QString body;              // text/plain parts, or the HTML part turned into text
    bool bodyFromHtml = false; // the body came from HTML
    QList<MailAttachment> attachments;
    // Text from inside attached messages (message/rfc822, a forward or an ARF report's original, at any depth):
    // each one's header fields but its identifiers, its text parts and its text attachments. Read for
    // observables only; the attached message itself is one of the attachments. Not stored.
    QStringList embeddedText;
    QList<MailWarning> warnings; // what was wrong with the input; MailWarning::text() says it for people

    bool isSigned = false;    // multipart/signed or an inline PGP signature was found
    bool isEncrypted = false; // multipart/encrypted or an inline PGP message was found
    QString signatureStatus = QStringLiteral("not-signed");
    QString signerFingerprint;

    std::optional<AbuseReport> abuseReport;

    // "mid:<Message-ID>" or "sha256:<hex>" when there is no Message-ID.
    QString dedupKey() const;
    // The observables in the subject, the body, the text attachments and the embedded text (each scanned up to
    // 1 MB), and an abuse report's source address, URIs and domain first.
    QList<Observable> findObservables() const;
};

} // namespace fb
