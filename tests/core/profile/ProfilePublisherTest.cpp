// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfilePublisher.h"

#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/profile/ProfileFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace fb;

namespace {

const QString kTeamUid = QStringLiteral("CERT-XX <cert@cert-xx.example.org>");

// A workspace with the sample profile as its draft and a team key in a GnuPG home of its own; the clock is now
// (the key was made now).
struct PublisherFixture
{
    PublisherFixture()
        : home(test::makeHome())
        , fpr(test::generateKey(home, kTeamUid))
        , pgp(home)
        , now(QDateTime::currentDateTimeUtc())
        , publisher(ChangeContext{*f.vault, now, QStringLiteral("alice")}, pgp)
    {
        REQUIRE(f.profiles->saveDraft(test::sampleProfile(fpr)));
        REQUIRE(QDir(f.dir.path()).mkdir(QStringLiteral("out")));
        folder = f.dir.file(QStringLiteral("out"));
    }

    int versions() { return int(f.profiles->versions()->size()); }

    test::ProfileFixture f;
    GnupgHome home;
    QString fpr;
    OpenPgp pgp;
    FixedClock now;
    ProfilePublisher publisher;
    QString folder;
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("ProfilePublisher: publishing signs a version and writes the signed text, HTML and security.txt")
{
    PublisherFixture p;
    DirectJobControl job;
    auto published = p.publisher.publish({}, p.fpr, p.folder, job);
    INFO((published ? QString() : published.error().toString()).toStdString());
    REQUIRE(published);
    CHECK(published->written);
    CHECK(published->version.version == 1);
    CHECK(published->version.signer == p.fpr);
    const QDir out(p.folder);
    CHECK(published->files == QStringList{out.filePath(QStringLiteral("rfc2350.txt.asc")),
                                          out.filePath(QStringLiteral("rfc2350.html")),
                                          out.filePath(QStringLiteral("security.txt"))});
    CHECK(readFile(published->files[0]) == published->version.signedText);
    CHECK(readFile(published->files[1]).contains("CERT-XX"));
    const QByteArray securityTxt = readFile(published->files[2]);
    CHECK(securityTxt.startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));
    CHECK(securityTxt.contains("Contact: mailto:cert@cert-xx.example.org"));
    auto verified = p.pgp.verifyClearSigned(securityTxt);
    REQUIRE(verified);
    CHECK(verified->status == SignatureStatus::ValidTrusted);
    CHECK(p.versions() == 1);
}

TEST_CASE("ProfilePublisher: what publishing refuses before anything is stored")
{
    PublisherFixture p;
    DirectJobControl job;
    SECTION("no such folder")
    {
        auto published = p.publisher.publish({}, p.fpr, p.f.dir.file(QStringLiteral("missing")), job);
        REQUIRE_FALSE(published);
        CHECK(published.error().code == ErrorCode::NotFound);
        CHECK(published.error().message.contains(QStringLiteral("missing")));
    }
    SECTION("no team key")
    {
        auto published = p.publisher.publish({}, QString(), p.folder, job);
        REQUIRE_FALSE(published);
        CHECK(published.error().code == ErrorCode::NotFound);
    }
    SECTION("no draft in that language")
    {
        auto published = p.publisher.publish(QStringLiteral("de"), p.fpr, p.folder, job);
        REQUIRE_FALSE(published);
        CHECK(published.error().code == ErrorCode::NotFound);
    }
    SECTION("no address for security.txt's Contact")
    {
        TeamProfile profile = test::sampleProfile(p.fpr);
        profile.text.remove(QStringLiteral("2.7"));
        REQUIRE(p.f.profiles->saveDraft(profile));
        auto published = p.publisher.publish({}, p.fpr, p.folder, job);
        REQUIRE_FALSE(published);
        CHECK(published.error().code == ErrorCode::BadInput);
    }
    SECTION("cancelled")
    {
        job.cancel();
        auto published = p.publisher.publish({}, p.fpr, p.folder, job);
        REQUIRE_FALSE(published);
        CHECK(published.error().code == ErrorCode::Cancelled);
    }
    CHECK(p.versions() == 0);
    CHECK(QDir(p.folder).isEmpty());
}

TEST_CASE("ProfilePublisher: when the files cannot be written the signed version is kept and the error says which")
{
    PublisherFixture p;
    // A folder where the HTML file should go.
    REQUIRE(QDir(p.folder).mkdir(QStringLiteral("rfc2350.html")));
    DirectJobControl job;
    auto published = p.publisher.publish({}, p.fpr, p.folder, job);
    REQUIRE(published);
    CHECK(published->version.version == 1);
    REQUIRE_FALSE(published->written);
    CHECK(published->written.error().code == ErrorCode::Io);
    CHECK(published->written.error().where == QDir(p.folder).filePath(QStringLiteral("rfc2350.html")));
    CHECK(p.versions() == 1);
}

TEST_CASE("ProfilePublisher: sign keeps the next version - lint errors stop it")
{
    PublisherFixture p;
    DirectJobControl job;
    auto signedProfile = p.publisher.sign({}, p.fpr, job);
    REQUIRE(signedProfile);
    CHECK(signedProfile->version.version == 1);
    CHECK(signedProfile->version.signedText.startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));

    // The profile names another key in 2.8 than the one that signs.
    REQUIRE(p.f.profiles->saveDraft(test::sampleProfile(QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98"))));
    auto refused = p.publisher.sign({}, p.fpr, job);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().where == QStringLiteral("2.8"));
    CHECK(p.versions() == 1);
}

TEST_CASE("ProfilePublisher: security.txt plain or clear-signed - refused without a profile or with lint errors")
{
    PublisherFixture p;
    auto plain = p.publisher.securityTxt({}, {});
    REQUIRE(plain);
    CHECK(plain->startsWith("Contact: mailto:cert@cert-xx.example.org"));
    auto signedText = p.publisher.securityTxt({}, p.fpr);
    REQUIRE(signedText);
    CHECK(signedText->startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));
    CHECK(signedText->contains(*plain));

    SecurityTxtOptions expired;
    expired.expires = p.now.nowUtc().addDays(-1);
    auto refused = p.publisher.securityTxt(expired, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(refused.error().where.startsWith(QStringLiteral("Expires")));

    test::ProfileFixture empty;
    ProfilePublisher none(ChangeContext{*empty.vault, empty.clock, QStringLiteral("alice")}, p.pgp);
    auto missing = none.securityTxt({}, {});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("ProfilePublisher: the lint's key context knows the team key and the workspace keyring's addresses")
{
    PublisherFixture p;
    GnupgHome peerHome = test::makeHome();
    const QString peer = test::generateKey(peerHome, QStringLiteral("Peer <Incident@peer.example>"));
    auto armored = OpenPgp(peerHome).exportPublicKey(peer);
    REQUIRE(armored);
    REQUIRE(KeyringStore(*p.f.vault, p.now).addKeys(*armored, QStringLiteral("test")));
    auto emails = p.publisher.workspaceKeyEmails();
    REQUIRE(emails);
    CHECK(*emails == QStringList{QStringLiteral("incident@peer.example")});
    auto context = p.publisher.keyContext(p.fpr);
    REQUIRE(context);
    CHECK(context->signingFingerprint == p.fpr);
    REQUIRE(context->signingKey);
    CHECK(context->emailsWithKey.contains(QStringLiteral("incident@peer.example")));
    CHECK(context->emailsWithKey.contains(QStringLiteral("cert@cert-xx.example.org")));
}
