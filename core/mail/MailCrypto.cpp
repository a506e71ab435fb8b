// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailCrypto.h"

#include "core/crypto/OpenPgp.h"
#include "core/crypto/VerificationResult.h"
#include "core/mail/GObjectPtr.h"
#include "core/mail/MailKeys.h"
#include "core/mail/MessageParser.h"
#include "core/mail/MimeRuntime.h"
#include "core/mail/PgpMime.h"

#include <QCryptographicHash>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStringDecoder>

#include <gmime/gmime.h>

namespace fb {

namespace {

const QByteArray kSignedBegin = QByteArrayLiteral("-----BEGIN PGP SIGNED MESSAGE-----");
const QByteArray kSignatureEnd = QByteArrayLiteral("-----END PGP SIGNATURE-----");
const QByteArray kMessageBegin = QByteArrayLiteral("-----BEGIN PGP MESSAGE-----");
const QByteArray kMessageEnd = QByteArrayLiteral("-----END PGP MESSAGE-----");

// Text in its declared charset; undeclared or unknown: UTF-8 when it is valid, else Latin-1.
QString decodeText(const QByteArray& bytes, const QString& charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid()) {
            QString text = decoder(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

QString lines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

// Puts replacement where the armored block begin..end sits in the body; false when the body has no such block.
bool replaceBlock(QString& body, const QByteArray& begin, const QByteArray& end, const QString& replacement,
                  bool* textOutside)
{
    const PgpMime::Block block = PgpMime::findBlock(body, QString::fromLatin1(begin), QString::fromLatin1(end));
    if (!block.found())
        return false;
    if (textOutside)
        *textOutside =
            !body.left(block.start).trimmed().isEmpty() || !body.mid(block.start + block.length).trimmed().isEmpty();
    body.replace(block.start, block.length, replacement);
    return true;
}

} // namespace

MailCrypto::MailCrypto(OpenPgp& keyring, OpenPgp* secret)
    : m_keyring(&keyring)
    , m_secret(secret)
{
}

MailCrypto::MailCrypto(MailKeys& keys)
    : MailCrypto(keys.keyring(), &keys.secret())
{
}

MailCrypto::MailCrypto(KeysMaker makeKeys)
    : m_makeKeys(std::move(makeKeys))
{
}

MailCrypto::~MailCrypto() = default;

bool MailCrypto::needsOpenPgp(const ParsedMessage& message)
{
    if (message.isSigned || message.isEncrypted)
        return true;
    for (const MailAttachment& attachment : message.attachments) {
        if (PgpMime::isEncryptedFile(attachment.name, attachment.mimeType, attachment.content))
            return true;
    }
    return false;
}

bool MailCrypto::ensureKeys(ParsedMessage& message)
{
    if (m_keyring)
        return true;
    if (!m_keysProblem) {
        auto made = m_makeKeys ? m_makeKeys() : Result<std::unique_ptr<MailKeys>>(fail(ErrorCode::Internal, QString()));
        if (made && *made) {
            m_madeKeys = std::move(*made);
            m_keyring = &m_madeKeys->keyring();
            m_secret = &m_madeKeys->secret();
            return true;
        }
        m_keysProblem = made ? QString() : made.error().toString();
    }
    message.warnings.append(MailWarning(MailWarningCode::KeysNotPrepared, {*m_keysProblem}));
    return false;
}

QString MailCrypto::statusKey(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::ValidTrusted:
        return QStringLiteral("good");
    case SignatureStatus::ValidUntrusted:
        return QStringLiteral("good-untrusted");
    case SignatureStatus::KeyMissing:
        return QStringLiteral("no-public-key");
    case SignatureStatus::KeyExpired:
        return QStringLiteral("expired-key");
    case SignatureStatus::SignatureExpired:
        return QStringLiteral("expired-signature");
    case SignatureStatus::KeyRevoked:
        return QStringLiteral("revoked-key");
    case SignatureStatus::Bad:
        return QStringLiteral("bad");
    case SignatureStatus::Error:
        return QStringLiteral("error");
    case SignatureStatus::NotSigned:
        break;
    }
    return QStringLiteral("not-signed");
}

std::optional<SignatureStatus> MailCrypto::statusFromKey(const QString& key)
{
    for (SignatureStatus status :
         {SignatureStatus::ValidTrusted, SignatureStatus::ValidUntrusted, SignatureStatus::KeyMissing,
          SignatureStatus::KeyExpired, SignatureStatus::SignatureExpired, SignatureStatus::KeyRevoked,
          SignatureStatus::Bad, SignatureStatus::Error, SignatureStatus::NotSigned}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

bool MailCrypto::process(ParsedMessage& message)
{
    if (!needsOpenPgp(message) || !ensureKeys(message))
        return false;
    const bool opaque = message.isSigned || message.isEncrypted;
    if (opaque) {
        MimeRuntime::ensureInitialised();
        GObjectPtr<GMimeStream> stream(
            g_mime_stream_mem_new_with_buffer(message.raw.constData(), static_cast<size_t>(message.raw.size())));
        GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
        GObjectPtr<GMimeMessage> mime(g_mime_parser_construct_message(parser.get(), nullptr));
        if (mime) {
            if (message.isEncrypted) {
                decryptMime(message, mime.get());
                decryptInline(message, mime.get());
            }
            verifyMime(message, mime.get());
            verifyInline(message, mime.get());
        }
    }
    const bool attachments = decryptAttachments(message);
    return opaque || attachments;
}

bool MailCrypto::decryptAttachments(ParsedMessage& message)
{
    // A message whose own encryption could not be undone holds its ciphertext as an attachment: not again.
    if (!m_secret || hasWarning(message.warnings, MailWarningCode::NotDecrypted))
        return false;
    bool decryptedOne = false;
    const qsizetype received = message.attachments.size();
    for (qsizetype i = 0; i < received; ++i) {
        const MailAttachment encrypted = message.attachments.at(i);
        if (!PgpMime::isEncryptedFile(encrypted.name, encrypted.mimeType, encrypted.content))
            continue;
        const QString shown = encrypted.name.isEmpty() ? tr("(no name)") : encrypted.name;
        auto decrypted = m_secret->decrypt(encrypted.content);
        if (!decrypted) {
            message.warnings.append(
                MailWarning(MailWarningCode::AttachmentNotDecrypted, {shown, decrypted.error().toString()}));
            continue;
        }
        // A small attachment can decompress to gigabytes; what a message may hold bounds what is kept.
        if (decrypted->plaintext.size() > MessageParser::kMaxMessageBytes) {
            message.warnings.append(MailWarning(MailWarningCode::AttachmentTooLarge,
                                                {shown, QString::number(decrypted->plaintext.size() / (1024 * 1024))}));
            continue;
        }
        MailAttachment plain;
        static const QRegularExpression extension(QStringLiteral("\\.(pgp|gpg|asc)$"),
                                                  QRegularExpression::CaseInsensitiveOption);
        plain.name = encrypted.name;
        plain.name.remove(extension);
        if (plain.name == encrypted.name || plain.name.isEmpty())
            plain.name = tr("%1 (decrypted)").arg(shown);
        plain.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(plain.name, decrypted->plaintext).name();
        plain.content = decrypted->plaintext;
        plain.sha256 = QCryptographicHash::hash(plain.content, QCryptographicHash::Sha256);
        message.attachments.append(std::move(plain));
        if (decrypted->wasSigned)
            message.warnings.append(MailWarning(MailWarningCode::AttachmentSignatureUnchecked, {shown}));
        decryptedOne = true;
    }
    return decryptedOne;
}

void MailCrypto::decryptMime(ParsedMessage& message, GMimeMessage* mime)
{
    const PgpMime::Location location = PgpMime::findEncrypted(mime);
    if (!location || !m_secret)
        return;
    GMimeMultipart* multipart = GMIME_MULTIPART(location.part);
    if (g_mime_multipart_get_count(multipart) < 2) {
        message.warnings.append(MailWarning(MailWarningCode::NoEncryptedPart));
        return;
    }
    const QByteArray ciphertext = PgpMime::content(g_mime_multipart_get_part(multipart, 1));
    auto decrypted = m_secret->decrypt(ciphertext);
    if (!decrypted) {
        message.warnings.append(MailWarning(MailWarningCode::MessageNotDecrypted, {decrypted.error().toString()}));
        return;
    }
    GObjectPtr<GMimeObject> entity(PgpMime::parseEntity(decrypted->plaintext));
    if (!entity) {
        message.warnings.append(MailWarning(MailWarningCode::DecryptedNotMime));
        return;
    }
    PgpMime::replace(mime, location, entity.get());
    QList<MailWarning> warnings = message.warnings;
    warnings.removeIf([](const MailWarning& w) { return w.code() == MailWarningCode::NotDecrypted; });
    MessageParser::Outcome reread = MessageParser::fromGMime(mime, message.raw, warnings);
    message = std::move(reread.message); // raw and its hash stay the bytes as received
    if (!location.parent)                // RFC 9788: only when the encryption covers the whole message
        MessageParser::applyProtectedHeaders(entity.get(), message);
    message.isEncrypted = true;
    if (decrypted->wasSigned)
        verifyCombined(message, ciphertext, decrypted->verification);
}

void MailCrypto::decryptInline(ParsedMessage& message, GMimeMessage* mime)
{
    if (!m_secret || !message.body.contains(QLatin1String(kMessageBegin)))
        return;
    QByteArray text;
    QString charset;
    if (!PgpMime::textPartContaining(mime, kMessageBegin, &text, &charset))
        return;
    const PgpMime::Block block = PgpMime::findBlock(text, kMessageBegin, kMessageEnd);
    if (!block.found()) {
        message.warnings.append(MailWarning(MailWarningCode::InlineBlockIncomplete));
        return;
    }
    const QByteArray ciphertext = text.mid(block.start, block.length);
    auto decrypted = m_secret->decrypt(ciphertext);
    if (!decrypted) {
        message.warnings.append(MailWarning(MailWarningCode::InlineNotDecryptable, {decrypted.error().toString()}));
        return;
    }
    const QString plaintext = lines(decodeText(decrypted->plaintext, {}));
    if (!replaceBlock(message.body, kMessageBegin, kMessageEnd, plaintext, nullptr))
        return;
    message.warnings.removeIf([](const MailWarning& w) { return w.code() == MailWarningCode::InlineNotDecrypted; });
    message.isEncrypted = true;
    if (decrypted->wasSigned)
        verifyCombined(message, ciphertext, decrypted->verification);
    else if (decrypted->plaintext.contains(kSignedBegin))
        verifyClearSigned(message, decrypted->plaintext, QStringLiteral("utf-8"));
}

void MailCrypto::verifyMime(ParsedMessage& message, GMimeMessage* mime)
{
    const PgpMime::Location location = PgpMime::findSigned(mime);
    if (!location)
        return;
    GMimeMultipart* multipart = GMIME_MULTIPART(location.part);
    message.isSigned = true;
    if (g_mime_multipart_get_count(multipart) < 2) {
        message.signatureStatus = statusKey(SignatureStatus::Error);
        message.warnings.append(MailWarning(MailWarningCode::NoSignaturePart));
        return;
    }
    // RFC 3156: the signature covers the first part exactly as sent, with CRLF line endings.
    const QByteArray signedBytes = PgpMime::canonical(g_mime_multipart_get_part(multipart, 0));
    const QByteArray signature = PgpMime::content(g_mime_multipart_get_part(multipart, 1));
    auto result = m_keyring->verifyDetached(signedBytes, signature);
    if (!result) {
        message.signatureStatus = statusKey(SignatureStatus::Error);
        message.warnings.append(MailWarning(MailWarningCode::SignatureNotChecked, {result.error().toString()}));
        return;
    }
    record(message, *result);
    if (location.parent)
        message.warnings.append(MailWarning(MailWarningCode::PartlySigned));
}

void MailCrypto::verifyInline(ParsedMessage& message, GMimeMessage* mime)
{
    if (!message.body.contains(QLatin1String(kSignedBegin)))
        return;
    QByteArray text;
    QString charset;
    if (PgpMime::textPartContaining(mime, kSignedBegin, &text, &charset))
        verifyClearSigned(message, text, charset);
}

void MailCrypto::verifyClearSigned(ParsedMessage& message, const QByteArray& text, const QString& charset)
{
    const PgpMime::Block block = PgpMime::findBlock(text, kSignedBegin, kSignatureEnd);
    if (!block.found()) {
        // Only quoted or broken armour: nothing to check. The parser's guess "not-verified" becomes "not-signed",
        // with a warning; a PGP/MIME result already recorded stays.
        if (message.signatureStatus == QLatin1String("not-verified")) {
            message.isSigned = false;
            message.signatureStatus = statusKey(SignatureStatus::NotSigned);
            message.warnings.append(MailWarning(MailWarningCode::InlineSignatureIncomplete));
        }
        return;
    }
    message.isSigned = true;
    auto result = m_keyring->verifyClearSigned(text.mid(block.start, block.length));
    if (!result) {
        message.signatureStatus = statusKey(SignatureStatus::Error);
        message.warnings.append(MailWarning(MailWarningCode::SignatureNotChecked, {result.error().toString()}));
        return;
    }
    record(message, *result);
    if (result->signedData.isEmpty())
        return;
    bool textOutside = false;
    if (replaceBlock(message.body, kSignedBegin, kSignatureEnd, lines(decodeText(result->signedData, charset)),
                     &textOutside) &&
        textOutside)
        message.warnings.append(MailWarning(MailWarningCode::TextOutsideSignedBlock));
}

void MailCrypto::verifyCombined(ParsedMessage& message, const QByteArray& ciphertext,
                                const VerificationResult& fallback)
{
    if (m_secret) {
        if (auto unwrapped = m_secret->decryptKeepingSignature(ciphertext)) {
            if (auto result = m_keyring->verifyOpaque(*unwrapped)) {
                record(message, *result);
                return;
            }
        }
    }
    message.warnings.append(MailWarning(MailWarningCode::CheckedInDecryptingHome));
    record(message, fallback);
}

void MailCrypto::record(ParsedMessage& message, const VerificationResult& result)
{
    message.isSigned = result.status != SignatureStatus::NotSigned;
    message.signatureStatus = statusKey(result.status);
    message.signerFingerprint = result.fingerprint;
    switch (result.status) {
    case SignatureStatus::ValidTrusted:
    case SignatureStatus::ValidUntrusted:
    case SignatureStatus::NotSigned:
        break;
    default:
        message.warnings.append(MailWarning(MailWarningCode::SignatureProblem, {sentence(result)}));
    }
}

} // namespace fb
