// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileDiff.h"
#include "core/profile/ProfileRenderer.h"
#include "core/profile/ProfileSigner.h"
#include "core/profile/ProfileVerifier.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/profile/ProfileFixture.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

const QString kTeamUid = QStringLiteral("CERT-XX <cert@cert-xx.example.org>");

test::GpgRun gpgVerify(const GnupgHome& home, const test::TempDir& dir, const QByteArray& signedText)
{
    const QString file = dir.file(QStringLiteral("check.txt.asc"));
    test::writeAll(file, signedText);
    return test::gpg(home, {QStringLiteral("--verify"), file});
}

} // namespace

TEST_CASE("ProfileSigner: sign, verify with stock gpg, and a one-character change fails")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    const QString fpr = test::generateKey(home, kTeamUid);
    OpenPgp pgp(home);
    REQUIRE(f.profiles->saveDraft(test::sampleProfile(fpr)));
    DirectJobControl job;
    const QDateTime now = QDateTime::currentDateTimeUtc(); // the key was made now
    auto signedProfile = ProfileSigner::publish(*f.profiles, pgp, {}, fpr, now, job);
    INFO((signedProfile ? QString() : signedProfile.error().toString()).toStdString());
    REQUIRE(signedProfile);
    const ProfileVersion& v = signedProfile->version;
    CHECK(v.version == 1);
    CHECK(v.signer == fpr);
    CHECK(v.profile.lastUpdate == now.date()); // set at signing
    CHECK(f.profiles->draft()->value().lastUpdate == now.date());
    CHECK(v.signedText.startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));
    CHECK(v.signedText.contains(ProfileRenderer::toText(v.profile).left(200).toUtf8()));

    const test::GpgRun good = gpgVerify(home, f.dir, v.signedText);
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.err.contains("Good signature"));

    auto verified = ProfileVerifier::verify(pgp, v.signedText);
    REQUIRE(verified);
    CHECK(verified->signature.status == SignatureStatus::ValidTrusted);
    CHECK(verified->signerIsProfileKey);
    CHECK(verified->isGood());
    CHECK(verified->signature.signedAt.isValid());
    REQUIRE(verified->profile);
    CHECK(*verified->profile == v.profile); // sign -> verify -> parse gives back what was signed

    // One character changed anywhere in the signed text.
    QByteArray tampered = v.signedText;
    const qsizetype at = tampered.indexOf("prevent, detect");
    REQUIRE(at > 0);
    tampered[at] = 'P';
    CHECK(gpgVerify(home, f.dir, tampered).exitCode != 0);
    auto bad = ProfileVerifier::verify(pgp, tampered);
    REQUIRE(bad);
    CHECK(bad->signature.status == SignatureStatus::Bad);
    CHECK_FALSE(bad->isGood());

    // A second version, and the diff between the two.
    TeamProfile next = f.profiles->draft()->value();
    next.text[QStringLiteral("3.1")] = QStringLiteral("CERT-XX protects the public sector of Example Land.");
    REQUIRE(f.profiles->saveDraft(next));
    auto second = ProfileSigner::publish(*f.profiles, pgp, {}, fpr, now, job);
    REQUIRE(second);
    CHECK(second->version.version == 2);
    const QString diff =
        ProfileDiff::unified(ProfileRenderer::toText(v.profile), ProfileRenderer::toText(second->version.profile),
                             QStringLiteral("1"), QStringLiteral("2"));
    CHECK(diff.contains(QStringLiteral("-    CERT-XX helps the public sector")));
    CHECK(diff.contains(QStringLiteral("+    CERT-XX protects the public sector of Example Land.")));
    home.shutDown();
}

TEST_CASE("ProfileSigner: lint errors block signing - a profile naming another key is reported by verify")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    const QString fpr = test::generateKey(home, kTeamUid);
    OpenPgp pgp(home);
    const QString other = QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98");
    REQUIRE(f.profiles->saveDraft(test::sampleProfile(other)));
    DirectJobControl job;
    auto refused = ProfileSigner::publish(*f.profiles, pgp, {}, fpr, QDateTime::currentDateTimeUtc(), job);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().where == QStringLiteral("2.8"));
    CHECK(f.profiles->versions()->isEmpty());

    auto signedText = ProfileSigner::clearSign(pgp, test::sampleProfile(other), fpr);
    REQUIRE(signedText);
    auto verified = ProfileVerifier::verify(pgp, *signedText);
    REQUIRE(verified);
    CHECK(verified->signature.status == SignatureStatus::ValidTrusted);
    CHECK_FALSE(verified->signerIsProfileKey);
    CHECK_FALSE(verified->isGood());
    home.shutDown();
}

TEST_CASE("ProfileSigner: the lint context reads the key from GnuPG - a key expiring soon warns")
{
    GnupgHome home = test::makeHome();
    const QString fpr =
        test::generateKey(home, kTeamUid, QStringLiteral("ed25519"), QStringLiteral("sign"), QStringLiteral("10d"));
    OpenPgp pgp(home);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto context = ProfileSigner::lintContext(pgp, fpr, QDateTime(), now);
    REQUIRE(context);
    REQUIRE(context->signingKey);
    CHECK(context->signingKey->hasSecret);
    CHECK(context->emailsWithKey.contains(QStringLiteral("cert@cert-xx.example.org")));
    const auto soon = ProfileLint::check(test::sampleProfile(fpr), *context);
    CHECK_FALSE(hasLintErrors(soon));
    for (const LintFinding& finding : soon)
        UNSCOPED_INFO(finding.field.toStdString() << ": " << finding.message.toStdString());
    REQUIRE(soon.size() == 1);
    CHECK(soon.first().field == QStringLiteral("2.8"));

    // Seen from eleven days later, the key has expired: signing is blocked.
    auto later = ProfileSigner::lintContext(pgp, fpr, QDateTime(), now.addDays(11));
    REQUIRE(later);
    CHECK(hasLintErrors(ProfileLint::check(test::sampleProfile(fpr), *later)));
    home.shutDown();
}

TEST_CASE("ProfileSigner: signing reports progress and honours cancellation")
{
    test::ProfileFixture f;
    GnupgHome home = test::makeHome();
    const QString fpr = test::generateKey(home, kTeamUid);
    OpenPgp pgp(home);
    REQUIRE(f.profiles->saveDraft(test::sampleProfile(fpr)));
    DirectJobControl cancelled;
    cancelled.cancel();
    auto refused = ProfileSigner::publish(*f.profiles, pgp, {}, fpr, QDateTime::currentDateTimeUtc(), cancelled);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Cancelled);
    CHECK(f.profiles->versions()->isEmpty());

    QList<qint64> steps;
    DirectJobControl watched([&steps](const JobProgress& progress) { steps.append(progress.done); });
    REQUIRE(ProfileSigner::publish(*f.profiles, pgp, {}, fpr, QDateTime::currentDateTimeUtc(), watched));
    CHECK(steps == QList<qint64>{0, 1, 2, 3});
    home.shutDown();
}
