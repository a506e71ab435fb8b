// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the OpenPGP mail tests: a peer team and our team with keys generated during the test, the
// workspace keyring holding the peer's key, and PGP/MIME and inline messages made with the stock gpg.
#pragma once

#include "core/crypto/KeyringStore.h"
#include "core/mail/MailCrypto.h"
#include "core/mail/MailImporter.h"
#include "core/mail/MailKeys.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/mail/MailTestSupport.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace fb::test {

inline const QString kPeerUid = QStringLiteral("Peer CERT <cert@peer.example>");
inline const QString kTeamUid = QStringLiteral("Our Team <cert@team.example.org>");

// LF to CRLF, for the canonical form RFC 3156 signs.
inline QByteArray crlf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace("\n", "\r\n");
    return text;
}

inline QByteArray mailHeader(const QByteArray& messageId, const QByteArray& subject)
{
    return "From: Peer CERT <cert@peer.example>\nTo: cert@team.example.org\n"
           "Date: Mon, 02 Mar 2026 10:00:00 +0100\nMessage-ID: <" +
           messageId + ">\nSubject: " + subject + "\nMIME-Version: 1.0\n";
}

// A PGP/MIME multipart/signed entity (RFC 3156) whose signature the stock gpg made in home with key. The
// content part is given with LF line endings, the signature is over its CRLF form.
inline QByteArray pgpMimeSignedEntity(const GnupgHome& home, const QString& key, const QByteArray& content,
                                      const QStringList& extraGpg = {})
{
    QStringList args = extraGpg;
    args << QStringLiteral("--armor") << QStringLiteral("--digest-algo") << QStringLiteral("SHA256")
         << QStringLiteral("--local-user") << key << QStringLiteral("--detach-sign");
    const GpgRun sign = gpg(home, args, crlf(content));
    INFO(sign.err.toStdString());
    REQUIRE(sign.exitCode == 0);
    return "Content-Type: multipart/signed; micalg=pgp-sha256;\n protocol=\"application/pgp-signature\"; "
           "boundary=\"sig-b1\"\n\nThis is an OpenPGP/MIME signed message (RFC 4880 and 3156)\n--sig-b1\n" +
           content +
           "\n--sig-b1\nContent-Type: application/pgp-signature; name=\"signature.asc\"\n"
           "Content-Disposition: attachment; filename=\"signature.asc\"\n\n" +
           sign.out + "\n--sig-b1--\n";
}

// The same as a whole message.
inline QByteArray pgpMimeSigned(const GnupgHome& home, const QString& key, const QByteArray& messageId,
                                const QByteArray& content, const QStringList& extraGpg = {})
{
    return mailHeader(messageId, "Signed report") + pgpMimeSignedEntity(home, key, content, extraGpg);
}

// A PGP/MIME multipart/encrypted message of entity, encrypted (and with signer, signed) by the stock gpg.
inline QByteArray pgpMimeEncrypted(const GnupgHome& home, const QString& recipient, const QByteArray& messageId,
                                   const QByteArray& entity, const QString& signer = {})
{
    QStringList args{QStringLiteral("--armor"), QStringLiteral("--trust-model"), QStringLiteral("always"),
                     QStringLiteral("--recipient"), recipient};
    if (!signer.isEmpty())
        args << QStringLiteral("--local-user") << signer << QStringLiteral("--sign");
    args << QStringLiteral("--encrypt");
    const GpgRun run = gpg(home, args, crlf(entity));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return mailHeader(messageId, "Encrypted report") +
           "Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=\"enc-b1\"\n\n"
           "--enc-b1\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n\n--enc-b1\n"
           "Content-Type: application/octet-stream; name=\"encrypted.asc\"\n\n" +
           run.out + "\n--enc-b1--\n";
}

// A text/plain message whose body is what the stock gpg printed (clear-signed or encrypted text).
inline QByteArray inlineMessage(const QByteArray& messageId, const QByteArray& body)
{
    return mailHeader(messageId, "Inline report") + "Content-Type: text/plain; charset=utf-8\n\n" + body;
}

inline QByteArray publicKey(const GnupgHome& home, const QString& fingerprint)
{
    const GpgRun run = gpg(home, {QStringLiteral("--armor"), QStringLiteral("--export"), fingerprint});
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.out.contains("BEGIN PGP PUBLIC KEY BLOCK"));
    return run.out;
}

// The peer (sender of incoming mail) and our team, each with a signing and an encryption key; the workspace
// keyring holds the peer's public key; our secret key is in teamHome (in real use: the user's own home).
struct PgpPeers
{
    MailWorkspace ws;
    GnupgHome peerHome = makeHome();
    GnupgHome teamHome = makeHome();
    QString peerKey = generateKey(peerHome, kPeerUid, QStringLiteral("future-default"), QStringLiteral("default"));
    QString teamKey = generateKey(teamHome, kTeamUid, QStringLiteral("future-default"), QStringLiteral("default"));

    PgpPeers()
    {
        // The peer knows our public key (to encrypt to us); the workspace keyring trusts the peer's.
        const GpgRun imported = gpg(peerHome, {QStringLiteral("--import")}, publicKey(teamHome, teamKey));
        REQUIRE(imported.exitCode == 0);
        KeyringStore keyring(*ws.vault, ws.clock);
        REQUIRE(keyring.addKeys(publicKey(peerHome, peerKey), QStringLiteral("test")));
    }

    // The workspace keyring and our team's home, as the importer and the composer use them. Moves teamHome.
    std::unique_ptr<MailKeys> keys()
    {
        KeyringStore keyring(*ws.vault, ws.clock);
        auto home = keyring.materialise();
        REQUIRE(home);
        return std::make_unique<MailKeys>(std::move(*home), std::move(teamHome), PassphraseCallback{});
    }

    // Imports one message with verification and decryption (MailCrypto on keys), as `mail import` does.
    ImportCase importDecrypting(MailKeys& keys, const QByteArray& raw)
    {
        MailCrypto crypto(keys);
        MailImporter importer(ws.change());
        importer.setCrypto(&crypto);
        auto imported = importer.importBytes(raw, QStringLiteral("test"));
        INFO((imported ? QString() : imported.error().toString()).toStdString());
        REQUIRE(imported);
        return *imported;
    }
};

} // namespace fb::test
