// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MessageVerifier.h"

#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "core/mail/MailStore.h"
#include "core/mail/MimeRuntime.h"

#include <gmime/gmime.h>

#include <memory>

namespace fb {

namespace {

struct GObjectDeleter
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectDeleter>;

QByteArray memBytes(GMimeStream* stream)
{
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
}

// The first multipart/signed in the tree, depth first (a signed message may sit inside a mixed one).
GMimeMultipartSigned* findSigned(GMimeObject* object, int depth)
{
    if (!object || depth > 20)
        return nullptr;
    if (GMIME_IS_MULTIPART_SIGNED(object))
        return GMIME_MULTIPART_SIGNED(object);
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            if (GMimeMultipartSigned* found = findSigned(g_mime_multipart_get_part(multipart, i), depth + 1))
                return found;
        }
    }
    return nullptr;
}

// The signed part as RFC 3156 says it was signed: its MIME entity, headers included, with CRLF line ends.
QByteArray canonicalContent(GMimeObject* content)
{
    GPtr<GMimeStream> memory(g_mime_stream_mem_new());
    GPtr<GMimeStream> filtered(g_mime_stream_filter_new(memory.get()));
    GPtr<GMimeFilter> crlf(g_mime_filter_unix2dos_new(FALSE));
    g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), crlf.get());
    g_mime_object_write_to_stream(content, nullptr, filtered.get());
    g_mime_stream_flush(filtered.get());
    return memBytes(memory.get());
}

QByteArray partContent(GMimeObject* object)
{
    if (!GMIME_IS_PART(object))
        return {};
    GMimeDataWrapper* wrapper = g_mime_part_get_content(GMIME_PART(object));
    if (!wrapper)
        return {};
    GPtr<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, memory.get());
    return memBytes(memory.get());
}

QByteArray clearSignedBlock(const QByteArray& raw)
{
    const QByteArray begin("-----BEGIN PGP SIGNED MESSAGE-----");
    const QByteArray end("-----END PGP SIGNATURE-----");
    const qsizetype from = raw.indexOf(begin);
    if (from < 0)
        return {};
    const qsizetype to = raw.indexOf(end, from);
    if (to < 0)
        return {};
    return raw.mid(from, to + end.size() - from) + '\n';
}

} // namespace

MessageVerifier::MessageVerifier(OpenPgp& pgp)
    : m_pgp(pgp)
{
}

Result<VerificationResult> MessageVerifier::verify(const QByteArray& raw)
{
    MimeRuntime::ensureInitialised();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message)
        return fail(ErrorCode::BadInput, tr("GMime could not read the message whose signature was to be checked."));

    if (GMimeMultipartSigned* signedPart = findSigned(g_mime_message_get_mime_part(message.get()), 0)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(signedPart);
        if (g_mime_multipart_get_count(multipart) < 2)
            return fail(ErrorCode::BadInput, tr("The signed part of the message has no signature part."));
        const QByteArray content = canonicalContent(g_mime_multipart_get_part(multipart, 0));
        const QByteArray signature = partContent(g_mime_multipart_get_part(multipart, 1));
        if (signature.isEmpty())
            return fail(ErrorCode::BadInput, tr("The signature part of the message is empty."));
        return m_pgp.verifyDetached(content, signature);
    }
    // Inline clear-signed text: checked as it stands in the message.
    const QByteArray block = clearSignedBlock(raw);
    if (!block.isEmpty())
        return m_pgp.verifyClearSigned(block);
    return VerificationResult{};
}

Result<QHash<qint64, VerificationResult>> MessageVerifier::verifyTicket(Vault& vault, const Clock& clock,
                                                                        qint64 ticketId, JobControl& job)
{
    auto messages = MailStore(vault).messagesOf(ticketId, true);
    if (!messages)
        return fail(messages.error());
    QHash<qint64, VerificationResult> results;
    QList<const StoredMessage*> signedOnes;
    for (const StoredMessage& stored : std::as_const(*messages)) {
        if (stored.message.isSigned)
            signedOnes.append(&stored);
    }
    if (signedOnes.isEmpty())
        return results;
    job.setProgress(0, signedOnes.size(), tr("Preparing the keyring"));
    auto home = KeyringStore(vault, clock).materialise();
    if (!home)
        return fail(home.error());
    OpenPgp pgp(*home);
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
