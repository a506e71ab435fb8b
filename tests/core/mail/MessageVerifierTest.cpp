// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MessageVerifier.h"

#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "core/mail/MailImporter.h"
#include "core/mail/MailStore.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/mail/MailTestSupport.h"
#include "tests/core/mail/PgpMailTestSupport.h"

using namespace fb;
using namespace fb::test;

TEST_CASE("PGP/MIME signatures of messages are checked with GnuPG", "[mail][verify]")
{
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, QStringLiteral("Reporter <reporter@isp.example.net>"));
    OpenPgp pgp(home);
    MessageVerifier verifier(pgp);
    const QByteArray message =
        signedMessage(pgp, fpr, "signed-1@isp.example.net", "Signed report", "Scanning from 192.0.2.7.\n");

    SECTION("a good signature names its signer")
    {
        auto result = verifier.verify(message);
        REQUIRE(result);
        CHECK(result->status == SignatureStatus::ValidTrusted);
        CHECK(result->fingerprint.endsWith(fpr.right(16)));
        CHECK(result->signerUserId.contains(QStringLiteral("reporter@isp.example.net")));
    }
    SECTION("a changed text is a bad signature")
    {
        QByteArray tampered = message;
        tampered.replace("192.0.2.7", "192.0.2.8");
        auto result = verifier.verify(tampered);
        REQUIRE(result);
        CHECK(result->status == SignatureStatus::Bad);
    }
    SECTION("a plain message is not signed")
    {
        auto result = verifier.verify(plainMessage("plain@x", "Plain", "No signature."));
        REQUIRE(result);
        CHECK(result->status == SignatureStatus::NotSigned);
    }
    SECTION("an inline clear-signed text is checked too")
    {
        auto clear = pgp.clearSign("Inline signed text.\n", fpr);
        REQUIRE(clear);
        auto result = verifier.verify(plainMessage("inline@x", "Inline", *clear));
        REQUIRE(result);
        CHECK(result->status == SignatureStatus::ValidTrusted);
    }
    home.shutDown();
}

TEST_CASE("A ticket's signed messages are checked against the workspace keyring", "[mail][verify]")
{
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, QStringLiteral("Reporter <reporter@isp.example.net>"));
    OpenPgp pgp(home);
    MailWorkspace w;
    MailImporter importer(ChangeContext{*w.vault, w.clock, QStringLiteral("alice")});
    auto signedCase = importer.importBytes(
        signedMessage(pgp, fpr, "signed-2@isp.example.net", "Signed report", "Port scan.\n"), QStringLiteral("t"));
    REQUIRE(signedCase);
    REQUIRE(signedCase->outcome == ImportOutcome::Imported);
    const qint64 ticket = signedCase->ticketId;
    DirectJobControl job;

    SECTION("without the signer's key in the keyring the key is missing")
    {
        auto results = MessageVerifier::verifyTicket(*w.vault, w.clock, ticket, job);
        REQUIRE(results);
        REQUIRE(results->size() == 1);
        CHECK(results->begin()->status == SignatureStatus::KeyMissing);
    }
    SECTION("a signed message that only quotes an encrypted block is still checked again")
    {
        // The parser marks the message encrypted (an armored block in its text); the signature is outside it.
        auto quoting = importer.importBytes(signedMessage(pgp, fpr, "quote@isp.example.net", "Signed quote",
                                                          "You sent:\n-----BEGIN PGP MESSAGE-----\nhQEMAx\n"
                                                          "-----END PGP MESSAGE-----\n"),
                                            QStringLiteral("t"));
        REQUIRE(quoting);
        auto stored = MailStore(*w.vault).messagesOf(quoting->ticketId, false);
        REQUIRE(stored);
        REQUIRE(stored->size() == 1);
        REQUIRE(stored->first().message.isEncrypted); // what this case is about
        auto armored = pgp.exportPublicKey(fpr);
        REQUIRE(armored);
        REQUIRE(KeyringStore(*w.vault, w.clock).addKeys(*armored, QStringLiteral("test")));
        auto results = MessageVerifier::verifyTicket(*w.vault, w.clock, quoting->ticketId, job);
        REQUIRE(results);
        REQUIRE(results->size() == 1);
        CHECK(results->begin()->status == SignatureStatus::ValidTrusted);
    }
    SECTION("with the key stored in the workspace the signature is valid")
    {
        auto armored = pgp.exportPublicKey(fpr);
        REQUIRE(armored);
        REQUIRE(KeyringStore(*w.vault, w.clock).addKeys(*armored, QStringLiteral("test")));
        auto results = MessageVerifier::verifyTicket(*w.vault, w.clock, ticket, job);
        REQUIRE(results);
        REQUIRE(results->size() == 1);
        CHECK(results->begin()->status == SignatureStatus::ValidTrusted);
    }
    home.shutDown();
}

TEST_CASE("A signed and encrypted message keeps the signature result of its import", "[mail][verify][pgp]")
{
    PgpPeers peers;
    const QByteArray entity = "Content-Type: text/plain; charset=utf-8\n\nConfidential: 203.0.113.9.\n";
    const QByteArray raw =
        pgpMimeEncrypted(peers.peerHome, peers.teamKey, "encsig@peer.example", entity, peers.peerKey);
    auto keys = peers.keys();
    const qint64 ticket = peers.importDecrypting(*keys, raw).ticketId;
    // The raw message shows no signature (it is inside the encryption): the stored result is what counts.
    DirectJobControl job;
    auto results = MessageVerifier::verifyTicket(*peers.ws.vault, peers.ws.clock, ticket, job);
    REQUIRE(results);
    REQUIRE(results->size() == 1);
    CHECK(results->begin()->status == SignatureStatus::ValidTrusted);
    CHECK(results->begin()->fingerprint == peers.peerKey);
    CHECK(results->begin()->detail.contains(QStringLiteral("import")));
}
