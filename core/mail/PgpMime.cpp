// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/PgpMime.h"

#include "core/mail/GObjectPtr.h"
#include "core/mail/MimeRuntime.h"

#include <gmime/gmime.h>

#include <cctype>
#include <functional>

namespace fb {

namespace {

QByteArray streamBytes(GMimeStream* stream)
{
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
}

PgpMime::Location find(GMimeObject* object, GMimeMultipart* parent, int index, int depth,
                       const std::function<bool(GMimeObject*)>& wanted)
{
    if (!object || depth > PgpMime::kMaxDepth)
        return {};
    if (wanted(object))
        return PgpMime::Location{object, parent, index};
    if (!GMIME_IS_MULTIPART(object))
        return {};
    GMimeMultipart* multipart = GMIME_MULTIPART(object);
    const int count = g_mime_multipart_get_count(multipart);
    for (int i = 0; i < count; ++i)
        if (auto found = find(g_mime_multipart_get_part(multipart, i), multipart, i, depth + 1, wanted))
            return found;
    return {};
}

bool findText(GMimeObject* object, const QByteArray& marker, int depth, QByteArray* bytes, QString* charset)
{
    if (!object || depth > PgpMime::kMaxDepth)
        return false;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            if (findText(g_mime_multipart_get_part(multipart, i), marker, depth + 1, bytes, charset))
                return true;
        return false;
    }
    if (!GMIME_IS_TEXT_PART(object))
        return false;
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (!type || !g_mime_content_type_is_type(type, "text", "plain"))
        return false;
    const QByteArray content = PgpMime::content(object);
    if (!content.contains(marker))
        return false;
    *bytes = content;
    const char* name = g_mime_content_type_get_parameter(type, "charset");
    *charset = name ? QString::fromLatin1(name) : QString();
    return true;
}

// The block from a BEGIN line (at the start of a line: quoted armour "> -----BEGIN" is no block) to the end
// of its END line.
template <typename Text, typename Char>
PgpMime::Block blockIn(const Text& text, const Text& beginLine, const Text& endLine, Char newline)
{
    PgpMime::Block block;
    qsizetype begin = text.indexOf(beginLine);
    while (begin > 0 && text.at(begin - 1) != newline)
        begin = text.indexOf(beginLine, begin + 1);
    if (begin < 0)
        return block;
    const qsizetype end = text.indexOf(endLine, begin + beginLine.size());
    if (end < 0)
        return block;
    qsizetype stop = text.indexOf(newline, end);
    stop = stop < 0 ? text.size() : stop + 1;
    block.start = begin;
    block.length = stop - begin;
    return block;
}

} // namespace

PgpMime::Location PgpMime::findSigned(GMimeMessage* message)
{
    return find(g_mime_message_get_mime_part(message), nullptr, -1, 0,
                [](GMimeObject* o) { return GMIME_IS_MULTIPART_SIGNED(o); });
}

PgpMime::Location PgpMime::findEncrypted(GMimeMessage* message)
{
    return find(g_mime_message_get_mime_part(message), nullptr, -1, 0,
                [](GMimeObject* o) { return GMIME_IS_MULTIPART_ENCRYPTED(o); });
}

void PgpMime::replace(GMimeMessage* message, const Location& location, GMimeObject* replacement)
{
    if (!location.parent) {
        g_mime_message_set_mime_part(message, replacement);
        return;
    }
    GObjectPtr<GMimeObject> old(g_mime_multipart_replace(location.parent, location.index, replacement));
}

QByteArray PgpMime::write(GMimeObject* part, bool crlf)
{
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
    GMimeFormatOptions* format = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(format, crlf ? GMIME_NEWLINE_FORMAT_DOS : GMIME_NEWLINE_FORMAT_UNIX);
    g_mime_object_write_to_stream(part, format, stream.get());
    g_mime_format_options_free(format);
    return streamBytes(stream.get());
}

QByteArray PgpMime::content(GMimeObject* part)
{
    if (!GMIME_IS_PART(part))
        return {};
    GMimeDataWrapper* wrapper = g_mime_part_get_content(GMIME_PART(part));
    if (!wrapper)
        return {};
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, stream.get());
    return streamBytes(stream.get());
}

GMimeObject* PgpMime::parseEntity(const QByteArray& bytes)
{
    MimeRuntime::ensureInitialised();
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), static_cast<size_t>(bytes.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    return g_mime_parser_construct_part(parser.get(), nullptr);
}

GMimeObject* PgpMime::fixForSigning(GMimeObject* entity)
{
    g_mime_object_encode(entity, GMIME_ENCODING_CONSTRAINT_7BIT);
    return parseEntity(write(entity, false));
}

GMimeObject* PgpMime::signedEntity(GMimeObject* content, const DetachedSignature& signature)
{
    GMimeMultipartSigned* multipart = g_mime_multipart_signed_new();
    GMimeObject* object = GMIME_OBJECT(multipart);
    g_mime_object_set_content_type_parameter(object, "protocol", "application/pgp-signature");
    g_mime_object_set_content_type_parameter(object, "micalg", signature.micalg.toLatin1().constData());
    g_mime_multipart_set_boundary(GMIME_MULTIPART(multipart), nullptr); // a fresh random boundary
    g_mime_multipart_add(GMIME_MULTIPART(multipart), content);

    GMimePart* part = g_mime_part_new_with_type("application", "pgp-signature");
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "name", "signature.asc");
    g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_ATTACHMENT);
    g_mime_part_set_filename(part, "signature.asc");
    g_mime_part_set_content_description(part, "OpenPGP digital signature");
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(signature.signature.constData(),
                                                                     static_cast<size_t>(signature.signature.size())));
    GObjectPtr<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_7BIT);
    g_mime_multipart_add(GMIME_MULTIPART(multipart), GMIME_OBJECT(part));
    g_object_unref(part);
    return object;
}

void PgpMime::protectHeaders(GMimeObject* payload, GMimeMessage* message, const QString& outerSubject)
{
    static constexpr const char* kProtected[] = {"From",       "To",          "Cc",         "Date",
                                                 "Message-ID", "In-Reply-To", "References", "Subject"};
    GMimeObject* outer = GMIME_OBJECT(message);
    for (const char* name : kProtected) {
        if (const char* value = g_mime_object_get_header(outer, name))
            g_mime_object_set_header(payload, name, value, "utf-8");
    }
    g_mime_object_set_content_type_parameter(payload, "hp", "cipher");
    g_mime_object_set_content_type_parameter(payload, "protected-headers", "v1");
    g_mime_message_set_subject(message, outerSubject.toUtf8().constData(), "utf-8");
    for (const char* name : kProtected) {
        if (const char* value = g_mime_object_get_header(outer, name))
            g_mime_object_append_header(payload, "HP-Outer", QByteArray(QByteArray(name) + ": " + value).constData(),
                                        "utf-8");
    }
}

bool PgpMime::isEncryptedFile(const QString& name, const QString& mimeType, const QByteArray& content)
{
    qsizetype start = 0;
    while (start < content.size() && std::isspace(static_cast<unsigned char>(content.at(start))))
        ++start;
    if (QByteArrayView(content).sliced(start).startsWith("-----BEGIN PGP MESSAGE-----"))
        return true;
    const bool namedSo = name.endsWith(QLatin1String(".pgp"), Qt::CaseInsensitive) ||
                         name.endsWith(QLatin1String(".gpg"), Qt::CaseInsensitive) ||
                         mimeType == QLatin1String("application/pgp-encrypted");
    if (!namedSo || content.isEmpty())
        return false;
    // The first packet's tag: old format 10tttt.., new format 11tttttt.
    const auto first = static_cast<unsigned char>(content.at(0));
    if ((first & 0x80) == 0)
        return false;
    const int tag = (first & 0x40) ? (first & 0x3f) : ((first >> 2) & 0x0f);
    return tag == 1 || tag == 3;
}

GMimeObject* PgpMime::encryptedEntity(const QByteArray& armoredCiphertext)
{
    GMimeMultipartEncrypted* multipart = g_mime_multipart_encrypted_new();
    GMimeObject* object = GMIME_OBJECT(multipart);
    g_mime_object_set_content_type_parameter(object, "protocol", "application/pgp-encrypted");
    g_mime_multipart_set_boundary(GMIME_MULTIPART(multipart), nullptr);

    auto leaf = [](const char* subtype, const QByteArray& bytes) {
        GMimePart* part = g_mime_part_new_with_type("application", subtype);
        GObjectPtr<GMimeStream> stream(
            g_mime_stream_mem_new_with_buffer(bytes.constData(), static_cast<size_t>(bytes.size())));
        GObjectPtr<GMimeDataWrapper> wrapper(
            g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
        g_mime_part_set_content(part, wrapper.get());
        g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_7BIT);
        return part;
    };
    GMimePart* control = leaf("pgp-encrypted", QByteArray("Version: 1\n"));
    g_mime_part_set_content_description(control, "PGP/MIME version identification");
    g_mime_multipart_add(GMIME_MULTIPART(multipart), GMIME_OBJECT(control));
    g_object_unref(control);
    GMimePart* data = leaf("octet-stream", armoredCiphertext);
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(data), "name", "encrypted.asc");
    g_mime_object_set_disposition(GMIME_OBJECT(data), GMIME_DISPOSITION_INLINE);
    g_mime_part_set_filename(data, "encrypted.asc");
    g_mime_part_set_content_description(data, "OpenPGP encrypted message");
    g_mime_multipart_add(GMIME_MULTIPART(multipart), GMIME_OBJECT(data));
    g_object_unref(data);
    return object;
}

PgpMime::Block PgpMime::findBlock(const QByteArray& text, const QByteArray& beginLine, const QByteArray& endLine)
{
    return blockIn(text, beginLine, endLine, '\n');
}

PgpMime::Block PgpMime::findBlock(const QString& text, const QString& beginLine, const QString& endLine)
{
    return blockIn(text, beginLine, endLine, QLatin1Char('\n'));
}

bool PgpMime::textPartContaining(GMimeMessage* message, const QByteArray& marker, QByteArray* bytes, QString* charset)
{
    return findText(g_mime_message_get_mime_part(message), marker, 0, bytes, charset);
}

} // namespace fb
