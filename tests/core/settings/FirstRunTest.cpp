// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/FirstRun.h"

#include "core/directory/OwnTeam.h"
#include "core/directory/TeamStore.h"
#include "core/mail/MailStore.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

#include <memory>

using namespace fb;
using namespace fb::test;

namespace {

const QString kFpr = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");

struct FirstRunFixture
{
    FirstRunFixture()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()))
    {
        auto created = Vault::create(dir.file(QStringLiteral("first.firebreak")), SecretBytes("test", 4));
        REQUIRE(created);
        vault = std::move(*created);
        tickets = std::make_unique<SqliteTicketRepository>(change());
        sla = std::make_unique<SlaPolicyStore>(*tickets);
        guide = std::make_unique<FirstRun>(change(), *sla);
    }

    ChangeContext change() { return ChangeContext{*vault, clock, QStringLiteral("alice")}; }

    std::optional<Team> ours()
    {
        auto team = OwnTeam(*vault).team();
        REQUIRE(team);
        return *team;
    }

    TempDir dir;
    FixedClock clock;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<SqliteTicketRepository> tickets;
    std::unique_ptr<SlaPolicyStore> sla;
    std::unique_ptr<FirstRun> guide;
};

FirstRun::TeamAnswers answers(const QString& name, const QString& email, const QString& tag)
{
    return FirstRun::TeamAnswers{name, email, tag};
}

} // namespace

TEST_CASE("A workspace waits for the guide only when marked, until it is done", "[settings][firstrun]")
{
    FirstRunFixture f;
    CHECK_FALSE(FirstRun::isPending(*f.vault).value()); // opened, demo, made by the CLI: never marked
    REQUIRE(FirstRun::markPending(*f.vault));
    CHECK(FirstRun::isPending(*f.vault).value());
    REQUIRE(f.guide->markDone());
    CHECK_FALSE(FirstRun::isPending(*f.vault).value());
}

TEST_CASE("The team answers are checked, each error naming its field", "[settings][firstrun]")
{
    CHECK(FirstRun::checkTeam(
        answers(QStringLiteral("CERT-X"), QStringLiteral("cert@example.org"), QStringLiteral("CERT-X"))));
    const auto [name, email, tag, where] = GENERATE(table<QString, QString, QString, QString>({
        {QStringLiteral("  "), QStringLiteral("cert@example.org"), QStringLiteral("CERT-X"), QStringLiteral("name")},
        {QStringLiteral("CERT-X"), QString(), QStringLiteral("CERT-X"), QStringLiteral("email")},
        {QStringLiteral("CERT-X"), QStringLiteral("cert.example.org"), QStringLiteral("CERT-X"),
         QStringLiteral("email")},
        {QStringLiteral("CERT-X"), QStringLiteral("cert@example.org"), QStringLiteral("[CERT-X #%1]"),
         QStringLiteral("subject-tag")},
        {QStringLiteral("CERT-X"), QStringLiteral("cert@example.org"), QString(), QStringLiteral("subject-tag")},
    }));
    const Status status = FirstRun::checkTeam(answers(name, email, tag));
    REQUIRE_FALSE(status);
    CHECK(status.error().code == ErrorCode::BadInput);
    CHECK(status.error().where == where);
}

TEST_CASE("The team step makes our directory entry, marks it ours and sets the tag", "[settings][firstrun]")
{
    FirstRunFixture f;
    auto id = f.guide->applyTeam(
        answers(QStringLiteral("CERT-X"), QStringLiteral("Cert@Example.org"), QStringLiteral("CERT-X")));
    REQUIRE(id);
    auto ours = f.ours();
    REQUIRE(ours.has_value());
    CHECK(ours->id == *id);
    CHECK(ours->officialName == QStringLiteral("CERT-X"));
    REQUIRE(ours->channels.size() == 1);
    CHECK(ours->channels.first().value == QStringLiteral("cert@example.org"));
    CHECK(MailStore(*f.vault).subjectTag().value() == QStringLiteral("CERT-X"));
    CHECK_FALSE(TeamStore(f.change()).history(*id).value().isEmpty()); // the directory's edit log

    auto shown = f.guide->currentTeam();
    REQUIRE(shown);
    CHECK(shown->name == QStringLiteral("CERT-X"));
    CHECK(shown->email == QStringLiteral("cert@example.org"));

    SECTION("run again, it updates the same entry instead of adding one")
    {
        auto again = f.guide->applyTeam(
            answers(QStringLiteral("CERT-X Europe"), QStringLiteral("desk@example.org"), QStringLiteral("CERTX")));
        REQUIRE(again);
        CHECK(*again == *id);
        CHECK(TeamStore(f.change()).teams().value().size() == 1);
        CHECK(f.ours()->officialName == QStringLiteral("CERT-X Europe"));
        CHECK(f.ours()->channels.first().value == QStringLiteral("desk@example.org"));
        CHECK(MailStore(*f.vault).subjectTag().value() == QStringLiteral("CERTX"));
    }
    SECTION("refused answers change nothing")
    {
        auto refused =
            f.guide->applyTeam(answers(QStringLiteral("Other"), QStringLiteral("nope"), QStringLiteral("OTHER")));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().where == QStringLiteral("email"));
        CHECK(f.ours()->officialName == QStringLiteral("CERT-X"));
        CHECK(MailStore(*f.vault).subjectTag().value() == QStringLiteral("CERT-X"));
    }
}

TEST_CASE("The key step sets the signing key and links it to our entry", "[settings][firstrun]")
{
    FirstRunFixture f;
    SECTION("with our team")
    {
        REQUIRE(f.guide->applyTeam(
            answers(QStringLiteral("CERT-X"), QStringLiteral("cert@example.org"), QStringLiteral("CERT-X"))));
        REQUIRE(f.guide->applyKey(QStringLiteral("0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567")));
        CHECK(OwnTeam(*f.vault).chosenSigningKey().value() == kFpr);
        CHECK(f.ours()->keyFingerprints == QStringList{kFpr});
        REQUIRE(f.guide->applyKey(kFpr)); // once linked, not twice
        CHECK(f.ours()->keyFingerprints == QStringList{kFpr});
    }
    SECTION("without a team, only the setting")
    {
        REQUIRE(f.guide->applyKey(kFpr));
        CHECK(OwnTeam(*f.vault).chosenSigningKey().value() == kFpr);
        CHECK_FALSE(f.ours().has_value());
    }
    SECTION("not a fingerprint")
    {
        const Status refused = f.guide->applyKey(QStringLiteral("ABCD"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::BadInput);
        CHECK(OwnTeam(*f.vault).chosenSigningKey().value().isEmpty());
    }
}

TEST_CASE("The SLA step changes the policy with a history row, and refuses what Settings refuses",
          "[settings][firstrun]")
{
    FirstRunFixture f;
    SlaPolicy policy = SlaPolicy::defaults();
    policy.setTargets(1, SlaTargets{30, 8 * 60});
    REQUIRE(f.guide->applySla(policy));
    CHECK(f.sla->slaPolicy().value().targets(1).responseMinutes == 30);
    CHECK(SlaPolicyStore(*f.tickets).slaPolicy().value().targets(1).resolveMinutes == 8 * 60);
    CHECK(f.tickets->history().forFieldPrefix(QStringLiteral("policy")).value().size() == 1);

    policy.setTargets(2, SlaTargets{600, 60}); // response after resolution
    const Status refused = f.guide->applySla(policy);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().where == QStringLiteral("sla.high.response"));
    CHECK(SlaPolicyStore(*f.tickets).slaPolicy().value().targets(2).responseMinutes ==
          SlaPolicy::defaults().targets(2).responseMinutes);
}
