// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryPublisher.h"

#include "core/advisory/AdvisoryRenderer.h"
#include "core/crypto/OpenPgp.h"
#include "tests/core/advisory/AdvisoryFixture.h"
#include "tests/core/crypto/GpgTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace fb;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct PublishFixture
{
    PublishFixture()
        : home(test::makeHome())
        , pgp(home)
    {
        REQUIRE(QDir(f.dir.path()).mkdir(QStringLiteral("out")));
        publication.advisory = test::sampleAdvisory();
        publication.publisher.name = QStringLiteral("CERT-XX");
        publication.folder = f.dir.file(QStringLiteral("out"));
        publication.generatedAt = f.clock.nowUtc();
        publication.pdf = QByteArrayLiteral("%PDF-1.4 laid out by the caller");
    }

    // The path of the file with this suffix (".json", ".txt.asc"...), named by the CSAF rule.
    QString file(const char* suffix) const
    {
        const QString base = CsafWriter::fileName(publication.advisory.identifier).chopped(5);
        return QDir(publication.folder).filePath(base + QLatin1String(suffix));
    }

    test::AdvisoryFixture f;
    GnupgHome home;
    OpenPgp pgp;
    AdvisoryPublication publication;
};

} // namespace

TEST_CASE("AdvisoryPublisher: writes CSAF, HTML, the caller's PDF and the text into the folder")
{
    PublishFixture p;
    DirectJobControl job;
    SECTION("unsigned")
    {
        auto files = AdvisoryPublisher::publish(p.publication, p.pgp, job);
        INFO((files ? QString() : files.error().toString()).toStdString());
        REQUIRE(files);
        CHECK(*files == QStringList{p.file(".json"), p.file(".html"), p.file(".pdf"), p.file(".txt")});
        const QJsonObject csaf = QJsonDocument::fromJson(readFile(p.file(".json"))).object();
        CHECK(csaf.value(QStringLiteral("document"))
                  .toObject()
                  .value(QStringLiteral("publisher"))
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString() == QStringLiteral("CERT-XX"));
        CHECK(readFile(p.file(".pdf")) == p.publication.pdf);
        CHECK(readFile(p.file(".txt")) == AdvisoryRenderer::toText(p.publication.advisory).toUtf8());
    }
    SECTION("signed, without a PDF")
    {
        p.publication.signKey = test::generateKey(p.home, QStringLiteral("CERT-XX <cert@example.org>"));
        p.publication.pdf.clear();
        auto files = AdvisoryPublisher::publish(p.publication, p.pgp, job);
        REQUIRE(files);
        CHECK(*files == QStringList{p.file(".json"), p.file(".html"), p.file(".txt.asc")});
        auto verified = p.pgp.verifyClearSigned(readFile(p.file(".txt.asc")));
        REQUIRE(verified);
        CHECK(verified->status == SignatureStatus::ValidTrusted);
    }
}

TEST_CASE("AdvisoryPublisher: nothing is written unless every part could be made")
{
    PublishFixture p;
    DirectJobControl job;
    SECTION("no such folder")
    {
        p.publication.folder = p.f.dir.file(QStringLiteral("missing"));
        auto files = AdvisoryPublisher::publish(p.publication, p.pgp, job);
        REQUIRE_FALSE(files);
        CHECK(files.error().code == ErrorCode::NotFound);
        CHECK(files.error().message.contains(QStringLiteral("missing")));
    }
    SECTION("the advisory fails the lint")
    {
        p.publication.advisory.summary.clear();
        auto files = AdvisoryPublisher::publish(p.publication, p.pgp, job);
        REQUIRE_FALSE(files);
        CHECK(files.error().code == ErrorCode::Conflict);
    }
    SECTION("the signing key is not there")
    {
        p.publication.signKey = QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98");
        auto files = AdvisoryPublisher::publish(p.publication, p.pgp, job);
        REQUIRE_FALSE(files);
    }
    SECTION("cancelled")
    {
        job.cancel();
        auto files = AdvisoryPublisher::publish(p.publication, p.pgp, job);
        REQUIRE_FALSE(files);
        CHECK(files.error().code == ErrorCode::Cancelled);
    }
    CHECK(QDir(p.publication.folder).isEmpty());
}

TEST_CASE("AdvisoryPublisher: a file that cannot be written is named")
{
    PublishFixture p;
    REQUIRE(QDir(p.publication.folder).mkdir(QFileInfo(p.file(".html")).fileName()));
    DirectJobControl job;
    auto files = AdvisoryPublisher::publish(p.publication, p.pgp, job);
    REQUIRE_FALSE(files);
    CHECK(files.error().code == ErrorCode::Io);
    CHECK(files.error().where == p.file(".html"));
}

TEST_CASE("AdvisoryPublisher: CSAF under our team's publisher block, and the text plain or signed")
{
    PublishFixture p;
    const Advisory advisory = test::sampleAdvisory();
    auto csaf = AdvisoryPublisher::csaf(*p.f.vault, advisory, p.f.clock.nowUtc());
    REQUIRE(csaf);
    // No team chosen yet: the built-in publisher.
    CHECK(*csaf == *CsafWriter::writeChecked(advisory, CsafPublisher{}, p.f.clock.nowUtc()));
    Advisory broken = advisory;
    broken.products.clear();
    CHECK_FALSE(AdvisoryPublisher::csaf(*p.f.vault, broken, p.f.clock.nowUtc()));

    auto plain = AdvisoryPublisher::text(p.pgp, advisory, {});
    REQUIRE(plain);
    CHECK(*plain == AdvisoryRenderer::toText(advisory).toUtf8());
    const QString key = test::generateKey(p.home, QStringLiteral("CERT-XX <cert@example.org>"));
    auto signedText = AdvisoryPublisher::text(p.pgp, advisory, key);
    REQUIRE(signedText);
    CHECK(signedText->startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));
    CHECK_FALSE(AdvisoryPublisher::text(p.pgp, advisory, QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98")));
}
