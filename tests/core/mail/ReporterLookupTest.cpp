// SPDX-License-Identifier: GPL-3.0-or-later
// Reporter recognition (issue 4): a new report from a sender the directory knows names that team or person
// and their type; a verified signer's key is asked first; unknown senders stay the plain address.
#include "core/directory/PersonStore.h"
#include "core/directory/TeamStore.h"
#include "core/mail/MailImporter.h"
#include "core/mail/ReporterLookup.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"
#include "tests/core/mail/MailTestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

qint64 added(const Result<qint64>& id)
{
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id);
    return *id;
}

constexpr const char* kTeamKey = "0123456789ABCDEF0123456789ABCDEF01234567";
constexpr const char* kPersonKey = "89ABCDEF0123456789ABCDEF0123456789ABCDEF";

struct Directory
{
    qint64 teamId = 0;
    qint64 ispId = 0;
    qint64 personId = 0;
};

Directory fillDirectory(MailWorkspace& ws)
{
    TeamStore store(ws.change());
    Directory d;
    Team team;
    team.officialName = QStringLiteral("CERT Example Land");
    team.shortName = QStringLiteral("CERT-XL");
    team.type = TeamType::National;
    team.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("cert@cert-xl.de"), ChannelUsage::Contact, {}, false});
    team.keyFingerprints.append(QString::fromLatin1(kTeamKey));
    d.teamId = added(store.addTeam(team));

    Team isp;
    isp.officialName = QStringLiteral("Example Carrier Abuse Desk");
    isp.type = TeamType::Isp;
    isp.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("abuse@isp.example.net"), ChannelUsage::Abuse, {}, false});
    d.ispId = added(store.addTeam(isp));

    Person person;
    person.name = QStringLiteral("Jane Doe");
    person.channels.append(
        Channel{ChannelKind::Email, QStringLiteral("jane@cert-xl.de"), ChannelUsage::Contact, {}, false});
    person.keyFingerprint = QString::fromLatin1(kPersonKey);
    person.memberships.append(TeamMembership{d.teamId, QStringLiteral("handler"), QDate(2020, 1, 1), {}});
    d.personId = added(PersonStore(ws.change()).addPerson(person));
    return d;
}

QByteArray messageFrom(const QByteArray& from, const QByteArray& id)
{
    QByteArray m = plainMessage(id, "Scanning from your network", "198.51.100.7 scans us");
    m.replace(QByteArray("From: Reporter <reporter@isp.example.net>"), QByteArray("From: " + from));
    return m;
}

} // namespace

TEST_CASE("A new report names the directory team or person that sent it", "[mail][import][reporter]")
{
    MailWorkspace ws;
    const Directory d = fillDirectory(ws);
    MailImporter importer(ws.change());
    SqliteTicketRepository tickets(ws.change());

    struct Row
    {
        QByteArray from;
        QString reporter;
        ReporterType type;
        bool recognised;
    };
    const Row row = GENERATE(
        Row{"CERT XL <CERT@cert-xl.de>", QStringLiteral("CERT-XL <cert@cert-xl.de>"), ReporterType::OtherCsirt, true},
        Row{"Abuse <abuse@isp.example.net>", QStringLiteral("Example Carrier Abuse Desk <abuse@isp.example.net>"),
            ReporterType::Isp, true},
        Row{"Jane <jane@cert-xl.de>", QStringLiteral("Jane Doe (CERT-XL) <jane@cert-xl.de>"), ReporterType::OtherCsirt,
            true},
        Row{"Stranger <someone@elsewhere.example>", QStringLiteral("someone@elsewhere.example"), ReporterType::Other,
            false});
    INFO(row.from.toStdString());
    auto imported = importer.importBytes(messageFrom(row.from, "r1@example"), QStringLiteral("test.eml"));
    REQUIRE(imported);
    REQUIRE(imported->outcome == ImportOutcome::Imported);
    CHECK(imported->reporter.isEmpty() == !row.recognised);
    CHECK(imported->notes.isEmpty()); // recognition is no problem to look at
    auto ticket = tickets.get(imported->ticketId);
    REQUIRE(ticket);
    CHECK(ticket->reporter == row.reporter);
    CHECK(ticket->reporterType == row.type);
    CHECK(ticket->howReported == HowReported::Email);
    (void)d;
}

TEST_CASE("Replies keep the ticket's reporter and the report counts recognised reporters", "[mail][import][reporter]")
{
    MailWorkspace ws;
    fillDirectory(ws);
    TempDir in;
    QByteArray box =
        "From x Mon Mar  2 10:00:00 2026\n" + messageFrom("CERT XL <cert@cert-xl.de>", "a@x") +
        "\nFrom x Mon Mar  2 10:00:00 2026\n" + messageFrom("Stranger <someone@elsewhere.example>", "b@x") +
        "\nFrom x Mon Mar  2 10:00:00 2026\n" + plainMessage("c@x", "Re: Scanning", "more", "In-Reply-To: <b@x>\n");
    writeAll(in.file(QStringLiteral("box.mbox")), box);
    MailImporter importer(ws.change());
    DirectJobControl job;
    auto report = importer.importPaths({in.file(QStringLiteral("box.mbox"))}, job);
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(report->threaded == 1);
    CHECK(report->reportersRecognised == 1);
    CHECK(report->toJson().value(QStringLiteral("reporters_recognised")).toInt() == 1);
    SqliteTicketRepository tickets(ws.change());
    CHECK(tickets.get(report->cases[2].ticketId)->reporter == QStringLiteral("someone@elsewhere.example"));
}

TEST_CASE("A verified signer's key names the sender before the address does", "[mail][reporter]")
{
    MailWorkspace ws;
    const Directory d = fillDirectory(ws);
    ReporterLookup lookup(*ws.vault, ws.clock);

    ParsedMessage m;
    m.fromAddress = QStringLiteral("cert@cert-xl.de");     // the team's address...
    m.signerFingerprint = QString::fromLatin1(kPersonKey); // ...but signed by Jane's key

    SECTION("good signature: the key wins")
    {
        m.signatureStatus = QStringLiteral("good");
        auto found = lookup.find(m);
        REQUIRE(found);
        REQUIRE(*found);
        CHECK((*found)->byKey);
        CHECK((*found)->personId == d.personId);
        CHECK((*found)->teamId == d.teamId);
        CHECK((*found)->reporter == QStringLiteral("Jane Doe (CERT-XL) <cert@cert-xl.de>"));
        CHECK((*found)->note.contains(QStringLiteral("signing key")));
    }
    SECTION("valid but untrusted in GnuPG: the directory's key still names her")
    {
        m.signatureStatus = QStringLiteral("good-untrusted");
        auto found = lookup.find(m);
        REQUIRE(found);
        REQUIRE(*found);
        CHECK((*found)->personId == d.personId);
    }
    SECTION("bad, revoked or unverified signatures name nobody: the address decides")
    {
        m.signatureStatus = GENERATE(QStringLiteral("bad"), QStringLiteral("revoked-key"),
                                     QStringLiteral("not-verified"), QStringLiteral("no-public-key"));
        auto found = lookup.find(m);
        REQUIRE(found);
        REQUIRE(*found);
        CHECK_FALSE((*found)->byKey);
        CHECK((*found)->personId == 0);
        CHECK((*found)->teamId == d.teamId);
        CHECK((*found)->note.contains(QStringLiteral("address")));
    }
    SECTION("a key the directory does not know falls back to the address")
    {
        m.signatureStatus = QStringLiteral("good");
        m.signerFingerprint = QStringLiteral("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF");
        auto found = lookup.find(m);
        REQUIRE(found);
        REQUIRE(*found);
        CHECK_FALSE((*found)->byKey);
        CHECK((*found)->teamId == d.teamId);
    }
    SECTION("the team's own key")
    {
        m.signatureStatus = QStringLiteral("good");
        m.signerFingerprint = QString::fromLatin1(kTeamKey);
        m.fromAddress = QStringLiteral("someone@elsewhere.example");
        auto found = lookup.find(m);
        REQUIRE(found);
        REQUIRE(*found);
        CHECK((*found)->byKey);
        CHECK((*found)->personId == 0);
        CHECK((*found)->teamId == d.teamId);
        CHECK((*found)->type == ReporterType::OtherCsirt);
    }
    SECTION("no address and no key: unknown")
    {
        m.fromAddress.clear();
        m.signerFingerprint.clear();
        auto found = lookup.find(m);
        REQUIRE(found);
        CHECK_FALSE(*found);
    }
}
