// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenPgp.h"

#include "core/crypto/GnupgHome.h"
#include "tests/TestSupport.h"
#include "tests/core/crypto/GpgTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace fb;
using fb::test::generateKey;
using fb::test::gpg;
using fb::test::makeHome;

namespace {

const QByteArray kText("Firebreak test advisory\n\nPatch the frobnicator before Friday.\n");

QString uid(const char* name)
{
    return QString::fromLatin1(name) + QStringLiteral(" <cert@example.org>");
}

} // namespace

TEST_CASE("Clear-signed text verifies with our API and with stock gpg", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, uid("Test Team"));
    OpenPgp pgp(home);

    auto signedText = pgp.clearSign(kText, fpr);
    REQUIRE(signedText);
    CHECK(signedText->startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));

    auto ours = pgp.verifyClearSigned(*signedText);
    REQUIRE(ours);
    CHECK(ours->status == SignatureStatus::ValidTrusted); // generated here: ultimately trusted
    CHECK(ours->fingerprint == fpr);
    CHECK(ours->signerUserId == uid("Test Team"));
    CHECK(ours->signedAt.isValid());
    CHECK(ours->signedData == kText);
    CHECK(ours->signatures.size() == 1);
    CHECK(sentence(*ours).contains(uid("Test Team")));

    const auto stock = gpg(home, {QStringLiteral("--verify")}, *signedText);
    INFO(stock.err.toStdString());
    CHECK(stock.exitCode == 0);
    CHECK(stock.err.contains("Good signature"));

    SECTION("one changed character makes both say bad")
    {
        QByteArray tampered = *signedText;
        const qsizetype at = tampered.indexOf("Friday");
        REQUIRE(at > 0);
        tampered[at] = 'f';
        auto bad = pgp.verifyClearSigned(tampered);
        REQUIRE(bad);
        CHECK(bad->status == SignatureStatus::Bad);
        const auto stockBad = gpg(home, {QStringLiteral("--verify")}, tampered);
        CHECK(stockBad.exitCode != 0);
        CHECK(stockBad.err.contains("BAD signature"));
    }
}

TEST_CASE("Text without a signature is NotSigned", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    OpenPgp pgp(home);
    auto result = pgp.verifyClearSigned(kText);
    REQUIRE(result);
    CHECK(result->status == SignatureStatus::NotSigned);
    CHECK(result->signatures.isEmpty());
}

TEST_CASE("Detached signature verifies and names its micalg", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, uid("Detached"));
    OpenPgp pgp(home);

    auto signature = pgp.detachedSign(kText, fpr);
    REQUIRE(signature);
    CHECK(signature->signature.startsWith("-----BEGIN PGP SIGNATURE-----"));
    CHECK(signature->micalg.startsWith(QLatin1String("pgp-sha")));

    auto good = pgp.verifyDetached(kText, signature->signature);
    REQUIRE(good);
    CHECK(good->status == SignatureStatus::ValidTrusted);
    CHECK(good->signatures.value(0).hashAlgorithm.toLower() == signature->micalg.mid(4));

    QByteArray other = kText;
    other.append('!');
    auto bad = pgp.verifyDetached(other, signature->signature);
    REQUIRE(bad);
    CHECK(bad->status == SignatureStatus::Bad);

    // the stock gpg agrees on the detached form too
    fb::test::TempDir dir;
    fb::test::writeAll(dir.file(QStringLiteral("data")), kText);
    fb::test::writeAll(dir.file(QStringLiteral("data.asc")), signature->signature);
    const auto stock =
        gpg(home, {QStringLiteral("--verify"), dir.file(QStringLiteral("data.asc")), dir.file(QStringLiteral("data"))});
    CHECK(stock.exitCode == 0);
}

TEST_CASE("Inline-signed message verifies and hands back its content", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, uid("Opaque"));
    OpenPgp pgp(home);
    // Made by the stock gpg, as a partner's mail client does.
    const auto message =
        gpg(home, {QStringLiteral("--armor"), QStringLiteral("--local-user"), fpr, QStringLiteral("--sign")}, kText);
    REQUIRE(message.exitCode == 0);
    CHECK(message.out.startsWith("-----BEGIN PGP MESSAGE-----"));
    auto result = pgp.verifyOpaque(message.out);
    REQUIRE(result);
    CHECK(result->status == SignatureStatus::ValidTrusted);
    CHECK(result->signedData == kText);
}

TEST_CASE("Encrypt to a generated key then decrypt", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, uid("Crypt"), QStringLiteral("future-default"), QStringLiteral("default"));
    OpenPgp pgp(home);

    auto key = pgp.key(fpr);
    REQUIRE(key);
    CHECK(key->canEncrypt);
    CHECK(key->canSign);

    SECTION("plain encryption")
    {
        auto cipher = pgp.encrypt(kText, {fpr});
        REQUIRE(cipher);
        CHECK(cipher->startsWith("-----BEGIN PGP MESSAGE-----"));
        CHECK(!cipher->contains("frobnicator"));
        auto plain = pgp.decrypt(*cipher);
        REQUIRE(plain);
        CHECK(plain->plaintext == kText);
        CHECK(!plain->wasSigned);
        CHECK(plain->verification.status == SignatureStatus::NotSigned);
        REQUIRE(plain->recipientKeyIds.size() == 1);
        CHECK(plain->recipientKeyIds.first().size() == 16);
    }
    SECTION("signed and encrypted")
    {
        auto cipher = pgp.encrypt(kText, {fpr}, fpr);
        REQUIRE(cipher);
        auto plain = pgp.decrypt(*cipher);
        REQUIRE(plain);
        CHECK(plain->plaintext == kText);
        CHECK(plain->wasSigned);
        CHECK(plain->verification.status == SignatureStatus::ValidTrusted);
        CHECK(plain->verification.fingerprint == fpr);
    }
    SECTION("without the secret key the recipients are named")
    {
        auto cipher = pgp.encrypt(kText, {fpr});
        REQUIRE(cipher);
        GnupgHome other = makeHome();
        auto result = OpenPgp(other).decrypt(*cipher);
        REQUIRE(!result);
        CHECK(result.error().code == ErrorCode::NotFound);
        CHECK(!result.error().where.isEmpty());
    }
    SECTION("data that is not encrypted is bad input")
    {
        auto result = pgp.decrypt(kText);
        REQUIRE(!result);
        CHECK(result.error().code == ErrorCode::BadInput);
    }
}

TEST_CASE("Encryption refuses a recipient key that is not trusted", "[crypto][openpgp]")
{
    GnupgHome theirs = makeHome();
    const QString fpr = generateKey(theirs, uid("Peer"), QStringLiteral("future-default"), QStringLiteral("default"));
    auto exported = OpenPgp(theirs).exportPublicKey(fpr);
    REQUIRE(exported);
    CHECK(exported->startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));

    GnupgHome ours = makeHome();
    OpenPgp pgp(ours);
    auto imported = pgp.importKeys(*exported);
    REQUIRE(imported);
    CHECK(imported->imported == 1);
    CHECK(imported->newFingerprints == QStringList{fpr});

    auto refused = pgp.encrypt(kText, {fpr});
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::Conflict);

    REQUIRE(pgp.trustKeys({fpr}));
    auto key = pgp.key(fpr);
    REQUIRE(key);
    CHECK(key->validity == KeyValidity::Full);
    CHECK(!key->hasSecret);
    auto cipher = pgp.encrypt(kText, {fpr});
    REQUIRE(cipher);
    auto plain = OpenPgp(theirs).decrypt(*cipher);
    REQUIRE(plain);
    CHECK(plain->plaintext == kText);

    SECTION("a second import changes nothing")
    {
        auto again = pgp.importKeys(*exported);
        REQUIRE(again);
        CHECK(again->unchanged == 1);
        CHECK(again->newFingerprints.isEmpty());
    }
}

TEST_CASE("The user's own home is never given trust by us", "[crypto][openpgp]")
{
    GnupgHome user = GnupgHome::user();
    auto status = OpenPgp(user).trustKeys({QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")});
    REQUIRE(!status);
    CHECK(status.error().code == ErrorCode::Usage);
}

TEST_CASE("Importing garbage is a clear error", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    OpenPgp pgp(home);
    const QByteArray garbage = GENERATE(QByteArray("this is not a key"), QByteArray(),
                                        QByteArray("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n"
                                                   "-----END PGP PUBLIC KEY BLOCK-----\n"));
    auto result = pgp.importKeys(garbage);
    REQUIRE(!result);
    CHECK(result.error().code == ErrorCode::BadInput);
    CHECK(!result.error().message.isEmpty());
    auto keys = pgp.listKeys();
    REQUIRE(keys);
    CHECK(keys->isEmpty());
}

TEST_CASE("A signature by a key that is not in the home is KeyMissing", "[crypto][openpgp]")
{
    GnupgHome signerHome = makeHome();
    const QString fpr = generateKey(signerHome, uid("Stranger"));
    auto signedText = OpenPgp(signerHome).clearSign(kText, fpr);
    REQUIRE(signedText);

    GnupgHome home = makeHome();
    OpenPgp pgp(home);
    auto result = pgp.verifyClearSigned(*signedText);
    REQUIRE(result);
    CHECK(result->status == SignatureStatus::KeyMissing);
    CHECK(result->signerUserId.isEmpty());
    CHECK(!result->fingerprint.isEmpty());
    CHECK(result->signedData == kText);

    SECTION("once imported it is valid but not trusted")
    {
        auto exported = OpenPgp(signerHome).exportPublicKey(fpr);
        REQUIRE(exported);
        REQUIRE(pgp.importKeys(*exported));
        auto again = pgp.verifyClearSigned(*signedText);
        REQUIRE(again);
        CHECK(again->status == SignatureStatus::ValidUntrusted);
        REQUIRE(pgp.trustKeys({fpr}));
        auto trusted = pgp.verifyClearSigned(*signedText);
        REQUIRE(trusted);
        CHECK(trusted->status == SignatureStatus::ValidTrusted);
    }
}

TEST_CASE("A signature by a key that has expired is KeyExpired", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    // A key made in 2020 that lived one day, and a signature made while it was valid.
    const QString fpr =
        generateKey(home, uid("Expired"), QStringLiteral("ed25519"), QStringLiteral("sign"), QStringLiteral("1d"), {},
                    {QStringLiteral("--faked-system-time"), QStringLiteral("20200101T000000!")});
    const auto signedRun =
        gpg(home,
            {QStringLiteral("--faked-system-time"), QStringLiteral("20200101T120000!"),
             QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"), QStringLiteral("--passphrase"), QString(),
             QStringLiteral("--local-user"), fpr, QStringLiteral("--clearsign")},
            kText);
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.exitCode == 0);

    OpenPgp pgp(home);
    auto result = pgp.verifyClearSigned(signedRun.out);
    REQUIRE(result);
    CHECK(result->status == SignatureStatus::KeyExpired);
    auto key = pgp.key(fpr);
    REQUIRE(key);
    CHECK(key->expired);
    CHECK(!key->canSign);

    auto refused = pgp.clearSign(kText, fpr);
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
}

TEST_CASE("A good signature whose lifetime is over is SignatureExpired, not an error", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    // A key made in 2020 that never expires, and a signature made then that its signer limited to one day.
    const QString fpr = generateKey(home, uid("Short-lived signature"), QStringLiteral("ed25519"),
                                    QStringLiteral("sign"), QStringLiteral("never"), {},
                                    {QStringLiteral("--faked-system-time"), QStringLiteral("20200101T000000!")});
    const auto signedRun =
        gpg(home,
            {QStringLiteral("--faked-system-time"), QStringLiteral("20200101T120000!"),
             QStringLiteral("--default-sig-expire"), QStringLiteral("1d"), QStringLiteral("--pinentry-mode"),
             QStringLiteral("loopback"), QStringLiteral("--passphrase"), QString(), QStringLiteral("--local-user"), fpr,
             QStringLiteral("--clearsign")},
            kText);
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.exitCode == 0);

    OpenPgp pgp(home);
    auto result = pgp.verifyClearSigned(signedRun.out);
    REQUIRE(result);
    CHECK(result->status == SignatureStatus::SignatureExpired);
    CHECK(result->signedData == kText);
    CHECK(result->fingerprint.endsWith(fpr.right(16)));
    auto key = pgp.key(fpr);
    REQUIRE(key);
    CHECK(!key->expired);

    SECTION("the same text signed without a lifetime is valid")
    {
        auto fresh = pgp.clearSign(kText, fpr);
        REQUIRE(fresh);
        auto again = pgp.verifyClearSigned(*fresh);
        REQUIRE(again);
        CHECK((again->status == SignatureStatus::ValidTrusted || again->status == SignatureStatus::ValidUntrusted));
    }
}

TEST_CASE("A key given an expiry in the past with --quick-set-expire makes KeyExpired", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    const QStringList created{QStringLiteral("--faked-system-time"), QStringLiteral("20200101T000000!")};
    const QString fpr = generateKey(home, uid("Set to expire"), QStringLiteral("ed25519"), QStringLiteral("sign"),
                                    QStringLiteral("never"), {}, created);
    const auto signedRun =
        gpg(home,
            {QStringLiteral("--faked-system-time"), QStringLiteral("20200101T120000!"),
             QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"), QStringLiteral("--passphrase"), QString(),
             QStringLiteral("--local-user"), fpr, QStringLiteral("--clearsign")},
            kText);
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.exitCode == 0);
    // Made in 2020 to expire a day later: by now the key has expired.
    const auto expire =
        gpg(home, {QStringLiteral("--faked-system-time"), QStringLiteral("20200102T000000!"),
                   QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"), QStringLiteral("--passphrase"),
                   QString(), QStringLiteral("--quick-set-expire"), fpr, QStringLiteral("1d")});
    INFO(expire.err.toStdString());
    REQUIRE(expire.exitCode == 0);

    OpenPgp pgp(home);
    auto key = pgp.key(fpr);
    REQUIRE(key);
    CHECK(key->expired);
    auto result = pgp.verifyClearSigned(signedRun.out);
    REQUIRE(result);
    CHECK(result->status == SignatureStatus::KeyExpired);
    CHECK(result->signedData == kText);
}

TEST_CASE("A signature by a revoked key is KeyRevoked", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, uid("Revoked"));
    OpenPgp pgp(home);
    auto signedText = pgp.clearSign(kText, fpr);
    REQUIRE(signedText);

    // gpg stores a revocation certificate at key generation; its first line is defused with ':'.
    QByteArray revocation =
        fb::test::readAll(home.path() + QStringLiteral("/openpgp-revocs.d/") + fpr + QStringLiteral(".rev"));
    REQUIRE(!revocation.isEmpty());
    revocation.replace(":-----BEGIN PGP PUBLIC KEY BLOCK-----", "-----BEGIN PGP PUBLIC KEY BLOCK-----");
    REQUIRE(pgp.importKeys(revocation));

    auto result = pgp.verifyClearSigned(*signedText);
    REQUIRE(result);
    CHECK(result->status == SignatureStatus::KeyRevoked);
    auto key = pgp.key(fpr);
    REQUIRE(key);
    CHECK(key->revoked);
}

TEST_CASE("A passphrase-protected key signs through the callback", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, uid("Locked"), QStringLiteral("ed25519"), QStringLiteral("sign"),
                                    QStringLiteral("1y"), QStringLiteral("correct horse"));
    int asked = 0;
    QString described;
    auto answer = [&](const char* passphrase) {
        return [&asked, &described, passphrase](const QString& keyDescription) -> std::optional<SecretBytes> {
            ++asked;
            described = keyDescription;
            if (!passphrase)
                return std::nullopt;
            return fb::test::secret(passphrase);
        };
    };

    SECTION("the right passphrase")
    {
        OpenPgp pgp(home, answer("correct horse"));
        auto signedText = pgp.clearSign(kText, fpr);
        REQUIRE(signedText);
        CHECK(asked == 1);
        CHECK(described.contains(uid("Locked")));
        auto result = pgp.verifyClearSigned(*signedText);
        REQUIRE(result);
        CHECK(result->status == SignatureStatus::ValidTrusted);
    }
    SECTION("a wrong passphrase is a clear error, not a hang")
    {
        OpenPgp pgp(home, answer("wrong horse"));
        auto signedText = pgp.clearSign(kText, fpr);
        REQUIRE(!signedText);
        CHECK(signedText.error().code == ErrorCode::WrongPassphrase);
        CHECK(asked == 1);
    }
    SECTION("no callback")
    {
        OpenPgp pgp(home);
        auto signedText = pgp.clearSign(kText, fpr);
        REQUIRE(!signedText);
        CHECK(signedText.error().code == ErrorCode::WrongPassphrase);
    }
    SECTION("the person cancels")
    {
        OpenPgp pgp(home, answer(nullptr));
        auto signedText = pgp.clearSign(kText, fpr);
        REQUIRE(!signedText);
        CHECK(signedText.error().code == ErrorCode::Cancelled);
    }
}

TEST_CASE("Key listing describes algorithm size and capabilities", "[crypto][openpgp]")
{
    GnupgHome home = makeHome();
    const QString ed = generateKey(home, QStringLiteral("Ed Team <ed@example.org>"));
    const QString rsa = generateKey(home, QStringLiteral("Old Team <old@example.org>"), QStringLiteral("rsa1024"),
                                    QStringLiteral("cert,sign,encr"), QStringLiteral("never"));
    OpenPgp pgp(home);
    auto keys = pgp.listKeys();
    REQUIRE(keys);
    REQUIRE(keys->size() == 2);
    auto secretKeys = pgp.listKeys(true);
    REQUIRE(secretKeys);
    CHECK(secretKeys->size() == 2);

    auto edKey = pgp.key(ed);
    REQUIRE(edKey);
    CHECK(edKey->algorithm == QStringLiteral("ed25519"));
    CHECK(edKey->keyId == ed.right(16));
    CHECK(edKey->emails == QStringList{QStringLiteral("ed@example.org")});
    CHECK(edKey->expires.isValid());
    CHECK(edKey->canSign);
    CHECK(!edKey->canEncrypt);
    CHECK(edKey->hasSecret);
    CHECK(edKey->validity == KeyValidity::Ultimate);

    auto rsaKey = pgp.key(QStringLiteral("0x") + groupedFingerprint(rsa).toLower());
    REQUIRE(rsaKey);
    CHECK(rsaKey->algorithm == QStringLiteral("RSA 1024"));
    CHECK(rsaKey->bits == 1024);
    CHECK(!rsaKey->expires.isValid());
    CHECK(rsaKey->canEncrypt);

    auto missing = pgp.key(QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
    REQUIRE(!missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    auto notAFingerprint = pgp.key(QStringLiteral("cert@example.org"));
    REQUIRE(!notAFingerprint);
    CHECK(notAFingerprint.error().code == ErrorCode::Usage);
}
