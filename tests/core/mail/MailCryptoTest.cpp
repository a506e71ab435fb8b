// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailCrypto.h"

#include "core/mail/MailImporter.h"
#include "core/mail/MailStore.h"
#include "core/mail/MessageParser.h"
#include "core/mail/PgpMime.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"
#include "tests/core/mail/PgpMailTestSupport.h"

#include <QDir>

#include <tuple>

#include <unistd.h>

using namespace fb;
using namespace fb::test;

namespace {

const QByteArray kSignedContent = "Content-Type: text/plain; charset=utf-8\n"
                                  "Content-Transfer-Encoding: quoted-printable\n\n"
                                  "Scanning from 198.51.100.7 since 09:00 =E2=80=93 please check.\n";

const QByteArray kEntity = "Content-Type: multipart/mixed; boundary=\"inner\"\n\n"
                           "--inner\nContent-Type: text/plain; charset=utf-8\n\n"
                           "Confidential: 203.0.113.9 is compromised.\n"
                           "--inner\nContent-Type: text/plain; name=\"log.txt\"\n"
                           "Content-Disposition: attachment; filename=\"log.txt\"\n"
                           "Content-Transfer-Encoding: base64\n\n"
                           "bG9nIGxpbmUgMQpsb2cgbGluZSAyCg==\n"
                           "--inner--\n";

ParsedMessage parsed(const QByteArray& raw)
{
    MessageParser::Outcome outcome = MessageParser::parse(raw);
    REQUIRE(outcome.quarantineReason.isEmpty());
    return outcome.message;
}

ParsedMessage processed(MailKeys& keys, const QByteArray& raw)
{
    ParsedMessage message = parsed(raw);
    MailCrypto(keys).process(message);
    CHECK(message.raw == raw); // kept as received
    return message;
}

} // namespace

TEST_CASE("PGP/MIME signed mail gets the signature status of the workspace keyring", "[mail][pgp]")
{
    PgpPeers peers;
    const QByteArray good = pgpMimeSigned(peers.peerHome, peers.peerKey, "good@peer.example", kSignedContent);

    SECTION("without the crypto stage the parser only notes a signature")
    {
        const ParsedMessage message = parsed(good);
        CHECK(message.isSigned);
        CHECK(message.signatureStatus == QLatin1String("not-verified"));
    }
    SECTION("good")
    {
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, good);
        CHECK(message.isSigned);
        CHECK_FALSE(message.isEncrypted);
        CHECK(message.signatureStatus == QLatin1String("good"));
        CHECK(message.signerFingerprint == peers.peerKey);
        CHECK(message.body == QStringLiteral("Scanning from 198.51.100.7 since 09:00 – please check.\n"));
        CHECK(message.warnings.isEmpty());
    }
    SECTION("a signed part inside a mailing list's multipart/mixed: good but only partly covered")
    {
        const QByteArray raw = mailHeader("list@peer.example", "[list] Signed report") +
                               "Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\n" +
                               pgpMimeSignedEntity(peers.peerHome, peers.peerKey, kSignedContent) +
                               "\n--outer\nContent-Type: text/plain\n\n-- \nThe list footer, added later.\n--outer--\n";
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, raw);
        CHECK(message.signatureStatus == QLatin1String("good"));
        CHECK(message.body.contains(QLatin1String("The list footer")));
        CHECK(hasWarning(message.warnings, MailWarningCode::PartlySigned));
    }
    SECTION("bad: one changed character in the signed part")
    {
        QByteArray tampered = good;
        tampered.replace("198.51.100.7", "198.51.100.8");
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, tampered);
        CHECK(message.signatureStatus == QLatin1String("bad"));
        CHECK_FALSE(message.warnings.isEmpty());
    }
    SECTION("no public key: signed by a key the workspace does not hold")
    {
        const QString stranger = generateKey(peers.peerHome, QStringLiteral("Stranger <x@stranger.example>"));
        const QByteArray raw = pgpMimeSigned(peers.peerHome, stranger, "stranger@peer.example", kSignedContent);
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, raw);
        CHECK(message.signatureStatus == QLatin1String("no-public-key"));
        CHECK(stranger.endsWith(message.signerFingerprint)); // GnuPG names the key by its id only
    }
    SECTION("expired key: signed in 2020 with a key that expired a day later")
    {
        const QStringList past{QStringLiteral("--faked-system-time"), QStringLiteral("20200101T000000!")};
        const QString old =
            generateKey(peers.peerHome, QStringLiteral("Old <old@peer.example>"), QStringLiteral("ed25519"),
                        QStringLiteral("sign"), QStringLiteral("1d"), {}, past);
        const QByteArray raw =
            pgpMimeSigned(peers.peerHome, old, "old@peer.example", kSignedContent,
                          {QStringLiteral("--faked-system-time"), QStringLiteral("20200101T010000!")});
        REQUIRE(KeyringStore(*peers.ws.vault, peers.ws.clock)
                    .addKeys(publicKey(peers.peerHome, old), QStringLiteral("test")));
        auto keys = peers.keys();
        CHECK(processed(*keys, raw).signatureStatus == QLatin1String("expired-key"));
    }
    SECTION("expired signature: signed in 2020 for one day with a key that is still valid")
    {
        const QStringList past{QStringLiteral("--faked-system-time"), QStringLiteral("20200101T000000!")};
        const QString lasting =
            generateKey(peers.peerHome, QStringLiteral("Lasting <lasting@peer.example>"), QStringLiteral("ed25519"),
                        QStringLiteral("sign"), QStringLiteral("never"), {}, past);
        const QByteArray raw = pgpMimeSigned(peers.peerHome, lasting, "lasting@peer.example", kSignedContent,
                                             {QStringLiteral("--faked-system-time"), QStringLiteral("20200101T010000!"),
                                              QStringLiteral("--default-sig-expire"), QStringLiteral("1d")});
        REQUIRE(KeyringStore(*peers.ws.vault, peers.ws.clock)
                    .addKeys(publicKey(peers.peerHome, lasting), QStringLiteral("test")));
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, raw);
        CHECK(message.signatureStatus == QLatin1String("expired-signature"));
        CHECK(MailCrypto::statusFromKey(message.signatureStatus) == SignatureStatus::SignatureExpired);
        CHECK(lasting.endsWith(message.signerFingerprint));
    }
    SECTION("revoked key: the keyring holds the peer's revocation")
    {
        QByteArray revocation = readAll(peers.peerHome.path() + QStringLiteral("/openpgp-revocs.d/") + peers.peerKey +
                                        QStringLiteral(".rev"));
        revocation.replace(":-----BEGIN PGP PUBLIC KEY BLOCK-----", "-----BEGIN PGP PUBLIC KEY BLOCK-----");
        REQUIRE(gpg(peers.peerHome, {QStringLiteral("--import")}, revocation).exitCode == 0);
        REQUIRE(KeyringStore(*peers.ws.vault, peers.ws.clock)
                    .addKeys(publicKey(peers.peerHome, peers.peerKey), QStringLiteral("test")));
        auto keys = peers.keys();
        CHECK(processed(*keys, good).signatureStatus == QLatin1String("revoked-key"));
    }
    SECTION("not signed")
    {
        auto keys = peers.keys();
        const ParsedMessage message =
            processed(*keys, plainMessage("plain@peer.example", "Plain", "Nothing to see here."));
        CHECK_FALSE(message.isSigned);
        CHECK(message.signatureStatus == QLatin1String("not-signed"));
        CHECK(message.signerFingerprint.isEmpty());
    }
}

TEST_CASE("PGP/MIME encrypted mail is decrypted with the team key", "[mail][pgp]")
{
    PgpPeers peers;

    SECTION("encrypted: text and attachment come out, not signed")
    {
        const QByteArray raw = pgpMimeEncrypted(peers.peerHome, peers.teamKey, "enc@peer.example", kEntity);
        CHECK_FALSE(raw.contains("203.0.113.9"));
        const ParsedMessage before = parsed(raw);
        CHECK(before.isEncrypted);
        CHECK(hasWarning(before.warnings, MailWarningCode::NotDecrypted));
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, raw);
        CHECK(message.isEncrypted);
        CHECK_FALSE(message.isSigned);
        CHECK(message.signatureStatus == QLatin1String("not-signed"));
        CHECK(message.body == QStringLiteral("Confidential: 203.0.113.9 is compromised."));
        REQUIRE(message.attachments.size() == 1);
        CHECK(message.attachments[0].name == QStringLiteral("log.txt"));
        CHECK(message.attachments[0].content == "log line 1\nlog line 2\n");
        CHECK(message.warnings.isEmpty());
        CHECK(message.subject == QStringLiteral("Encrypted report"));
    }
    SECTION("protected headers: the subject inside the encryption replaces the outer one")
    {
        auto keys = peers.keys(); // takes the team's home: once per section
        // As Thunderbird sends it: the real subject only inside, marked protected-headers="v1" (or RFC 9788's hp).
        for (const QByteArray& marker : {QByteArray("protected-headers=\"v1\""), QByteArray("hp=\"cipher\"")}) {
            const QByteArray header = "Content-Type: multipart/mixed; boundary=\"inner\"; " + marker +
                                      "\nSubject: =?utf-8?q?Re=3A_=5BFIREBREAK_=2342=5D_Compromised_h=C3=B4st?=\n"
                                      "From: Peer CERT <cert@peer.example>\n";
            QByteArray entity = kEntity;
            entity.replace(QByteArray("Content-Type: multipart/mixed; boundary=\"inner\"\n"), header);
            const QByteArray raw = pgpMimeEncrypted(peers.peerHome, peers.teamKey, "protected@peer.example", entity);
            CHECK_FALSE(raw.contains("Compromised"));
            const ParsedMessage message = processed(*keys, raw);
            CHECK(message.subject == QStringLiteral("Re: [FIREBREAK #42] Compromised hôst"));
            CHECK(message.messageId == QStringLiteral("protected@peer.example")); // the dedup key does not move
            CHECK(message.body == QStringLiteral("Confidential: 203.0.113.9 is compromised."));
        }
        // Without the marker, header fields inside are not taken for the message's.
        QByteArray unmarked = kEntity;
        unmarked.replace("Content-Type: multipart/mixed; boundary=\"inner\"\n",
                         "Content-Type: multipart/mixed; boundary=\"inner\"\nSubject: Inner only\n");
        const ParsedMessage plain =
            processed(*keys, pgpMimeEncrypted(peers.peerHome, peers.teamKey, "unmarked@peer.example", unmarked));
        CHECK(plain.body == QStringLiteral("Confidential: 203.0.113.9 is compromised.")); // it was decrypted
        CHECK(plain.subject == QStringLiteral("Encrypted report"));
    }
    SECTION("encrypted and signed in one (RFC 3156 6.2): the signature is checked against the keyring")
    {
        const QByteArray raw =
            pgpMimeEncrypted(peers.peerHome, peers.teamKey, "encsig@peer.example", kEntity, peers.peerKey);
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, raw);
        CHECK(message.isEncrypted);
        CHECK(message.isSigned);
        CHECK(message.signatureStatus == QLatin1String("good"));
        CHECK(message.signerFingerprint == peers.peerKey);
        CHECK(message.body.contains(QLatin1String("203.0.113.9")));
        CHECK(message.warnings.isEmpty());
    }
    SECTION("encrypted and signed by a key the workspace does not vouch for")
    {
        const QString stranger = generateKey(peers.peerHome, QStringLiteral("Stranger <x@stranger.example>"));
        const QByteArray raw =
            pgpMimeEncrypted(peers.peerHome, peers.teamKey, "encstr@peer.example", kEntity, stranger);
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, raw);
        CHECK(message.body.contains(QLatin1String("203.0.113.9")));
        CHECK(message.signatureStatus == QLatin1String("no-public-key"));
    }
    SECTION("without the secret key the message is kept encrypted, with a warning, and imported")
    {
        const QByteArray raw = pgpMimeEncrypted(peers.peerHome, peers.teamKey, "nokey@peer.example", kEntity);
        KeyringStore keyring(*peers.ws.vault, peers.ws.clock);
        auto keyringHome = keyring.materialise();
        REQUIRE(keyringHome);
        MailKeys wrongKeys(std::move(*keyringHome), makeHome(), {}); // a home without our secret key
        const ParsedMessage message = processed(wrongKeys, raw);
        CHECK(message.isEncrypted);
        CHECK_FALSE(message.body.contains(QLatin1String("203.0.113.9")));
        CHECK(hasWarning(message.warnings, MailWarningCode::NotDecrypted));
        CHECK(hasWarning(message.warnings, MailWarningCode::MessageNotDecrypted));

        MailCrypto crypto(wrongKeys);
        MailImporter importer(peers.ws.change());
        importer.setCrypto(&crypto);
        auto c = importer.importBytes(raw, QStringLiteral("test"));
        REQUIRE(c);
        CHECK(c->outcome == ImportOutcome::Imported);
        auto stored = MailStore(*peers.ws.vault).messagesOf(c->ticketId, true);
        REQUIRE(stored);
        REQUIRE(stored->size() == 1);
        CHECK(stored->at(0).message.raw == raw);
        CHECK(stored->at(0).message.isEncrypted);
    }
}

TEST_CASE("Inline OpenPGP: clear-signed text is verified and an inline message decrypted", "[mail][pgp]")
{
    PgpPeers peers;
    const QByteArray text = "Please block 192.0.2.55 – it attacks our mail servers.\n";

    SECTION("inline signed: the body is the signed text")
    {
        const GpgRun signedText =
            gpg(peers.peerHome, {QStringLiteral("--local-user"), peers.peerKey, QStringLiteral("--clearsign")}, text);
        REQUIRE(signedText.exitCode == 0);
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, inlineMessage("inline@peer.example", signedText.out));
        CHECK(message.isSigned);
        CHECK(message.signatureStatus == QLatin1String("good"));
        CHECK(message.signerFingerprint == peers.peerKey);
        CHECK(message.body == QString::fromUtf8(text));

        QByteArray tampered = signedText.out;
        tampered.replace("192.0.2.55", "192.0.2.56");
        CHECK(processed(*keys, inlineMessage("inline-bad@peer.example", tampered)).signatureStatus ==
              QLatin1String("bad"));
    }
    SECTION("quoted armour is not a signature")
    {
        const GpgRun signedText =
            gpg(peers.peerHome, {QStringLiteral("--local-user"), peers.peerKey, QStringLiteral("--clearsign")}, text);
        REQUIRE(signedText.exitCode == 0);
        QByteArray quoted = "You wrote:\n> " + signedText.out;
        quoted.replace("\n", "\n> ");
        const QByteArray raw = inlineMessage("quoted@peer.example", "Thanks.\n\n" + quoted);
        CHECK(parsed(raw).signatureStatus == QLatin1String("not-verified"));
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, raw);
        CHECK_FALSE(message.isSigned);
        CHECK(message.signatureStatus == QLatin1String("not-signed"));
        CHECK(message.body == parsed(raw).body);
    }
    SECTION("inline encrypted: the body is the plaintext")
    {
        const GpgRun encrypted =
            gpg(peers.peerHome,
                {QStringLiteral("--armor"), QStringLiteral("--trust-model"), QStringLiteral("always"),
                 QStringLiteral("--recipient"), peers.teamKey, QStringLiteral("--encrypt")},
                text);
        REQUIRE(encrypted.exitCode == 0);
        const QByteArray raw = inlineMessage("inline-enc@peer.example", "Hello,\n\n" + encrypted.out);
        CHECK(hasWarning(parsed(raw).warnings, MailWarningCode::InlineNotDecrypted));
        auto keys = peers.keys();
        const ParsedMessage message = processed(*keys, raw);
        CHECK(message.isEncrypted);
        CHECK(message.body == QStringLiteral("Hello,\n\n") + QString::fromUtf8(text));
        CHECK_FALSE(hasWarning(message.warnings, MailWarningCode::InlineNotDecrypted));
    }
}

TEST_CASE("Imported OpenPGP mail is stored with its status and signer and encryption", "[mail][pgp]")
{
    PgpPeers peers;
    const QByteArray raw =
        pgpMimeEncrypted(peers.peerHome, peers.teamKey, "stored@peer.example", kEntity, peers.peerKey);
    auto keys = peers.keys();
    const ImportCase c = peers.importDecrypting(*keys, raw);
    REQUIRE(c.outcome == ImportOutcome::Imported);
    auto stored = MailStore(*peers.ws.vault).messagesOf(c.ticketId, true);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    const ParsedMessage& m = stored->at(0).message;
    CHECK(m.raw == raw);
    CHECK(m.isEncrypted);
    CHECK(m.signatureStatus == QLatin1String("good"));
    CHECK(m.signerFingerprint == peers.peerKey);
    CHECK(m.body == QStringLiteral("Confidential: 203.0.113.9 is compromised."));
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].content == "log line 1\nlog line 2\n");
}

TEST_CASE("A reply whose subject tag is only in its protected headers threads to the ticket", "[mail][pgp]")
{
    PgpPeers peers;
    auto keys = peers.keys();
    MailCrypto crypto(*keys);
    MailImporter importer(peers.ws.change());
    importer.setCrypto(&crypto);
    auto first = importer.importBytes(
        plainMessage("first@peer.example", "Compromised host", "203.0.113.9 beacons out."), QStringLiteral("a"));
    REQUIRE(first);
    REQUIRE(first->outcome == ImportOutcome::Imported);

    const QByteArray tag = "[FIREBREAK #" + QByteArray::number(first->ticketId) + "]";
    const QByteArray header =
        "Content-Type: multipart/mixed; boundary=\"inner\"; protected-headers=\"v1\"\nSubject: Re: " + tag +
        " Compromised host\n";
    QByteArray entity = kEntity;
    entity.replace(QByteArray("Content-Type: multipart/mixed; boundary=\"inner\"\n"), header);
    const QByteArray raw = pgpMimeEncrypted(peers.peerHome, peers.teamKey, "reply@peer.example", entity);
    CHECK_FALSE(raw.contains(tag)); // outside, the subject is "Encrypted report"
    auto reply = importer.importBytes(raw, QStringLiteral("b"));
    REQUIRE(reply);
    CHECK(reply->outcome == ImportOutcome::Threaded);
    CHECK(reply->ticketId == first->ticketId);
    CHECK(reply->subject.contains(QString::fromLatin1(tag))); // the import report shows the protected subject
    auto stored = MailStore(*peers.ws.vault).messagesOf(first->ticketId, false);
    REQUIRE(stored);
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(1).message.subject ==
          QStringLiteral("Re: ") + QString::fromLatin1(tag) + QStringLiteral(" Compromised host"));
}

namespace {

// A plain message with the given attachments (name, type, bytes), base64-encoded.
QByteArray messageWithFiles(const QByteArray& messageId,
                            const QList<std::tuple<QByteArray, QByteArray, QByteArray>>& files)
{
    QByteArray m = mailHeader(messageId, "Evidence attached") +
                   "Content-Type: multipart/mixed; boundary=\"files\"\n\n--files\n"
                   "Content-Type: text/plain; charset=utf-8\n\nThe logs are attached, encrypted to your key.\n";
    for (const auto& [name, type, bytes] : files) {
        m += "--files\nContent-Type: " + type + "; name=\"" + name +
             "\"\nContent-Disposition: attachment; filename=\"" + name + "\"\nContent-Transfer-Encoding: base64\n\n" +
             bytes.toBase64() + "\n";
    }
    return m + "--files--\n";
}

QByteArray encryptFile(const GnupgHome& home, const QString& recipient, const QByteArray& plaintext, bool armor)
{
    QStringList args{QStringLiteral("--trust-model"), QStringLiteral("always"), QStringLiteral("--recipient"),
                     recipient, QStringLiteral("--encrypt")};
    if (armor)
        args.prepend(QStringLiteral("--armor"));
    const GpgRun run = gpg(home, args, plaintext);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

} // namespace

TEST_CASE("OpenPGP-encrypted attachments are decrypted beside the originals", "[mail][pgp]")
{
    PgpPeers peers;
    const QByteArray log = "Nov 30 03:12:01 sshd[411]: Failed password for root from 203.0.113.77\n";
    const QByteArray notes = "Contact: noc@victim.example\n";
    const QByteArray binary = encryptFile(peers.peerHome, peers.teamKey, log, false);
    const QByteArray armored = encryptFile(peers.peerHome, peers.teamKey, notes, true);
    REQUIRE(PgpMime::isEncryptedFile(QStringLiteral("evidence.log.pgp"), QStringLiteral("application/octet-stream"),
                                     binary));
    CHECK_FALSE(PgpMime::isEncryptedFile(QStringLiteral("evidence.log"), QStringLiteral("application/octet-stream"),
                                         binary)); // binary needs the name or type to say so
    CHECK_FALSE(PgpMime::isEncryptedFile(QStringLiteral("x.pgp"), QString(), QByteArray("\x00\x01", 2)));
    CHECK_FALSE(PgpMime::isEncryptedFile(QStringLiteral("key.asc"), QStringLiteral("application/pgp-keys"),
                                         "-----BEGIN PGP PUBLIC KEY BLOCK-----\n"));
    const QByteArray raw =
        messageWithFiles("files@peer.example", {{"evidence.log.pgp", "application/octet-stream", binary},
                                                {"notes.txt.asc", "text/plain", armored}});
    CHECK_FALSE(raw.contains("203.0.113.77"));

    SECTION("with the team key: both decrypted, kept beside the originals, their observables found")
    {
        auto keys = peers.keys();
        const ImportCase imported = peers.importDecrypting(*keys, raw);
        auto stored = MailStore(*peers.ws.vault).messagesOf(imported.ticketId, true);
        REQUIRE(stored);
        REQUIRE(stored->size() == 1);
        const QList<MailAttachment>& files = stored->at(0).message.attachments;
        REQUIRE(files.size() == 4);
        CHECK(files[0].content == binary);
        CHECK(files[2].name == QStringLiteral("evidence.log"));
        CHECK(files[2].content == log);
        CHECK(files[3].name == QStringLiteral("notes.txt"));
        CHECK(files[3].mimeType == QStringLiteral("text/plain"));
        CHECK(files[3].content == notes);
        CHECK(stored->at(0).message.warnings.isEmpty());
        const Ticket ticket =
            SqliteTicketRepository(peers.ws.change(QStringLiteral("t"))).get(imported.ticketId).value();
        CHECK(ticket.observables.contains(Observable{ObservableType::Ipv4, QStringLiteral("203.0.113.77")}));
    }
    SECTION("without the secret key: kept encrypted, each named in a warning")
    {
        KeyringStore keyring(*peers.ws.vault, peers.ws.clock);
        auto keyringHome = keyring.materialise();
        REQUIRE(keyringHome);
        MailKeys wrongKeys(std::move(*keyringHome), makeHome(), {});
        ParsedMessage message = parsed(raw);
        MailCrypto(wrongKeys).process(message);
        CHECK(message.attachments.size() == 2);
        REQUIRE(message.warnings.size() == 2);
        CHECK(message.warnings[0].code() == MailWarningCode::AttachmentNotDecrypted);
        CHECK(message.warnings[0].args().value(0) == QStringLiteral("evidence.log.pgp"));
        CHECK(message.warnings[1].code() == MailWarningCode::AttachmentNotDecrypted);
        CHECK(message.warnings[1].args().value(0) == QStringLiteral("notes.txt.asc"));
    }
}

TEST_CASE("An encrypted attachment that decrypts to more than a message may hold is kept encrypted", "[mail][pgp]")
{
    PgpPeers peers;
    // 41 MB of one byte compresses to a few kilobytes: the kind of file that could exhaust the workspace.
    const QByteArray bomb = encryptFile(peers.peerHome, peers.teamKey,
                                        QByteArray(MessageParser::kMaxMessageBytes + 1024 * 1024, 'A'), false);
    REQUIRE(bomb.size() < 1024 * 1024);
    ParsedMessage message =
        parsed(messageWithFiles("bomb@peer.example", {{"big.bin.gpg", "application/octet-stream", bomb}}));
    auto keys = peers.keys();
    MailCrypto(*keys).process(message);
    REQUIRE(message.attachments.size() == 1);
    CHECK(message.attachments.first().content == bomb);
    REQUIRE(message.warnings.size() == 1);
    CHECK(message.warnings.first() ==
          MailWarning(MailWarningCode::AttachmentTooLarge, {QStringLiteral("big.bin.gpg"), QStringLiteral("41")}));
}

namespace {

// The temporary GnuPG homes this process holds now.
QStringList homesOfThisProcess()
{
    auto parent = GnupgHome::privateParent();
    REQUIRE(parent);
    return QDir(*parent).entryList({QStringLiteral("fbg-%1-*").arg(::getpid())}, QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("The keyring's GnuPG home is made only when a message needs OpenPGP", "[mail][pgp][gnupghome]")
{
    PgpPeers peers; // the workspace keyring holds the peer's key
    const QStringList before = homesOfThisProcess();
    int made = 0;
    MailCrypto crypto([&]() -> Result<std::unique_ptr<MailKeys>> {
        ++made;
        return MailKeys::forWorkspace(*peers.ws.vault, peers.ws.clock, {});
    });
    MailImporter importer(peers.ws.change());
    importer.setCrypto(&crypto);

    for (int i = 0; i < 3; ++i) {
        auto plain = importer.importBytes(plainMessage(QByteArray("plain") + QByteArray::number(i) + "@peer.example",
                                                       "Scan", "198.51.100.7 scans us."),
                                          QStringLiteral("plain"));
        REQUIRE(plain);
        CHECK(plain->outcome == ImportOutcome::Imported);
        CHECK(plain->notes.isEmpty());
    }
    CHECK(made == 0);
    CHECK(homesOfThisProcess() == before);

    for (const QByteArray& id : {QByteArray("signed1@peer.example"), QByteArray("signed2@peer.example")}) {
        auto signedCase =
            importer.importBytes(pgpMimeSigned(peers.peerHome, peers.peerKey, id, kSignedContent), QStringLiteral("s"));
        REQUIRE(signedCase);
        auto stored = MailStore(*peers.ws.vault).messagesOf(signedCase->ticketId, true);
        REQUIRE(stored);
        REQUIRE(!stored->isEmpty());
        CHECK(stored->constLast().message.signatureStatus == QLatin1String("good"));
    }
    CHECK(made == 1);
    CHECK(homesOfThisProcess().size() == before.size() + 1);
}

TEST_CASE("Keys that cannot be made leave a warning on each message that needed them", "[mail][pgp][gnupghome]")
{
    PgpPeers peers;
    int made = 0;
    MailCrypto crypto([&]() -> Result<std::unique_ptr<MailKeys>> {
        ++made;
        return fail(ErrorCode::Io, QStringLiteral("no room for a GnuPG home"));
    });
    MailImporter importer(peers.ws.change());
    importer.setCrypto(&crypto);
    auto plain = importer.importBytes(plainMessage("plain@peer.example", "Scan", "Hello."), QStringLiteral("p"));
    REQUIRE(plain);
    CHECK(plain->notes.isEmpty());
    for (const QByteArray& id : {QByteArray("s1@peer.example"), QByteArray("s2@peer.example")}) {
        auto signedCase =
            importer.importBytes(pgpMimeSigned(peers.peerHome, peers.peerKey, id, kSignedContent), QStringLiteral("s"));
        REQUIRE(signedCase);
        CHECK(signedCase->outcome == ImportOutcome::Imported);
        REQUIRE(signedCase->notes.size() == 1);
        CHECK(signedCase->notes.constFirst().contains(QLatin1String("no room for a GnuPG home")));
    }
    CHECK(made == 1);
}
