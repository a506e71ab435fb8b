// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryStore.h"
#include "tests/core/advisory/AdvisoryFixture.h"

#include <catch2/catch.hpp>

using namespace fb;
using fb::test::AdvisoryFixture;

TEST_CASE("AdvisoryStore: identifiers follow the scheme and are sequential per year")
{
    AdvisoryFixture f;
    auto scheme = f.store->identifierScheme();
    REQUIRE(scheme);
    CHECK(*scheme == QStringLiteral("FIREBREAK-{YYYY}-{NNNN}"));
    auto a = f.store->create(test::sampleAdvisory());
    REQUIRE(a);
    CHECK(a->identifier == QStringLiteral("FIREBREAK-2026-0001"));
    CHECK(a->status == AdvisoryStatus::Draft);
    CHECK(a->version == QStringLiteral("0"));
    CHECK(a->revisions.size() == 1);
    auto b = f.store->create(test::sampleAdvisory());
    REQUIRE(b);
    CHECK(b->identifier == QStringLiteral("FIREBREAK-2026-0002"));

    REQUIRE(f.store->setIdentifierScheme(QStringLiteral("CERT-XX-{YYYY}-{NNNNN}")));
    f.clock.set(QDateTime(QDate(2027, 1, 1), QTime(0, 0, 1), Qt::UTC));
    auto c = f.store->create(test::sampleAdvisory());
    REQUIRE(c);
    CHECK(c->identifier == QStringLiteral("CERT-XX-2027-00001"));

    CHECK_FALSE(f.store->setIdentifierScheme(QStringLiteral("CERT-{NNNN}")));
    CHECK_FALSE(f.store->setIdentifierScheme(QStringLiteral("CERT {YYYY}-{NNNN}")));
    auto formatted = AdvisoryStore::formatIdentifier(QStringLiteral("X-{YYYY}-{NN}"), 2026, 123);
    REQUIRE(formatted);
    CHECK(*formatted == QStringLiteral("X-2026-123"));
}

TEST_CASE("AdvisoryStore: stores and reads back every field")
{
    AdvisoryFixture f;
    auto created = f.store->create(test::sampleAdvisory());
    REQUIRE(created);
    auto read = f.store->get(created->id);
    REQUIRE(read);
    CHECK(read->identifier == created->identifier);
    Advisory expected = test::sampleAdvisory();
    CHECK(read->title == expected.title);
    CHECK(read->tlp == TlpLevel::Green);
    CHECK(read->vulnerabilities == expected.vulnerabilities);
    CHECK(read->products == expected.products);
    CHECK(read->references == expected.references);
    CHECK(read->acknowledgments == expected.acknowledgments);
    CHECK(read->audience == expected.audience);
    CHECK(read->workarounds == expected.workarounds);

    auto found = f.store->find(created->identifier);
    REQUIRE(found);
    CHECK(found->id == created->id);
    CHECK(f.store->find(QStringLiteral("NOPE")).error().code == ErrorCode::NotFound);
    auto list = f.store->list();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).baseScoreTenths == 98);
}

TEST_CASE("AdvisoryStore: keeps what import brings beyond the editable fields")
{
    AdvisoryFixture f;
    // What import keeps beyond the editable fields: vulnerability descriptions and references, the legal
    // disclaimer, every self reference of the source.
    Advisory rich = test::sampleAdvisory();
    rich.vulnerabilities[0].description = QStringLiteral("The decoder trusts the length field.");
    rich.vulnerabilities[0].references = {{QStringLiteral("https://example.com/bug/1"), QStringLiteral("Bug")}};
    rich.legalDisclaimer = QStringLiteral("Provided as is.");
    rich.provenance = {
        QStringLiteral("Vendor"),
        QStringLiteral("https://vendor.example"),
        QStringLiteral("V-1"),
        QStringLiteral("https://vendor.example/v-1"),
        QString(64, QLatin1Char('a')),
        {QStringLiteral("https://vendor.example/v-1"), QStringLiteral("https://vendor.example/v-1.json")}};
    auto richCreated = f.store->create(rich);
    REQUIRE(richCreated);
    auto richRead = f.store->get(richCreated->id);
    REQUIRE(richRead);
    CHECK(richRead->vulnerabilities == rich.vulnerabilities);
    CHECK(richRead->legalDisclaimer == rich.legalDisclaimer);
    CHECK(richRead->provenance == rich.provenance);
}

TEST_CASE("AdvisoryStore: malformed CVE CWE and CVSS are refused with the field at fault")
{
    AdvisoryFixture f;
    Advisory a = test::sampleAdvisory();
    a.vulnerabilities[1].cve = QStringLiteral("CVE-26-1");
    auto bad = f.store->create(a);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().where == QStringLiteral("vulnerabilities[1].cve"));

    a = test::sampleAdvisory();
    a.vulnerabilities[0].cwe = QStringLiteral("CWE79");
    CHECK(f.store->create(a).error().where == QStringLiteral("vulnerabilities[0].cwe"));

    a = test::sampleAdvisory();
    a.vulnerabilities[0].cvssVector = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H");
    CHECK(f.store->create(a).error().where == QStringLiteral("vulnerabilities[0].cvss_vector.A"));

    a = test::sampleAdvisory();
    a.vulnerabilities[0].cve = QStringLiteral("cve-2026-1234");
    a.vulnerabilities[0].cvssVector = QStringLiteral("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N");
    auto ok = f.store->create(a);
    REQUIRE(ok);
    CHECK(ok->vulnerabilities[0].cve == QStringLiteral("CVE-2026-1234"));
    CHECK(ok->vulnerabilities[0].cvssVector == QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
}

TEST_CASE("AdvisoryStore: CVSS 3.0 is refused unless it is an imported document's own vector")
{
    AdvisoryFixture f;
    const QString v30 = QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    Advisory typed = test::sampleAdvisory();
    typed.vulnerabilities[0].cvssVector = v30;
    auto refused = f.store->create(typed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(refused.error().where == QStringLiteral("vulnerabilities[0].cvss_vector.CVSS"));
    CHECK(refused.error().message.contains(QStringLiteral("CVSS:3.1/")));

    Advisory imported = typed;
    imported.provenance = {QStringLiteral("Vendor"),      QStringLiteral("https://vendor.example"),
                           QStringLiteral("V-1"),         {},
                           QString(64, QLatin1Char('b')), {}};
    auto kept = f.store->create(imported);
    REQUIRE(kept);
    CHECK(kept->vulnerabilities[0].cvssVector == v30);
    // Editing other fields keeps it; a second 3.0 vector typed in is refused.
    Advisory edited = *kept;
    edited.title = QStringLiteral("Tailored");
    REQUIRE(f.store->update(edited));
    edited.vulnerabilities[1].cvssVector = QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N");
    auto second = f.store->update(edited);
    REQUIRE_FALSE(second);
    CHECK(second.error().where == QStringLiteral("vulnerabilities[1].cvss_vector.CVSS"));
}

TEST_CASE("AdvisoryStore: publishing bumps the version and final is gated by lint errors")
{
    AdvisoryFixture f;
    Advisory draft = test::sampleAdvisory();
    draft.products.clear();
    auto a = f.store->create(draft);
    REQUIRE(a);
    auto refused = f.store->publish(a->id, AdvisoryStatus::Final, QString());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().where == QStringLiteral("products"));

    auto interim = f.store->publish(a->id, AdvisoryStatus::Interim, QStringLiteral("Early warning."));
    REQUIRE(interim);
    CHECK(interim->version == QStringLiteral("1"));
    CHECK(interim->initialReleaseDate == f.clock.nowUtc());

    Advisory edited = *interim;
    edited.products = test::sampleAdvisory().products;
    edited.status = AdvisoryStatus::Final; // ignored by update()
    REQUIRE(f.store->update(edited));
    CHECK(f.store->get(a->id)->status == AdvisoryStatus::Interim);

    f.clock.advanceSecs(3600);
    auto final = f.store->publish(a->id, AdvisoryStatus::Final, QString());
    REQUIRE(final);
    CHECK(final->status == AdvisoryStatus::Final);
    CHECK(final->version == QStringLiteral("2"));
    // The draft's revision "0" is not part of a published history (CSAF 6.1.18): versions 1 and 2 only.
    REQUIRE(final->revisions.size() == 2);
    CHECK(final->revisions[0].number == QStringLiteral("1"));
    CHECK(final->revisions[1].number == QStringLiteral("2"));
    CHECK(final->currentReleaseDate == f.clock.nowUtc());
    CHECK(final->initialReleaseDate == f.clock.nowUtc().addSecs(-3600));
    CHECK(f.store->publish(a->id, AdvisoryStatus::Interim, QString()).error().code == ErrorCode::Conflict);

    History history(*f.vault);
    auto verified = history.verify();
    REQUIRE(verified);
    CHECK(verified->intact);
    CHECK(verified->rowsChecked >= 4); // create, publish, set products, publish
}
