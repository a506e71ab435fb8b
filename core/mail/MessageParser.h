// SPDX-License-Identifier: GPL-3.0-or-later
// MessageParser: one mail message (RFC 5322 + MIME) read with GMime into a ParsedMessage: decoded headers,
// text body, attachments, abuse report, warnings. Never fails: what cannot be read becomes a warning, and
// input that is not a message at all gets a quarantine reason.
#pragma once

#include "core/mail/ParsedMessage.h"

#include <QCoreApplication>

struct _GMimeMessage;
struct _GMimeObject;
struct _GMimeParserOptions;

namespace fb {

class MessageParser
{
    Q_DECLARE_TR_FUNCTIONS(fb::MessageParser)

public:
    static constexpr qint64 kMaxMessageBytes = 40ll * 1024 * 1024; // larger messages go to quarantine
    static constexpr int kMaxNesting = 64;                         // deeper MIME parts stay in the raw message
    static constexpr int kMaxHeaderFields = 1000;                  // more is a header bomb: warned about
    static constexpr qsizetype kMaxHeaderValue = 16 * 1024;        // longer decoded values are cut, with a warning

    struct Outcome
    {
        ParsedMessage message;    // raw and rawSha256 always set
        QString quarantineReason; // not empty: the input is not a usable message; keep the raw bytes aside
    };

    static Outcome parse(const QByteArray& raw);

    // For readers that already ran GMime's parser (mbox): the parser options must come from
    // newParserOptions() with the same warnings list.
    static Outcome fromGMime(_GMimeMessage* message, const QByteArray& raw, const QList<MailWarning>& warnings);
    // Parser options with our fallback charsets that append GMime's warnings to *warnings.
    // Release with g_mime_parser_options_free().
    static _GMimeParserOptions* newParserOptions(QList<MailWarning>* warnings);
    // Quarantine reason for raw bytes that are not worth parsing (empty, too large); empty when fine.
    static QString precheck(const QByteArray& raw);
    // Header protection (RFC 9788, and the earlier protected-headers="v1" that Thunderbird and Enigmail send):
    // when the decrypted payload's Content-Type says its header fields are the message's, its Subject replaces
    // the outer one, which such senders set to "..." or similar. Message-ID and threading headers stay outer.
    static void applyProtectedHeaders(_GMimeObject* payload, ParsedMessage& message);
};

} // namespace fb
