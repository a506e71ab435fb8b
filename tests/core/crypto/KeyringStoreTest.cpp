// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/KeyringStore.h"

#include "core/base/Clock.h"
#include "core/crypto/OpenPgp.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"
#include "tests/core/crypto/GpgTestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fb;
using fb::test::generateKey;
using fb::test::makeHome;

namespace {

const QByteArray kText("CERT-XX advisory 2024-001\n");

struct Workspace
{
    fb::test::TempDir dir;
    std::unique_ptr<Vault> vault;
    FixedClock clock{QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC)};

    Workspace()
    {
        auto created = Vault::create(dir.file(QStringLiteral("keys.firebreak")), fb::test::secret("keyring test"));
        REQUIRE(created);
        vault = std::move(*created);
    }
};

bool hasWarning(const QList<KeyWarning>& warnings, KeyWarning::Kind kind)
{
    return std::any_of(warnings.begin(), warnings.end(), [kind](const KeyWarning& w) { return w.kind == kind; });
}

} // namespace

TEST_CASE("Workspace keyring round trip then verify and encrypt with materialise", "[crypto][keyring]")
{
    // A peer team with its own home and keys.
    GnupgHome peer = makeHome();
    const QString signer = generateKey(peer, QStringLiteral("Peer CERT <cert@peer.example>"),
                                       QStringLiteral("future-default"), QStringLiteral("default"));
    const QString other = generateKey(peer, QStringLiteral("Peer PSIRT <psirt@peer.example>"));
    OpenPgp peerPgp(peer);
    auto signedText = peerPgp.clearSign(kText, signer);
    REQUIRE(signedText);
    auto exported = peerPgp.exportPublicKey(signer);
    auto exportedOther = peerPgp.exportPublicKey(other);
    REQUIRE(exported);
    REQUIRE(exportedOther);

    Workspace ws;
    KeyringStore store(*ws.vault, ws.clock);
    auto added = store.addKeys(*exported + *exportedOther, QStringLiteral("file peer.asc"));
    REQUIRE(added);
    CHECK(added->size() == 2);

    auto keys = store.keys();
    REQUIRE(keys);
    REQUIRE(keys->size() == 2);
    for (const KeyInfo& key : *keys) {
        CHECK(!key.hasSecret); // public keys only
        CHECK(key.validity == KeyValidity::Full);
    }

    SECTION("verification against the workspace keyring")
    {
        auto home = store.materialise();
        REQUIRE(home);
        OpenPgp pgp(*home);
        auto result = pgp.verifyClearSigned(*signedText);
        REQUIRE(result);
        CHECK(result->status == SignatureStatus::ValidTrusted);
        CHECK(result->fingerprint == signer);
        CHECK(result->signerUserId == QStringLiteral("Peer CERT <cert@peer.example>"));

        // and encryption to the peer, which only the peer can read
        auto cipher = pgp.encrypt(kText, {signer});
        REQUIRE(cipher);
        auto plain = peerPgp.decrypt(*cipher);
        REQUIRE(plain);
        CHECK(plain->plaintext == kText);
    }
    SECTION("a removed key no longer verifies")
    {
        REQUIRE(store.remove(groupedFingerprint(signer)));
        auto again = store.remove(signer);
        REQUIRE(!again);
        CHECK(again.error().code == ErrorCode::NotFound);
        auto home = store.materialise();
        REQUIRE(home);
        auto result = OpenPgp(*home).verifyClearSigned(*signedText);
        REQUIRE(result);
        CHECK(result->status == SignatureStatus::KeyMissing);
    }
    SECTION("a revocation is merged into the stored key")
    {
        QByteArray revocation =
            fb::test::readAll(peer.path() + QStringLiteral("/openpgp-revocs.d/") + signer + QStringLiteral(".rev"));
        revocation.replace(":-----BEGIN PGP PUBLIC KEY BLOCK-----", "-----BEGIN PGP PUBLIC KEY BLOCK-----");
        REQUIRE(peerPgp.importKeys(revocation));
        auto revoked = peerPgp.exportPublicKey(signer);
        REQUIRE(revoked);
        REQUIRE(store.addKeys(*revoked, QStringLiteral("mail from cert@peer.example")));
        auto home = store.materialise();
        REQUIRE(home);
        auto result = OpenPgp(*home).verifyClearSigned(*signedText);
        REQUIRE(result);
        CHECK(result->status == SignatureStatus::KeyRevoked);
    }
    SECTION("the keys stay in the workspace after it is closed and opened again")
    {
        const QString path = ws.vault->path();
        ws.vault.reset();
        auto reopened = Vault::open(path, fb::test::secret("keyring test"));
        REQUIRE(reopened);
        KeyringStore again(**reopened, ws.clock);
        auto stored = again.keys();
        REQUIRE(stored);
        CHECK(stored->size() == 2);
    }
}

TEST_CASE("The workspace keyring refuses data without keys and stores no secret key", "[crypto][keyring]")
{
    Workspace ws;
    KeyringStore store(*ws.vault, ws.clock);
    auto refused = store.addKeys("not a key at all", QStringLiteral("paste"));
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::BadInput);

    GnupgHome home = makeHome();
    const QString fpr = generateKey(home, QStringLiteral("Own <own@example.org>"));
    const auto secretExport = fb::test::gpg(home, {QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
                                                   QStringLiteral("--passphrase"), QString(), QStringLiteral("--armor"),
                                                   QStringLiteral("--export-secret-keys"), fpr});
    REQUIRE(secretExport.out.contains("PRIVATE KEY"));
    REQUIRE(store.addKeys(secretExport.out, QStringLiteral("paste")));
    auto keys = store.keys();
    REQUIRE(keys);
    REQUIRE(keys->size() == 1);
    CHECK(!keys->first().hasSecret);
    auto materialised = store.materialise();
    REQUIRE(materialised);
    auto secrets = OpenPgp(*materialised).listKeys(true);
    REQUIRE(secrets);
    CHECK(secrets->isEmpty());
}

TEST_CASE("Key warnings for weak expiring expired revoked and limited keys", "[crypto][keyring]")
{
    const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    KeyInfo good;
    good.fingerprint = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    good.algorithm = QStringLiteral("ed25519");
    good.bits = 255;
    good.canSign = true;
    good.canEncrypt = true;
    good.expires = now.addYears(1);
    CHECK(KeyringStore::warnings(good, now).isEmpty());

    KeyInfo soon = good;
    soon.expires = now.addDays(10);
    auto w = KeyringStore::warnings(soon, now);
    REQUIRE(w.size() == 1);
    CHECK(w.first().kind == KeyWarning::Kind::ExpiringSoon);
    CHECK(w.first().message.contains(QLatin1String("10 day")));

    KeyInfo expired = good;
    expired.expires = now.addDays(-1);
    w = KeyringStore::warnings(expired, now);
    CHECK(hasWarning(w, KeyWarning::Kind::Expired));
    CHECK(!hasWarning(w, KeyWarning::Kind::CannotSign));

    KeyInfo revoked = good;
    revoked.revoked = true;
    revoked.canSign = revoked.canEncrypt = false;
    w = KeyringStore::warnings(revoked, now);
    CHECK(hasWarning(w, KeyWarning::Kind::Revoked));
    CHECK(!hasWarning(w, KeyWarning::Kind::CannotEncrypt));

    KeyInfo signOnly = good;
    signOnly.canEncrypt = false;
    w = KeyringStore::warnings(signOnly, now);
    REQUIRE(w.size() == 1);
    CHECK(w.first().kind == KeyWarning::Kind::CannotEncrypt);

    KeyInfo strongRsa = good;
    strongRsa.algorithm = QStringLiteral("RSA 3072");
    strongRsa.bits = 3072;
    CHECK(KeyringStore::warnings(strongRsa, now).isEmpty());
}

TEST_CASE("Key warnings on real generated keys", "[crypto][keyring]")
{
    GnupgHome home = makeHome();
    const QString weak = generateKey(home, QStringLiteral("Weak <weak@example.org>"), QStringLiteral("rsa1024"),
                                     QStringLiteral("cert,sign,encr"), QStringLiteral("never"));
    const QString expired = generateKey(home, QStringLiteral("Old <old@example.org>"), QStringLiteral("ed25519"),
                                        QStringLiteral("sign"), QStringLiteral("1d"), {},
                                        {QStringLiteral("--faked-system-time"), QStringLiteral("20200101T000000!")});
    OpenPgp pgp(home);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    auto weakKey = pgp.key(weak);
    REQUIRE(weakKey);
    auto w = KeyringStore::warnings(*weakKey, now);
    REQUIRE(w.size() == 1);
    CHECK(w.first().kind == KeyWarning::Kind::Weak);
    CHECK(w.first().message.contains(QLatin1String("1024")));

    auto expiredKey = pgp.key(expired);
    REQUIRE(expiredKey);
    CHECK(hasWarning(KeyringStore::warnings(*expiredKey, now), KeyWarning::Kind::Expired));
}
