// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryKeys.h"

#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fb;
using namespace fb::test;

namespace {

bool has(const QList<KeyWarning>& warnings, KeyWarning::Kind kind)
{
    return std::any_of(warnings.begin(), warnings.end(), [kind](const KeyWarning& w) { return w.kind == kind; });
}

} // namespace

TEST_CASE("Directory key import links keys to a team and warns about expired and expiring keys", "[crypto]")
{
    GnupgHome peer = makeHome();
    const QString good = generateKey(peer, QStringLiteral("CERT-XL <cert@cert-xl.de>"),
                                     QStringLiteral("future-default"), QStringLiteral("default"), QStringLiteral("2y"));
    const QString soon =
        generateKey(peer, QStringLiteral("CERT-XL 2 <cert2@cert-xl.de>"), QStringLiteral("future-default"),
                    QStringLiteral("default"), QStringLiteral("10d"));
    const QString old = generateKey(peer, QStringLiteral("CERT-XL old <old@cert-xl.de>"), QStringLiteral("ed25519"),
                                    QStringLiteral("sign"), QStringLiteral("1d"), {},
                                    {QStringLiteral("--faked-system-time"), QStringLiteral("20200101T000000!")});
    OpenPgp pgp(peer);
    QByteArray armoured;
    for (const QString& fpr : {good, soon, old}) {
        auto exported = pgp.exportPublicKey(fpr);
        REQUIRE(exported);
        armoured += *exported;
    }

    DirectoryFixture f;
    f.clock.set(QDateTime::currentDateTimeUtc());
    Team team = makeTeam(0, QStringLiteral("CERT-XL"), QStringLiteral("DE"), TeamType::National);
    team.keyFingerprints = {QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")}; // not in the keyring
    auto teamId = f.store->addTeam(team);
    REQUIRE(teamId);

    KeyringStore keyring(*f.vault, f.clock);
    DirectoryKeys keys(f.change(), keyring);
    auto imported = keys.importArmoured(armoured, QStringLiteral("file cert-xl.asc"), *teamId);
    REQUIRE(imported);
    CHECK(imported->size() == 3);

    auto linked = keys.linked(*teamId);
    REQUIRE(linked);
    REQUIRE(linked->size() == 4);
    auto find = [&](const QString& fpr) {
        const auto it = std::find_if(linked->begin(), linked->end(),
                                     [&](const LinkedKey& k) { return k.fingerprint == fpr.toUpper(); });
        REQUIRE(it != linked->end());
        return *it;
    };
    const LinkedKey missing = find(QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
    CHECK_FALSE(missing.key.has_value());
    CHECK_FALSE(missing.missing.isEmpty());
    const LinkedKey goodKey = find(good);
    REQUIRE(goodKey.key.has_value());
    CHECK(goodKey.key->userIds.contains(QStringLiteral("CERT-XL <cert@cert-xl.de>")));
    CHECK(goodKey.key->created.isValid());
    CHECK_FALSE(goodKey.key->algorithm.isEmpty());
    CHECK_FALSE(has(goodKey.warnings, KeyWarning::Kind::Expired));
    CHECK_FALSE(has(goodKey.warnings, KeyWarning::Kind::ExpiringSoon));
    CHECK(has(find(soon).warnings, KeyWarning::Kind::ExpiringSoon));
    CHECK(has(find(old).warnings, KeyWarning::Kind::Expired));

    // Reporter recognition by signing key.
    auto hits = f.queries->findByKeyFingerprint(good);
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().teamId == *teamId);
}

TEST_CASE("A linked key that differs from the one the TI entry or the team's profile names is warned about")
{
    const QString a = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    const QString b = QStringLiteral("89ABCDEF0123456789ABCDEF0123456789ABCDEF");
    Team team = makeTeam(1, QStringLiteral("CERT-XL"));
    team.source = QStringLiteral("ti:1001");

    SECTION("agreeing keys, or nothing named: no warning")
    {
        team.keyFingerprints = {a};
        CHECK(DirectoryKeys::mismatches(team, DirectoryKeys::namedKeys(team)).isEmpty());
        team.sourceKeyFingerprints = {a};
        CHECK(DirectoryKeys::mismatches(team, DirectoryKeys::namedKeys(team, a.toLower())).isEmpty());
    }
    SECTION("the TI entry names another key")
    {
        team.keyFingerprints = {b};
        team.sourceKeyFingerprints = {a};
        const QStringList warnings = DirectoryKeys::mismatches(team, DirectoryKeys::namedKeys(team));
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0] == QStringLiteral("The linked key %1 differs from the key the Trusted Introducer entry names "
                                            "(%2): check which one the team uses.")
                                 .arg(groupedFingerprint(b), groupedFingerprint(a)));
    }
    SECTION("the profile names another key than the linked one, and the TI entry agrees with the link")
    {
        team.keyFingerprints = {a};
        team.sourceKeyFingerprints = {a};
        const QStringList warnings = DirectoryKeys::mismatches(
            team, DirectoryKeys::namedKeys(team, b, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)));
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].contains(QStringLiteral("the team's RFC 2350 profile (imported 2026-01-02)")));
        CHECK(warnings[0].contains(groupedFingerprint(a)));
    }
    SECTION("a key is named but none is linked")
    {
        team.sourceKeyFingerprints = {a};
        const QStringList warnings = DirectoryKeys::mismatches(team, DirectoryKeys::namedKeys(team));
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].contains(QStringLiteral("no key is linked")));
    }
}
