// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MessageParser.h"

#include "core/mail/HtmlText.h"
#include "core/mail/MimeRuntime.h"

#include <QCryptographicHash>

#include <gmime/gmime.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace fb {

namespace {

template <typename T>
struct GObjectDeleter
{
    void operator()(T* object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectDeleter<T>>;

struct GFreeDeleter
{
    void operator()(void* p) const { g_free(p); }
};
using GString8 = std::unique_ptr<char, GFreeDeleter>;

MailWarning warningFor(GMimeParserWarning code, const char* item)
{
    const QString what = item ? QString::fromUtf8(item).left(80) : QString();
    const auto with = [&what](MailWarningCode warning) { return MailWarning(warning, {what}); };
    switch (code) {
    case GMIME_WARN_DUPLICATED_HEADER:
        return with(MailWarningCode::DuplicatedHeader);
    case GMIME_WARN_DUPLICATED_PARAMETER:
        return with(MailWarningCode::DuplicatedParameter);
    case GMIME_WARN_UNENCODED_8BIT_HEADER:
        return with(MailWarningCode::Unencoded8BitHeader);
    case GMIME_WARN_INVALID_CONTENT_TYPE:
        return with(MailWarningCode::InvalidContentType);
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
        return with(MailWarningCode::InvalidEncodedWord);
    case GMIME_WARN_MALFORMED_MULTIPART:
        return with(MailWarningCode::MultipartWithoutParts);
    case GMIME_WARN_TRUNCATED_MESSAGE:
        return MailWarning(MailWarningCode::TruncatedMessage);
    case GMIME_WARN_MALFORMED_MESSAGE:
        return MailWarning(MailWarningCode::MalformedMessage);
    case GMIME_CRIT_INVALID_HEADER_NAME:
        return MailWarning(MailWarningCode::InvalidHeaderName);
    case GMIME_CRIT_CONFLICTING_HEADER:
        return with(MailWarningCode::ConflictingHeader);
    case GMIME_CRIT_CONFLICTING_PARAMETER:
        return with(MailWarningCode::ConflictingParameter);
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        return MailWarning(MailWarningCode::MultipartWithoutBoundary);
    case GMIME_WARN_INVALID_PARAMETER:
        return with(MailWarningCode::InvalidParameter);
    case GMIME_WARN_INVALID_ADDRESS_LIST:
        return with(MailWarningCode::InvalidAddressList);
    case GMIME_CRIT_NESTING_OVERFLOW:
        return MailWarning(MailWarningCode::NestingOverflow);
    case GMIME_WARN_PART_WITHOUT_CONTENT:
        return MailWarning(MailWarningCode::PartWithoutContent);
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        return MailWarning(MailWarningCode::PartWithoutHeadersOrContent);
    }
    return MailWarning(MailWarningCode::OtherParserProblem, {QString::number(int(code))});
}

void collectWarning(gint64 /*offset*/, GMimeParserWarning code, const gchar* item, gpointer userData)
{
    auto* warnings = static_cast<QList<MailWarning>*>(userData);
    const MailWarning warning = warningFor(code, item);
    // Hostile input can repeat the same problem thousands of times: keep each once, and at most 50.
    if (warnings->size() < 50 && !warnings->contains(warning))
        warnings->append(warning);
}

QByteArray streamBytes(GMimeStream* stream)
{
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
}

QByteArray decodedContent(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return QByteArray("");
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    return streamBytes(stream.get());
}

QByteArray serialise(GMimeObject* object)
{
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, nullptr, stream.get());
    return streamBytes(stream.get());
}

QString lowerMimeType(GMimeObject* object)
{
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    GString8 mime(g_mime_content_type_get_mime_type(type));
    return QString::fromUtf8(mime.get()).toLower();
}

// UTF-8 text of a text part, whatever its charset: GMime converts by the charset parameter; when that is
// missing, wrong or unknown, GMime's 8-bit decoder tries the fallback charsets.
QString textOf(GMimePart* part, GMimeParserOptions* options)
{
    GString8 text(g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
    if (text && g_utf8_validate(text.get(), -1, nullptr))
        return QString::fromUtf8(text.get());
    const QByteArray bytes = decodedContent(part);
    GString8 decoded(g_mime_utils_decode_8bit(options, bytes.constData(), static_cast<size_t>(bytes.size())));
    return decoded ? QString::fromUtf8(decoded.get()) : QString::fromLatin1(bytes);
}

QList<QPair<QString, QString>> headerFields(const QByteArray& block)
{
    // A message/feedback-report body is a header block: let GMime unfold and decode it.
    QByteArray input = block;
    input.append("\n\n");
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(input.constData(), static_cast<size_t>(input.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeObject> part(g_mime_parser_construct_part(parser.get(), nullptr));
    QList<QPair<QString, QString>> fields;
    if (!part)
        return fields;
    GMimeHeaderList* headers = g_mime_object_get_header_list(part.get());
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader* header = g_mime_header_list_get_header_at(headers, i);
        const char* value = g_mime_header_get_value(header);
        fields.append({QString::fromUtf8(g_mime_header_get_name(header)), QString::fromUtf8(value ? value : "")});
    }
    return fields;
}

struct Walk
{
    ParsedMessage& out;
    GMimeParserOptions* options;
    QStringList plain;
    QStringList html;
    QList<QByteArray> feedbackReports;
    bool nestingWarned = false;
};

void addAttachment(Walk& walk, QString name, QString type, QByteArray content)
{
    MailAttachment attachment;
    attachment.name = std::move(name);
    attachment.mimeType = std::move(type);
    attachment.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    attachment.content = std::move(content);
    walk.out.attachments.append(std::move(attachment));
}

MailWarning nestingWarning()
{
    return MailWarning(MailWarningCode::NestedTooDeeply, {QString::number(MessageParser::kMaxNesting)});
}

void walkObject(GMimeObject* object, Walk& walk, int depth);
void readEmbedded(GMimeMessage* message, Walk& walk, int depth);

void walkMultipart(GMimeMultipart* multipart, Walk& walk, int depth)
{
    GMimeObject* object = GMIME_OBJECT(multipart);
    const QString type = lowerMimeType(object);
    const int count = g_mime_multipart_get_count(multipart);
    if (GMIME_IS_MULTIPART_SIGNED(multipart)) {
        walk.out.isSigned = true;
        walk.out.signatureStatus = QStringLiteral("not-verified");
        if (count > 0)
            walkObject(g_mime_multipart_get_part(multipart, 0), walk, depth + 1);
        if (count > 1) {
            GMimeObject* signature = g_mime_multipart_get_part(multipart, 1);
            if (GMIME_IS_PART(signature))
                addAttachment(walk, QStringLiteral("signature.asc"), lowerMimeType(signature),
                              decodedContent(GMIME_PART(signature)));
        }
        return;
    }
    if (GMIME_IS_MULTIPART_ENCRYPTED(multipart)) {
        walk.out.isEncrypted = true;
        walk.out.warnings.append(MailWarning(MailWarningCode::NotDecrypted));
        if (count > 1 && GMIME_IS_PART(g_mime_multipart_get_part(multipart, 1)))
            addAttachment(walk, QStringLiteral("encrypted.asc"), QStringLiteral("application/octet-stream"),
                          decodedContent(GMIME_PART(g_mime_multipart_get_part(multipart, 1))));
        return;
    }
    if (type == QLatin1String("multipart/alternative") && count > 0) {
        // The plain text alternative if there is one, else the richest alternative (the last one).
        GMimeObject* chosen = nullptr;
        for (int i = 0; i < count && !chosen; ++i) {
            GMimeObject* child = g_mime_multipart_get_part(multipart, i);
            if (lowerMimeType(child) == QLatin1String("text/plain") && GMIME_IS_TEXT_PART(child))
                chosen = child;
        }
        walkObject(chosen ? chosen : g_mime_multipart_get_part(multipart, count - 1), walk, depth + 1);
        return;
    }
    if (count == 0) {
        // No part could be told apart (missing or wrong boundary): GMime keeps the content as the
        // prologue; read it as text rather than lose it.
        const char* prologue = g_mime_multipart_get_prologue(multipart);
        if (prologue && *prologue) {
            GString8 text(g_mime_utils_decode_8bit(walk.options, prologue, strlen(prologue)));
            walk.plain.append(QString::fromUtf8(text.get()));
        }
        return;
    }
    for (int i = 0; i < count; ++i)
        walkObject(g_mime_multipart_get_part(multipart, i), walk, depth + 1);
}

void walkPart(GMimePart* part, Walk& walk)
{
    GMimeObject* object = GMIME_OBJECT(part);
    const QString type = lowerMimeType(object);
    const char* filename = g_mime_part_get_filename(part);
    const char* disposition = g_mime_object_get_disposition(object);
    const bool isAttachment =
        filename || (disposition && g_ascii_strcasecmp(disposition, GMIME_DISPOSITION_ATTACHMENT) == 0);
    QString name = filename ? QString::fromUtf8(filename) : QString();
    if (GMIME_IS_TEXT_PART(part) && !isAttachment && type == QLatin1String("text/plain")) {
        walk.plain.append(textOf(part, walk.options));
        return;
    }
    if (GMIME_IS_TEXT_PART(part) && !isAttachment && type == QLatin1String("text/html")) {
        walk.html.append(textOf(part, walk.options));
        return;
    }
    QByteArray content;
    if (GMIME_IS_TEXT_PART(part) && type.startsWith(QLatin1String("text/")))
        content = textOf(part, walk.options).toUtf8(); // text attachments are stored in UTF-8
    else
        content = decodedContent(part);
    if (type == QLatin1String("message/feedback-report"))
        walk.feedbackReports.append(content);
    addAttachment(walk, name, type, std::move(content));
}

void walkObject(GMimeObject* object, Walk& walk, int depth)
{
    if (!object)
        return;
    if (depth > MessageParser::kMaxNesting) {
        if (!walk.nestingWarned)
            walk.out.warnings.append(nestingWarning());
        walk.nestingWarned = true;
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        walkMultipart(GMIME_MULTIPART(object), walk, depth);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        QString name = QStringLiteral("message.eml");
        if (inner && g_mime_message_get_subject(inner))
            name = QString::fromUtf8(g_mime_message_get_subject(inner)).simplified().left(100) + QStringLiteral(".eml");
        addAttachment(walk, name, lowerMimeType(object), inner ? serialise(GMIME_OBJECT(inner)) : QByteArray(""));
        if (inner)
            readEmbedded(inner, walk, depth + 1);
    } else if (GMIME_IS_PART(object)) {
        walkPart(GMIME_PART(object), walk);
    } else {
        addAttachment(walk, {}, lowerMimeType(object), serialise(object));
    }
}

// An attached message (a forward, an ARF report's original) stays one attachment; its text goes to
// embeddedText, for observables: its header fields but the message identifiers (Message-ID style addresses
// are not indicators), its body, its text attachments and, in turn, the messages attached to it.
void readEmbedded(GMimeMessage* message, Walk& walk, int depth)
{
    QString headers;
    GMimeHeaderList* list = g_mime_object_get_header_list(GMIME_OBJECT(message));
    const int count = std::min(g_mime_header_list_get_count(list), MessageParser::kMaxHeaderFields);
    for (int i = 0; i < count; ++i) {
        GMimeHeader* header = g_mime_header_list_get_header_at(list, i);
        const char* name = g_mime_header_get_name(header);
        const char* value = g_mime_header_get_value(header);
        if (!name || !value || !g_ascii_strcasecmp(name, "Message-ID") || !g_ascii_strcasecmp(name, "In-Reply-To") ||
            !g_ascii_strcasecmp(name, "References"))
            continue;
        headers += QString::fromUtf8(name) + QStringLiteral(": ") +
                   QString::fromUtf8(value).left(MessageParser::kMaxHeaderValue) + QLatin1Char('\n');
    }
    walk.out.embeddedText.append(headers);

    ParsedMessage inner;
    Walk sub{inner, walk.options, {}, {}, {}, walk.nestingWarned};
    walkObject(g_mime_message_get_mime_part(message), sub, depth);
    if (sub.nestingWarned && !walk.nestingWarned)
        walk.out.warnings.append(nestingWarning());
    walk.nestingWarned = sub.nestingWarned;
    if (!sub.plain.isEmpty()) {
        walk.out.embeddedText += sub.plain;
    } else {
        for (const QString& html : std::as_const(sub.html))
            walk.out.embeddedText.append(HtmlText::toPlainText(html.toUtf8()));
    }
    for (const MailAttachment& a : std::as_const(inner.attachments))
        if (a.isText() && a.mimeType != QLatin1String("message/rfc822"))
            walk.out.embeddedText.append(QString::fromUtf8(a.content));
    walk.out.embeddedText += inner.embeddedText;
}

QString cut(ParsedMessage& out, const char* field, QString value)
{
    if (value.size() <= MessageParser::kMaxHeaderValue)
        return value;
    out.warnings.append(
        MailWarning(MailWarningCode::HeaderValueCut, {QLatin1String(field), QString::number(value.size()),
                                                      QString::number(MessageParser::kMaxHeaderValue)}));
    value.truncate(MessageParser::kMaxHeaderValue);
    return value;
}

QString addresses(InternetAddressList* list)
{
    if (!list || internet_address_list_length(list) == 0)
        return {};
    GString8 text(internet_address_list_to_string(list, nullptr, FALSE));
    return QString::fromUtf8(text.get());
}

QStringList referenceIds(GMimeObject* object, const char* header, GMimeParserOptions* options)
{
    const char* value = g_mime_object_get_header(object, header);
    QStringList ids;
    if (!value)
        return ids;
    GMimeReferences* refs = g_mime_references_parse(options, value);
    if (!refs)
        return ids;
    const int count = g_mime_references_length(refs);
    for (int i = 0; i < count && i < 200; ++i)
        ids.append(QString::fromUtf8(g_mime_references_get_message_id(refs, i)));
    g_mime_references_free(refs);
    return ids;
}

// At least one header field that every mail message has one of; binary junk has none.
bool looksLikeMail(GMimeMessage* message)
{
    // GMime keeps the Content-* fields on the message's top MIME part, the others on the message.
    GMimeObject* top = g_mime_message_get_mime_part(message);
    for (const char* name : {"From", "Date", "Subject", "Message-ID", "To", "Received", "MIME-Version", "Return-Path",
                             "Sender", "Content-Type"}) {
        if (g_mime_object_get_header(GMIME_OBJECT(message), name))
            return true;
        if (top && g_mime_object_get_header(top, name))
            return true;
    }
    return false;
}

// X-ARF JSON first: an X-ARF mail (github.com/abusix/xarf, "XARF via SMTP") is an ARF report whose
// message/feedback-report part only says "Feedback-Type: xarf"; the JSON part after it is the report.
void findAbuseReport(ParsedMessage& out, const Walk& walk, GMimeObject* object)
{
    for (const MailAttachment& a : out.attachments) {
        if (a.mimeType == QLatin1String("application/json") || a.name.endsWith(QLatin1String(".json"))) {
            if (!a.content.contains("xarf_version") && !a.content.contains("ReporterInfo"))
                continue;
            auto report = AbuseReports::fromXarfJson(a.content);
            if (report) {
                out.abuseReport = std::move(*report);
                return;
            }
            out.warnings.append(MailWarning(MailWarningCode::XarfReportRejected, {a.name, report.error().toString()}));
        }
    }
    for (const QByteArray& block : walk.feedbackReports) {
        auto report = AbuseReports::fromArfFields(headerFields(block));
        if (!report) {
            out.warnings.append(MailWarning(MailWarningCode::ArfReportRejected, {report.error().toString()}));
            continue;
        }
        if (report->reportType == QLatin1String("xarf"))
            out.warnings.append(MailWarning(MailWarningCode::XarfAnnouncedWithoutJson));
        for (const MailAttachment& a : out.attachments)
            if (a.mimeType == QLatin1String("message/rfc822") || a.mimeType == QLatin1String("text/rfc822-headers"))
                report->originalMessage = a.content;
        out.abuseReport = std::move(*report);
        return;
    }
    const char* xarf = g_mime_object_get_header(object, "X-ARF");
    if (xarf && QByteArray(xarf).trimmed().toLower().startsWith("yes")) {
        for (const MailAttachment& a : out.attachments) {
            if (!a.mimeType.startsWith(QLatin1String("text/")) || !a.content.contains("Reported-From"))
                continue;
            auto report = AbuseReports::fromXarfYaml(a.content);
            if (report) {
                out.abuseReport = std::move(*report);
                return;
            }
            out.warnings.append(MailWarning(MailWarningCode::XarfReportRejected, {a.name, report.error().toString()}));
            return;
        }
        out.warnings.append(MailWarning(MailWarningCode::XarfAnnouncedWithoutPart));
    }
}

} // namespace

GMimeParserOptions* MessageParser::newParserOptions(QList<MailWarning>* warnings)
{
    MimeRuntime::ensureInitialised();
    GMimeParserOptions* options = g_mime_parser_options_new();
    static const char* fallback[] = {"utf-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    g_mime_parser_options_set_warning_callback(options, collectWarning, warnings);
    return options;
}

QString MessageParser::precheck(const QByteArray& raw)
{
    if (raw.trimmed().isEmpty())
        return tr("The input is empty.");
    if (raw.size() > kMaxMessageBytes)
        return tr("The message is %1 MiB; messages over %2 MiB are not imported.")
            .arg(raw.size() / (1024 * 1024))
            .arg(kMaxMessageBytes / (1024 * 1024));
    return {};
}

void MessageParser::applyProtectedHeaders(GMimeObject* payload, ParsedMessage& message)
{
    // Signed and encrypted: the protected fields sit on the signed part, inside the signature.
    if (payload && GMIME_IS_MULTIPART_SIGNED(payload))
        payload = g_mime_multipart_get_part(GMIME_MULTIPART(payload), 0);
    if (!payload)
        return;
    const char* hp = g_mime_object_get_content_type_parameter(payload, "hp");
    const char* legacy = g_mime_object_get_content_type_parameter(payload, "protected-headers");
    if (!hp && !(legacy && g_ascii_strcasecmp(legacy, "v1") == 0))
        return;
    if (const char* subject = g_mime_object_get_header(payload, "Subject")) // unfolded and decoded by GMime
        message.subject = cut(message, "Subject", QString::fromUtf8(subject).simplified());
}

MessageParser::Outcome MessageParser::parse(const QByteArray& raw)
{
    MimeRuntime::ensureInitialised();
    Outcome outcome;
    outcome.message.raw = raw;
    outcome.message.rawSha256 = QCryptographicHash::hash(raw, QCryptographicHash::Sha256);
    outcome.quarantineReason = precheck(raw);
    if (!outcome.quarantineReason.isEmpty())
        return outcome;
    QList<MailWarning> warnings;
    GMimeParserOptions* options = newParserOptions(&warnings);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    if (!message) {
        outcome.quarantineReason = tr("GMime could not read a message from the input.");
        return outcome;
    }
    return fromGMime(message.get(), raw, warnings);
}

MessageParser::Outcome MessageParser::fromGMime(GMimeMessage* message, const QByteArray& raw,
                                                const QList<MailWarning>& warnings)
{
    Outcome outcome;
    ParsedMessage& out = outcome.message;
    out.raw = raw;
    out.rawSha256 = QCryptographicHash::hash(raw, QCryptographicHash::Sha256);
    out.warnings = warnings;
    GMimeObject* object = GMIME_OBJECT(message);
    qsizetype headerEnd = raw.indexOf("\n\n");
    if (headerEnd < 0)
        headerEnd = raw.size();
    if (!looksLikeMail(message) || raw.left(headerEnd).contains('\0')) {
        outcome.quarantineReason = tr("The input is not a mail message (no mail header fields, or binary data).");
        return outcome;
    }
    const int headerCount = g_mime_header_list_get_count(g_mime_object_get_header_list(object));
    if (headerCount > kMaxHeaderFields)
        out.warnings.append(MailWarning(MailWarningCode::HeaderBomb, {QString::number(headerCount)}));

    QList<MailWarning> idWarnings;
    GMimeParserOptions* options = newParserOptions(&idWarnings);
    if (const char* id = g_mime_message_get_message_id(message))
        out.messageId = cut(out, "Message-ID", QString::fromUtf8(id).trimmed());
    const QStringList replyTo = referenceIds(object, "In-Reply-To", options);
    out.inReplyTo = replyTo.value(0);
    out.references = referenceIds(object, "References", options);
    if (const char* subject = g_mime_message_get_subject(message))
        out.subject = cut(out, "Subject", QString::fromUtf8(subject).simplified());
    InternetAddressList* from = g_mime_message_get_from(message);
    out.from = cut(out, "From", addresses(from));
    if (from && internet_address_list_length(from) > 0) {
        InternetAddress* first = internet_address_list_get_address(from, 0);
        if (INTERNET_ADDRESS_IS_MAILBOX(first))
            out.fromAddress = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(first)))
                                  .trimmed()
                                  .toLower();
    }
    out.replyTo = cut(out, "Reply-To", addresses(g_mime_message_get_reply_to(message)));
    out.to = cut(out, "To", addresses(g_mime_message_get_to(message)));
    out.cc = cut(out, "Cc", addresses(g_mime_message_get_cc(message)));
    out.bcc = cut(out, "Bcc", addresses(g_mime_message_get_bcc(message)));
    if (GDateTime* date = g_mime_message_get_date(message))
        out.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);

    Walk walk{out, options, {}, {}, {}, false};
    walkObject(g_mime_message_get_mime_part(message), walk, 0);
    if (!walk.plain.isEmpty()) {
        out.body = walk.plain.join(QStringLiteral("\n\n"));
    } else if (!walk.html.isEmpty()) {
        QStringList texts;
        for (const QString& html : std::as_const(walk.html))
            texts.append(HtmlText::toPlainText(html.toUtf8()));
        out.body = texts.join(QStringLiteral("\n\n"));
        out.bodyFromHtml = true;
    }
    out.body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    findAbuseReport(out, walk, object);
    g_mime_parser_options_free(options);
    if (out.body.contains(QLatin1String("-----BEGIN PGP SIGNED MESSAGE-----"))) {
        out.isSigned = true;
        out.signatureStatus = QStringLiteral("not-verified");
    }
    if (out.body.contains(QLatin1String("-----BEGIN PGP MESSAGE-----"))) {
        out.isEncrypted = true;
        out.warnings.append(MailWarning(MailWarningCode::InlineNotDecrypted));
    }
    return outcome;
}

} // namespace fb
