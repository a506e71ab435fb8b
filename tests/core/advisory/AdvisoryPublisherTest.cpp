// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryPublisher.h"

#include "core/advisory/AdvisoryRenderer.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/OwnTeam.h"
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

namespace {

// A stored, lint-clean draft and the request to publish it unsigned into the fixture's folder.
struct RevisionFixture : PublishFixture
{
    RevisionFixture()
    {
        Advisory draft = test::sampleAdvisory();
        draft.audience.clear();
        auto stored = f.store->create(draft);
        REQUIRE(stored);
        publication.advisory = *stored;
        request = {stored->id, AdvisoryStatus::Final, QStringLiteral("Initial release."), publication.folder, false};
    }

    Result<PublishedRevision> publishRevision(const AdvisoryPdfLayout& layout)
    {
        DirectJobControl job;
        return AdvisoryPublisher::publishRevision(f.change(), pgp, request, layout, job);
    }

    AdvisoryRevisionRequest request;
};

const AdvisoryPdfLayout kFakePdf = [](const Advisory& advisory, const QString& author) -> Result<QByteArray> {
    return QStringLiteral("%PDF-1.4 %1 by %2").arg(advisory.version, author).toUtf8();
};

} // namespace

TEST_CASE("AdvisoryPublisher: publishing a revision stores it and writes its files")
{
    RevisionFixture p;
    SECTION("unsigned, with the PDF the caller lays out")
    {
        auto revision = p.publishRevision(kFakePdf);
        INFO((revision ? QString() : revision.error().toString()).toStdString());
        REQUIRE(revision);
        CHECK(revision->advisory.status == AdvisoryStatus::Final);
        CHECK(revision->advisory.version == QStringLiteral("1"));
        CHECK(revision->pdf);
        REQUIRE(revision->files);
        CHECK(*revision->files == QStringList{p.file(".json"), p.file(".html"), p.file(".pdf"), p.file(".txt")});
        // The PDF is of the published revision, under our publisher's name (the built-in one: no team chosen).
        CHECK(readFile(p.file(".pdf")) == QStringLiteral("%PDF-1.4 1 by %1").arg(CsafPublisher{}.name).toUtf8());
        CHECK(readFile(p.file(".txt")).contains("Initial release."));
        auto stored = p.f.store->get(p.request.advisoryId);
        REQUIRE(stored);
        CHECK(stored->status == AdvisoryStatus::Final);
        CHECK(stored->version == QStringLiteral("1"));
    }
    SECTION("signed with the team key, without a PDF")
    {
        const QString key = test::generateKey(p.home, QStringLiteral("CERT-XX <cert@example.org>"));
        REQUIRE(OwnTeam(*p.f.vault).setSigningKey(key));
        p.request.sign = true;
        auto revision = p.publishRevision({});
        REQUIRE(revision);
        REQUIRE(revision->files);
        CHECK(*revision->files == QStringList{p.file(".json"), p.file(".html"), p.file(".txt.asc")});
        auto verified = p.pgp.verifyClearSigned(readFile(p.file(".txt.asc")));
        REQUIRE(verified);
        CHECK(verified->status == SignatureStatus::ValidTrusted);
    }
    SECTION("the PDF cannot be laid out: the other files are written")
    {
        auto revision = p.publishRevision([](const Advisory&, const QString&) -> Result<QByteArray> {
            return fail(ErrorCode::Internal, QStringLiteral("no fonts"));
        });
        REQUIRE(revision);
        CHECK_FALSE(revision->pdf);
        REQUIRE(revision->files);
        CHECK(*revision->files == QStringList{p.file(".json"), p.file(".html"), p.file(".txt")});
    }
}

TEST_CASE("AdvisoryPublisher: a revision that cannot be published or written")
{
    RevisionFixture p;
    SECTION("signing without a team key: nothing is published")
    {
        p.request.sign = true;
        auto revision = p.publishRevision(kFakePdf);
        REQUIRE_FALSE(revision);
        CHECK(revision.error().code == ErrorCode::NotFound);
        CHECK(p.f.store->get(p.request.advisoryId)->status == AdvisoryStatus::Draft);
        CHECK(QDir(p.publication.folder).isEmpty());
    }
    SECTION("no such advisory")
    {
        p.request.advisoryId = 4711;
        CHECK_FALSE(p.publishRevision(kFakePdf));
        CHECK(QDir(p.publication.folder).isEmpty());
    }
    SECTION("no such folder: the revision is stored, the files are not written")
    {
        p.request.folder = p.f.dir.file(QStringLiteral("missing"));
        auto revision = p.publishRevision(kFakePdf);
        REQUIRE(revision);
        REQUIRE_FALSE(revision->files);
        CHECK(revision->files.error().code == ErrorCode::NotFound);
        CHECK(p.f.store->get(p.request.advisoryId)->status == AdvisoryStatus::Final);
    }
}
