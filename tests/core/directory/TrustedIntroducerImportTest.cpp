// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryImporter.h"
#include "core/directory/TrustedIntroducerReader.h"
#include "core/directory/DirectoryKeys.h"

#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

QByteArray fixture(const char* name)
{
    return readAll(sourcePath(QStringLiteral("tests/data/directory/") + QLatin1String(name)));
}

bool hasProblem(const QList<ImportProblem>& problems, const QString& position)
{
    for (const ImportProblem& p : problems)
        if (p.position == position)
            return true;
    return false;
}

} // namespace

TEST_CASE("Trusted Introducer reader reads good teams and reports bad ones by position")
{
    auto read = TrustedIntroducerReader::read(fixture("ti-teams.json"));
    REQUIRE(read);
    REQUIRE(read->teams.size() == 3);
    CHECK(hasProblem(read->problems, QStringLiteral("teams[2].short_name")));               // wrong type
    CHECK(hasProblem(read->problems, QStringLiteral("teams[3].constituency.ipranges[1]"))); // 10.0.0.0/33
    CHECK(hasProblem(read->problems, QStringLiteral("teams[4].country")));                  // XQ
    CHECK(hasProblem(read->problems, QStringLiteral("teams[5].official_name")));            // missing
    CHECK(hasProblem(read->problems, QStringLiteral("teams[7]")));                          // not an object
    CHECK(read->problems.size() == 5);

    const Team& xl = read->teams[0].team;
    CHECK(xl.source == QStringLiteral("ti:1001"));
    CHECK(xl.shortName == QStringLiteral("CERT-XL"));
    CHECK(xl.type == TeamType::National);
    CHECK(xl.tiStatus == TiStatus::Accredited);
    CHECK(xl.tiSince == QDate(2004, 5, 17));
    CHECK(xl.established == QDate(2001, 8, 1));
    CHECK(xl.timeZone == QStringLiteral("Europe/Berlin"));
    CHECK(xl.available24x7);
    CHECK(xl.sectors == QStringList{QStringLiteral("government"), QStringLiteral("critical infrastructure")});
    CHECK(xl.constituency.size() == 8);
    CHECK(xl.channels.size() == 5);
    CHECK(xl.channels[1].value == QStringLiteral("emergency@cert-xl.de"));
    CHECK(xl.channels[4].outOfBand);
    CHECK(xl.keyFingerprints == QStringList{QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")});
    CHECK(read->teams[0].modified == QDateTime(QDate(2026, 1, 20), QTime(9, 30), QTimeZone::utc()));
    CHECK(read->teams[1].team.country == QStringLiteral("GB"));
    CHECK(read->teams[2].team.established == QDate(2012, 1, 1));
}

TEST_CASE("Trusted Introducer reader refuses broken JSON with line and column")
{
    auto read = TrustedIntroducerReader::read(fixture("ti-broken.json"));
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::BadInput);
    CHECK(read.error().where.startsWith(QStringLiteral("line 6")));
    CHECK_FALSE(TrustedIntroducerReader::read(QByteArray("{\"x\": 1}")));
}

TEST_CASE("Trusted Introducer import adds then updates and keeps newer user edits")
{
    DirectoryFixture f;
    DirectoryImporter importer = f.importer();
    auto read = TrustedIntroducerReader::read(fixture("ti-teams.json"));
    REQUIRE(read);
    auto first = importer.import(*read);
    REQUIRE(first);
    CHECK(first->added.size() == 3);
    CHECK(first->skipped.size() == 5);
    auto teams = f.store->teams();
    REQUIRE(teams);
    REQUIRE(teams->size() == 3);

    // The lookup sees the imported constituency.
    auto index = f.queries->lookup();
    REQUIRE(index);
    auto hit = (*index)->lookup(QStringLiteral("198.18.0.77"));
    REQUIRE(hit);
    REQUIRE(hit->matches.size() == 1);
    CHECK((*index)->team(hit->matches[0].teamId)->name == QStringLiteral("CERT-XL"));

    // The same file again changes nothing.
    auto again = importer.import(*read);
    REQUIRE(again);
    CHECK(again->added.isEmpty());
    CHECK(again->updated.isEmpty());
    CHECK(again->unchanged.size() == 3);

    // A person edits a field after the record's last_updated; a newer file must not overwrite it silently.
    auto xl = f.store->findTeam(QStringLiteral("CERT-XL"));
    REQUIRE(xl);
    xl->website = QStringLiteral("https://cert.example.de/");
    REQUIRE(f.store->updateTeam(*xl));
    read->teams[0].team.website = QStringLiteral("https://www.cert-xl.de/new/");
    read->teams[0].team.businessHours = QStringLiteral("Mon-Fri 07:00-18:00");
    auto third = importer.import(*read);
    REQUIRE(third);
    CHECK(third->updated == QStringList{QStringLiteral("CERT-XL")});
    REQUIRE(third->keptEdits.size() == 1);
    CHECK(third->keptEdits[0].contains(QStringLiteral("website")));
    auto after = f.store->findTeam(QStringLiteral("CERT-XL"));
    REQUIRE(after);
    CHECK(after->website == QStringLiteral("https://cert.example.de/"));
    CHECK(after->businessHours == QStringLiteral("Mon-Fri 07:00-18:00"));

    // A record modified after the user's edit wins, and is reported as an update.
    f.clock.advanceSecs(3600);
    read->teams[0].modified = f.clock.nowUtc().addSecs(60);
    auto fourth = importer.import(*read);
    REQUIRE(fourth);
    CHECK(fourth->keptEdits.isEmpty());
    CHECK(f.store->findTeam(QStringLiteral("CERT-XL"))->website == QStringLiteral("https://www.cert-xl.de/new/"));

    // History rows for the directory, outside any ticket.
    auto history = f.store->history(after->id);
    REQUIRE(history);
    CHECK(history->size() >= 4);
    CHECK(history->first().action == QStringLiteral("directory.team.create"));
    CHECK_FALSE(history->first().ticketId.has_value());
}

namespace {

// Cancels after a number of progress steps, like a user pressing Cancel half-way.
class CancelAfter final : public JobControl
{
public:
    explicit CancelAfter(int steps)
        : m_steps(steps)
    {
    }
    bool isCancelled() const override { return m_seen >= m_steps; }
    void report(const JobProgress& progress) override
    {
        ++m_seen;
        m_total = progress.total;
    }
    qint64 m_total = 0;

private:
    int m_steps;
    int m_seen = 0;
};

} // namespace

TEST_CASE("Trusted Introducer import cancelled half-way leaves nothing half-imported")
{
    DirectoryFixture f;
    auto read = TrustedIntroducerReader::read(fixture("ti-teams.json"));
    REQUIRE(read);
    CancelAfter control(2);
    auto report = f.importer().import(*read, &control);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Cancelled);
    CHECK(control.m_total == 3);
    CHECK(f.store->teams()->isEmpty());
    History history(*f.vault);
    CHECK(history.verify()->rowsChecked == 0);

    DirectJobControl progress;
    auto complete = f.importer().import(*read, &progress);
    REQUIRE(complete);
    CHECK(f.store->teams()->size() == 3);
}

TEST_CASE("Trusted Introducer import stopped half-way keeps the teams merged so far")
{
    DirectoryFixture f;
    auto read = TrustedIntroducerReader::read(fixture("ti-teams.json"));
    REQUIRE(read);
    REQUIRE(read->teams.size() == 3);
    DirectJobControl* self = nullptr;
    int steps = 0;
    DirectJobControl control([&](const JobProgress&) {
        if (++steps == 1)
            self->requestStop(); // while the first team is reported: it is merged, the other two are not read
    });
    self = &control;
    auto report = f.importer().import(*read, &control);
    REQUIRE(report);
    CHECK(report->stopped);
    CHECK(report->added.size() == 1);
    CHECK(report->notReached == QStringList{read->teams[1].position, read->teams[2].position});
    CHECK(f.store->teams()->size() == 1);

    DirectJobControl rest;
    auto complete = f.importer().import(*read, &rest);
    REQUIRE(complete);
    CHECK_FALSE(complete->stopped);
    CHECK(complete->notReached.isEmpty());
    CHECK(complete->added.size() == 2);
    CHECK(f.store->teams()->size() == 3);
}

TEST_CASE("Trusted Introducer import keeps last_updated and the named keys beside what we hold")
{
    DirectoryFixture f;
    auto read = TrustedIntroducerReader::read(fixture("ti-teams.json"));
    REQUIRE(read);
    REQUIRE(f.importer().import(*read));
    auto xl = f.store->findTeam(QStringLiteral("CERT-XL"));
    REQUIRE(xl);
    CHECK(xl->sourceUpdatedAt == QDateTime(QDate(2026, 1, 20), QTime(9, 30), Qt::UTC));
    CHECK(xl->sourceKeyFingerprints == QStringList{QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")});

    // Someone links another key by hand; the next import keeps that edit, and the TI entry's key stays on record
    // so that `directory show` can say they differ.
    xl->keyFingerprints = {QStringLiteral("89ABCDEF0123456789ABCDEF0123456789ABCDEF")};
    REQUIRE(f.store->updateTeam(*xl));
    f.clock.set(f.clock.nowUtc().addDays(1));
    REQUIRE(f.importer().import(*read));
    auto after = f.store->findTeam(QStringLiteral("CERT-XL"));
    REQUIRE(after);
    CHECK(after->keyFingerprints == QStringList{QStringLiteral("89ABCDEF0123456789ABCDEF0123456789ABCDEF")});
    CHECK(after->sourceKeyFingerprints == QStringList{QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")});
    CHECK(DirectoryKeys::mismatches(*after, DirectoryKeys::namedKeys(*after)).size() == 1);

    // Staleness counts from the entry's last_updated when we never verified it.
    f.clock.set(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    auto stale = f.queries->stale();
    REQUIRE(stale);
    bool found = false;
    for (const StaleEntry& e : *stale)
        if (e.name == QStringLiteral("CERT-XL")) {
            found = true;
            CHECK(e.basis == QStringLiteral("source"));
        }
    CHECK(found);
}
