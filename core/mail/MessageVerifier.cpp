// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MessageVerifier.h"

#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "core/mail/GObjectPtr.h"
#include "core/mail/MailCrypto.h"
#include "core/mail/MailStore.h"
#include "core/mail/MimeRuntime.h"
#include "core/mail/PgpMime.h"

#include <gmime/gmime.h>

namespace fb {

namespace {

// A multipart/signed part or a clear-signed block readable in the raw message: checkable without decrypting
// (a message flagged encrypted may only quote an encrypted block, or be signed around an encrypted part).
GObjectPtr<GMimeMessage> parseMessage(const QByteArray& raw)
{
    MimeRuntime::ensureInitialised();
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    return GObjectPtr<GMimeMessage>(g_mime_parser_construct_message(parser.get(), nullptr));
}

bool hasSignatureOutsideEncryption(const QByteArray& raw)
{
    const GObjectPtr<GMimeMessage> message = parseMessage(raw);
    if (!message)
        return false;
    if (PgpMime::findSigned(message.get()))
        return true;
    QByteArray text;
    QString charset;
    return PgpMime::textPartContaining(message.get(), "-----BEGIN PGP SIGNED MESSAGE-----", &text, &charset);
}

} // namespace

MessageVerifier::MessageVerifier(OpenPgp& pgp)
    : m_pgp(pgp)
{
}

Result<VerificationResult> MessageVerifier::verify(const QByteArray& raw)
{
    // The same parts the import checked (MailCrypto), through the same PgpMime helpers.
    const GObjectPtr<GMimeMessage> message = parseMessage(raw);
    if (!message)
        return fail(ErrorCode::BadInput, tr("GMime could not read the message whose signature was to be checked."));

    if (const PgpMime::Location location = PgpMime::findSigned(message.get())) {
        GMimeMultipart* multipart = GMIME_MULTIPART(location.part);
        if (g_mime_multipart_get_count(multipart) < 2)
            return fail(ErrorCode::BadInput, tr("The signed part of the message has no signature part."));
        const QByteArray signature = PgpMime::content(g_mime_multipart_get_part(multipart, 1));
        if (signature.isEmpty())
            return fail(ErrorCode::BadInput, tr("The signature part of the message is empty."));
        return m_pgp.verifyDetached(PgpMime::canonical(g_mime_multipart_get_part(multipart, 0)), signature);
    }
    // Inline clear-signed text: the block as it stands in its (transfer-decoded) text part.
    const QByteArray begin("-----BEGIN PGP SIGNED MESSAGE-----");
    QByteArray text;
    QString charset;
    if (PgpMime::textPartContaining(message.get(), begin, &text, &charset)) {
        const PgpMime::Block block = PgpMime::findBlock(text, begin, QByteArray("-----END PGP SIGNATURE-----"));
        if (block.found())
            return m_pgp.verifyClearSigned(text.mid(block.start, block.length));
    }
    return VerificationResult{};
}

Result<QHash<qint64, VerificationResult>> MessageVerifier::verifyTicket(Vault& vault, const Clock& clock,
                                                                        qint64 ticketId, JobControl& job)
{
    FB_TRY_ASSIGN(auto messages, MailStore(vault).messagesOf(ticketId, true));
    return verifyMessages(vault, clock, messages, job);
}

Result<QHash<qint64, VerificationResult>>
MessageVerifier::verifyMessages(Vault& vault, const Clock& clock, const QList<StoredMessage>& messages, JobControl& job)
{
    QHash<qint64, VerificationResult> results;
    QList<const StoredMessage*> signedOnes;
    for (const StoredMessage& stored : messages) {
        if (!stored.message.isSigned)
            continue;
        if (stored.message.isEncrypted && !hasSignatureOutsideEncryption(stored.message.raw)) {
            // The signature is inside the encryption: checking it again would mean decrypting (and a passphrase).
            // What the import found stands, and says so.
            VerificationResult atImport;
            atImport.status =
                MailCrypto::statusFromKey(stored.message.signatureStatus).value_or(SignatureStatus::Error);
            atImport.fingerprint = stored.message.signerFingerprint;
            atImport.detail = tr("Checked when the message was decrypted at import; the workspace keeps it "
                                 "encrypted as received.");
            results.insert(stored.id, atImport);
            continue;
        }
        signedOnes.append(&stored);
    }
    if (signedOnes.isEmpty())
        return results;
    job.setProgress(0, signedOnes.size(), tr("Preparing the keyring"));
    FB_TRY_ASSIGN(auto home, KeyringStore(vault, clock).materialise());
    OpenPgp pgp(home);
    MessageVerifier verifier(pgp);
    for (qsizetype i = 0; i < signedOnes.size(); ++i) {
        if (job.isCancelled())
            break;
        job.setProgress(i, signedOnes.size(), tr("Checking signatures"));
        auto result = verifier.verify(signedOnes[i]->message.raw);
        if (!result) {
            VerificationResult failed;
            failed.status = SignatureStatus::Error;
            failed.detail = result.error().message;
            results.insert(signedOnes[i]->id, failed);
            continue;
        }
        results.insert(signedOnes[i]->id, *result);
    }
    job.setProgress(signedOnes.size(), signedOnes.size());
    return results;
}

} // namespace fb
