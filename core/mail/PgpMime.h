// SPDX-License-Identifier: GPL-3.0-or-later
// PgpMime: the MIME structure of OpenPGP mail (RFC 3156), built and taken apart with GMime: the canonical
// bytes of a signed part, multipart/signed and multipart/encrypted entities, the crypto parts inside a
// message, and the armored blocks of inline OpenPGP. No crypto here; MailCrypto and MailComposer call OpenPgp.
#pragma once

#include "core/crypto/DetachedSignature.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct _GMimeMessage;
struct _GMimeMultipart;
struct _GMimeObject;

namespace fb {

class PgpMime
{
    Q_DECLARE_TR_FUNCTIONS(fb::PgpMime)

public:
    static constexpr int kMaxDepth = 16; // crypto parts deeper than this are not looked for

    // Where a part sits: in a multipart (parent, index) or as the message's top part (parent null).
    struct Location
    {
        _GMimeObject* part = nullptr; // borrowed
        _GMimeMultipart* parent = nullptr;
        int index = -1;

        explicit operator bool() const { return part != nullptr; }
    };

    // The first multipart/signed (or multipart/encrypted) in the message, depth first.
    static Location findSigned(_GMimeMessage* message);
    static Location findEncrypted(_GMimeMessage* message);
    // Puts replacement where location was (takes its own reference).
    static void replace(_GMimeMessage* message, const Location& location, _GMimeObject* replacement);

    // A part as GMime writes it, with LF or (crlf) CRLF line endings. RFC 3156 signs and verifies the CRLF form.
    static QByteArray write(_GMimeObject* part, bool crlf);
    static QByteArray canonical(_GMimeObject* part) { return write(part, true); }
    // The decoded content of a leaf part (no transfer encoding); empty for multiparts.
    static QByteArray content(_GMimeObject* part);
    // Reads one MIME entity (headers and body, e.g. decrypted content); nullptr when GMime cannot. New reference.
    static _GMimeObject* parseEntity(const QByteArray& bytes);

    // Encodes entity for 7-bit transport (quoted-printable, base64) and reads it back, so that the bytes
    // written later are exactly the bytes signed. New reference.
    static _GMimeObject* fixForSigning(_GMimeObject* entity);
    // multipart/signed (protocol application/pgp-signature, micalg) of content and its signature. New reference.
    static _GMimeObject* signedEntity(_GMimeObject* content, const DetachedSignature& signature);
    // Header protection for a message about to be encrypted (RFC 9788, "hp=cipher", and the older
    // protected-headers="v1" that Thunderbird reads): copies the message's From, To, Cc, Date, Message-ID,
    // In-Reply-To, References and Subject onto payload, the part to be encrypted (and signed first, so the
    // signature covers them too), then sets the outer Subject to outerSubject and records every outer value
    // as an HP-Outer field inside. Bcc is never copied.
    static void protectHeaders(_GMimeObject* payload, _GMimeMessage* message, const QString& outerSubject);
    // multipart/encrypted (protocol application/pgp-encrypted) holding armored ciphertext. New reference.
    static _GMimeObject* encryptedEntity(const QByteArray& armoredCiphertext);

    // An attached file that is an OpenPGP message to decrypt: armored ("-----BEGIN PGP MESSAGE-----" first), or
    // binary starting with a public- or symmetric-key encrypted session key packet (RFC 4880 5.1, 5.3) and
    // named *.pgp / *.gpg or typed application/pgp-encrypted.
    static bool isEncryptedFile(const QString& name, const QString& mimeType, const QByteArray& content);

    // An armored inline OpenPGP block in text: from the BEGIN line to the end of its END line.
    struct Block
    {
        qsizetype start = -1;
        qsizetype length = 0;
        bool found() const { return start >= 0; }
    };
    static Block findBlock(const QByteArray& text, const QByteArray& beginLine, const QByteArray& endLine);
    static Block findBlock(const QString& text, const QString& beginLine, const QString& endLine);
    // The transfer-decoded bytes and charset of the first text/plain leaf whose content contains marker.
    static bool textPartContaining(_GMimeMessage* message, const QByteArray& marker, QByteArray* bytes,
                                   QString* charset);
};

} // namespace fb
