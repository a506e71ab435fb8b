// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileLint.h"
#include "tests/core/profile/ProfileFixture.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

const QString kFpr = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

ProfileLintContext goodContext()
{
    ProfileLintContext c;
    c.signingFingerprint = kFpr;
    KeyInfo key;
    key.fingerprint = kFpr;
    key.algorithm = QStringLiteral("ed25519");
    key.created = kNow.addYears(-1);
    key.expires = kNow.addYears(1);
    key.canSign = true;
    key.canEncrypt = true;
    key.hasSecret = true;
    key.validity = KeyValidity::Ultimate;
    c.signingKey = key;
    c.emailsWithKey = {QStringLiteral("cert@cert-xx.example.org")};
    c.newestChange = kNow.addDays(-1);
    c.now = kNow;
    return c;
}

// The findings of one section and severity.
QList<LintFinding> findings(const TeamProfile& p, const ProfileLintContext& c, const QString& section,
                            LintFinding::Severity severity)
{
    QList<LintFinding> out;
    for (const LintFinding& f : ProfileLint::check(p, c))
        if (f.field == section && f.severity == severity)
            out.append(f);
    return out;
}

constexpr auto kError = LintFinding::Severity::Error;
constexpr auto kWarning = LintFinding::Severity::Warning;

} // namespace

TEST_CASE("ProfileLint: a complete profile with a good key has nothing to report")
{
    CHECK(ProfileLint::check(test::sampleProfile(), goodContext()).isEmpty());
}

TEST_CASE("ProfileLint: missing required sections are errors, by section number")
{
    TeamProfile p = test::sampleProfile();
    p.text.remove(QStringLiteral("2.2"));
    p.text.remove(QStringLiteral("5.1"));
    p.text.remove(QStringLiteral("5.1.1"));
    p.text.remove(QStringLiteral("5.1.2"));
    p.text.remove(QStringLiteral("5.1.3"));
    const auto all = ProfileLint::check(p, goodContext());
    REQUIRE(all.size() == 2);
    CHECK(all[0].field == QStringLiteral("2.2"));
    CHECK(all[1].field == QStringLiteral("5.1"));
    CHECK(hasLintErrors(all));
}

TEST_CASE("ProfileLint: empty mission or constituency")
{
    TeamProfile p = test::sampleProfile();
    p.text[QStringLiteral("3.1")] = QStringLiteral("   ");
    CHECK(findings(p, goodContext(), QStringLiteral("3.1"), kError).size() == 1);
    p = test::sampleProfile();
    p.text.remove(QStringLiteral("3.2"));
    CHECK(findings(p, goodContext(), QStringLiteral("3.2"), kError).size() == 1);
}

TEST_CASE("ProfileLint: the 2.8 fingerprint must be the signing key's")
{
    TeamProfile p = test::sampleProfile(QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98"));
    auto found = findings(p, goodContext(), QStringLiteral("2.8"), kError);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.contains(QStringLiteral("FEDC BA98")));
    p.keyFingerprint.clear();
    CHECK(findings(p, goodContext(), QStringLiteral("2.8"), kError).size() == 1);
}

TEST_CASE("ProfileLint: an expired, revoked or soon expiring signing key")
{
    const TeamProfile p = test::sampleProfile();
    ProfileLintContext c = goodContext();
    c.signingKey->expires = kNow.addDays(-2);
    c.signingKey->expired = true;
    CHECK(findings(p, c, QStringLiteral("2.8"), kError).size() >= 1);

    c = goodContext();
    c.signingKey->revoked = true;
    CHECK(findings(p, c, QStringLiteral("2.8"), kError).size() >= 1);

    c = goodContext();
    c.signingKey->expires = kNow.addDays(20);
    CHECK(findings(p, c, QStringLiteral("2.8"), kError).isEmpty());
    CHECK(findings(p, c, QStringLiteral("2.8"), kWarning).size() == 1);

    c = goodContext();
    c.signingKey.reset();
    CHECK(findings(p, c, QStringLiteral("2.8"), kError).size() == 1);

    c = goodContext();
    c.signingFingerprint.clear();
    const auto none = findings(p, c, QStringLiteral("2.8"), kError);
    REQUIRE(none.size() == 1);
    // Said in words any front end can show; each adds its own guidance by the code.
    CHECK(none.first().code == QLatin1String(ProfileLint::kNoSigningKey));
    CHECK_FALSE(none.first().message.contains(QStringLiteral("profile edit")));
    for (const LintFinding& f : ProfileLint::check(p, goodContext()))
        CHECK(f.code.isEmpty());
}

TEST_CASE("ProfileLint: e-mail addresses without a key are warnings")
{
    TeamProfile p = test::sampleProfile();
    p.text[QStringLiteral("2.7")] += QStringLiteral("\nabuse@cert-xx.example.org");
    const auto found = findings(p, goodContext(), QStringLiteral("2.7"), kWarning);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.contains(QStringLiteral("abuse@cert-xx.example.org")));
    CHECK_FALSE(hasLintErrors(ProfileLint::check(p, goodContext())));
}

TEST_CASE("ProfileLint: a Date of Last Update older than the newest change")
{
    TeamProfile p = test::sampleProfile();
    ProfileLintContext c = goodContext();
    c.newestChange = QDateTime(p.lastUpdate.addDays(3), QTime(12, 0), QTimeZone::utc());
    CHECK(findings(p, c, QStringLiteral("1.1"), kWarning).size() == 1);
    c.newestChange = QDateTime(p.lastUpdate, QTime(12, 0), QTimeZone::utc());
    CHECK(findings(p, c, QStringLiteral("1.1"), kWarning).isEmpty());
}

TEST_CASE("ProfileLint: locations in 1.3 must be https")
{
    TeamProfile p = test::sampleProfile();
    p.locations.append(QStringLiteral("http://cert-xx.example.org/rfc2350.txt"));
    p.locations.append(QStringLiteral("ftp://cert-xx.example.org/rfc2350.txt"));
    CHECK(findings(p, goodContext(), QStringLiteral("1.3"), kError).size() == 2);
}
