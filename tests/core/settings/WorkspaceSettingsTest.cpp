// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/WorkspaceSettings.h"

#include "core/base/Translations.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/TeamStore.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailStore.h"
#include "core/settings/SettingKeys.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <QSettings>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <memory>

using namespace fb;
using namespace fb::test;

namespace {

struct SettingsFixture
{
    SettingsFixture()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()))
        , computer(dir.file(QStringLiteral("computer.ini")), QSettings::IniFormat)
    {
        auto created = Vault::create(dir.file(QStringLiteral("settings.firebreak")), SecretBytes("test", 4));
        REQUIRE(created);
        vault = std::move(*created);
        tickets = std::make_unique<SqliteTicketRepository>(ChangeContext{*vault, clock, QStringLiteral("alice")});
        sla = std::make_unique<SlaPolicyStore>(*tickets);
        service =
            std::make_unique<WorkspaceSettings>(ChangeContext{*vault, clock, QStringLiteral("alice")}, *sla, &computer);
        TeamStore directory(ChangeContext{*vault, clock, QStringLiteral("alice")});
        Team us;
        us.officialName = QStringLiteral("Computer Emergency Response Team XX");
        us.shortName = QStringLiteral("CERT-XX");
        us.keyFingerprints = {QStringLiteral("0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567")};
        ourId = directory.addTeam(us).value();
        Team peer;
        peer.officialName = QStringLiteral("Peer Team");
        peer.shortName = QStringLiteral("PEER-CERT");
        peerId = directory.addTeam(peer).value();
    }

    SettingValues load()
    {
        auto values = service->load();
        REQUIRE(values);
        return *values;
    }

    qsizetype slaRows() { return tickets->history().forFieldPrefix(QStringLiteral("policy")).value().size(); }

    TempDir dir;
    FixedClock clock;
    QSettings computer;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<TicketRepository> tickets;
    std::unique_ptr<SlaPolicyStore> sla;
    std::unique_ptr<WorkspaceSettings> service;
    qint64 ourId = 0;
    qint64 peerId = 0;
};

} // namespace

TEST_CASE("WorkspaceSettings loads the defaults of a new workspace and computer", "[settings]")
{
    SettingsFixture f;
    const SettingValues values = f.load();
    CHECK(values.ownTeamId == 0);
    CHECK(values.ownTeamName.isEmpty());
    CHECK(values.signingKey.isEmpty());
    CHECK(values.signingKeyAutomatic);
    CHECK(values.subjectTag == QStringLiteral("FIREBREAK"));
    CHECK(values.quoteOriginal);
    CHECK(values.sla.targets(1).responseMinutes == SlaPolicy::defaults().targets(1).responseMinutes);
    CHECK(values.sla.targets(4).resolveMinutes == SlaPolicy::defaults().targets(4).resolveMinutes);
    CHECK(values.staleDays == DirectoryQueries::kDefaultStaleDays);
    CHECK(values.autoLockMinutes == WorkspaceSettings::kDefaultIdleMinutes);
    CHECK(values.language.isEmpty());
    CHECK(WorkspaceSettings::validate(values));
}

TEST_CASE("WorkspaceSettings saves every setting through its store and only what changed", "[settings]")
{
    SettingsFixture f;
    SettingValues values = f.load();
    values.ownTeamId = f.ourId;
    values.subjectTag = QStringLiteral("  CERT-XX ");
    values.quoteOriginal = false;
    values.sla.setTargets(2, SlaTargets{120, 2880});
    values.staleDays = 90;
    values.autoLockMinutes = 5;
    values.language = QStringLiteral("en");
    REQUIRE(f.service->save(values));

    // Each store sees the change, read afresh.
    auto own = OwnTeam(*f.vault).team();
    REQUIRE(own);
    REQUIRE(own->has_value());
    CHECK((*own)->id == f.ourId);
    CHECK(MailStore(*f.vault).subjectTag().value() == QStringLiteral("CERT-XX"));
    CHECK_FALSE(MailStore(*f.vault).quoteOriginal().value());
    SqliteTicketRepository bob(ChangeContext{*f.vault, f.clock, QStringLiteral("bob")});
    CHECK(SlaPolicyStore(bob).slaPolicy().value().targets(2).resolveMinutes == 2880);
    // The store passed in keeps the new policy in its cache.
    CHECK(f.sla->slaPolicy().value().targets(2).responseMinutes == 120);
    CHECK(DirectoryQueries(*f.vault, f.clock).staleDays().value() == 90);
    CHECK(f.computer.value(QString::fromLatin1(WorkspaceSettings::kIdleMinutesKey)).toInt() == 5);
    CHECK(f.computer.value(QString::fromLatin1(Translations::kLanguageKey)).toString() == QStringLiteral("en"));

    const SettingValues loaded = f.load();
    CHECK(loaded.ownTeamName == QStringLiteral("CERT-XX"));
    // No key chosen: the first key of our entry signs.
    CHECK(loaded.signingKey == QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
    CHECK(loaded.signingKeyAutomatic);
    CHECK(loaded.autoLockMinutes == 5);

    // Saving what is stored writes nothing: no new history row for the SLA policy.
    const qsizetype rows = f.slaRows();
    CHECK(rows == 1);
    REQUIRE(f.service->save(loaded));
    CHECK(f.slaRows() == rows);
    CHECK(f.load().signingKeyAutomatic);
}

TEST_CASE("WorkspaceSettings chooses a signing key and goes back to the automatic one", "[settings]")
{
    SettingsFixture f;
    SettingValues values = f.load();
    values.signingKey = QStringLiteral("fedcba9876543210fedcba9876543210fedcba98");
    REQUIRE(f.service->save(values));
    values = f.load();
    CHECK(values.signingKey == QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98"));
    CHECK_FALSE(values.signingKeyAutomatic);

    values.signingKey.clear();
    values.ownTeamId = f.ourId;
    REQUIRE(f.service->save(values));
    values = f.load();
    CHECK(values.signingKeyAutomatic);
    CHECK(values.signingKey == QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));

    values.language.clear();
    values.ownTeamId = 0;
    REQUIRE(f.service->save(values));
    CHECK(f.load().ownTeamId == 0);
    CHECK_FALSE(f.computer.contains(QString::fromLatin1(Translations::kLanguageKey)));
}

TEST_CASE("WorkspaceSettings refuses a bad value, names it, and changes nothing", "[settings]")
{
    SettingsFixture f;
    const SettingValues before = f.load();
    SettingValues values = before;
    values.ownTeamId = f.peerId; // a good change in the same save, rolled back with the bad one
    values.autoLockMinutes = 3;  // this computer's too
    ErrorCode code = ErrorCode::BadInput;
    QString where;
    QString words;

    SECTION("an SLA time below the minimum")
    {
        values.sla.setTargets(1, SlaTargets{5, 60});
        where = QStringLiteral("sla.critical.response");
        words = QStringLiteral("SLA times are 15 minutes to 365 days");
    }
    SECTION("an SLA time beyond a year")
    {
        values.sla.setTargets(4, SlaTargets{60, WorkspaceSettings::kMaxSlaMinutes + 1});
        where = QStringLiteral("sla.low.resolve");
        words = QStringLiteral("SLA times are");
    }
    SECTION("a first response due after the resolution")
    {
        values.sla.setTargets(3, SlaTargets{3000, 2000});
        where = QStringLiteral("sla.medium.response");
        words = QStringLiteral("The first response cannot be due after the resolution");
    }
    SECTION("no stale days")
    {
        values.staleDays = 0;
        where = QStringLiteral("stale-days");
        words = QStringLiteral("Directory entries are stale after 1 to 3650 days");
    }
    SECTION("stale days beyond ten years")
    {
        values.staleDays = WorkspaceSettings::kMaxStaleDays + 1;
        where = QStringLiteral("stale-days");
        words = QStringLiteral("Directory entries are stale after 1 to 3650 days");
    }
    SECTION("a negative auto-lock time")
    {
        values.autoLockMinutes = -1;
        where = QStringLiteral("auto-lock");
        words = QStringLiteral("Auto-lock is 0 (never) to 1440 minutes");
    }
    SECTION("an auto-lock time beyond a day")
    {
        values.autoLockMinutes = 24 * 60 + 1;
        where = QStringLiteral("auto-lock");
        words = QStringLiteral("Auto-lock is 0 (never) to 1440 minutes");
    }
    SECTION("a language without a catalogue")
    {
        values.language = QStringLiteral("xx");
        where = QStringLiteral("language");
        words = QStringLiteral("is not a language of Firebreak");
    }
    SECTION("a subject tag with brackets, refused by the mail store")
    {
        values.subjectTag = QStringLiteral("[CERT]");
        where = QStringLiteral("subject-tag");
        words = QStringLiteral("The subject tag must be 1 to 40 characters");
    }
    SECTION("a signing key that is no fingerprint, refused by OwnTeam")
    {
        values.signingKey = QStringLiteral("ABCD 1234");
        where = QStringLiteral("signing-key");
        words = QStringLiteral("is not a full OpenPGP fingerprint");
    }
    SECTION("a team that is not in the directory")
    {
        values.ownTeamId = f.peerId + 100;
        code = ErrorCode::NotFound;
        where = QStringLiteral("team");
        words = QStringLiteral("team");
    }
    auto saved = f.service->save(values);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == code);
    if (!where.isEmpty())
        CHECK(saved.error().where == where);
    INFO(saved.error().message.toStdString());
    CHECK(saved.error().message.contains(words));

    const SettingValues after = f.load();
    CHECK(after.ownTeamId == before.ownTeamId);
    CHECK(after.subjectTag == before.subjectTag);
    CHECK(after.staleDays == before.staleDays);
    CHECK(after.sla.targets(1).responseMinutes == before.sla.targets(1).responseMinutes);
    CHECK(after.sla.targets(3).responseMinutes == before.sla.targets(3).responseMinutes);
    CHECK(f.slaRows() == 0);
    CHECK_FALSE(f.computer.contains(QString::fromLatin1(WorkspaceSettings::kIdleMinutesKey)));
}

TEST_CASE("WorkspaceSettings without this computer's settings reads and writes the workspace only", "[settings]")
{
    SettingsFixture f;
    WorkspaceSettings workspaceOnly(ChangeContext{*f.vault, f.clock, QStringLiteral("alice")}, *f.sla, nullptr);
    SettingValues values = workspaceOnly.load().value();
    CHECK(values.autoLockMinutes == WorkspaceSettings::kDefaultIdleMinutes);
    values.subjectTag = QStringLiteral("CSIRT-1");
    values.autoLockMinutes = 30;
    REQUIRE(workspaceOnly.save(values));
    CHECK(MailStore(*f.vault).subjectTag().value() == QStringLiteral("CSIRT-1"));
    CHECK_FALSE(f.computer.contains(QString::fromLatin1(WorkspaceSettings::kIdleMinutesKey)));
}

TEST_CASE("WorkspaceSettings lists the teams to choose ours from and the keys linked to one", "[settings]")
{
    SettingsFixture f;
    auto teams = f.service->teams();
    REQUIRE(teams);
    REQUIRE(teams->size() == 2);
    auto keys = f.service->teamKeys(f.ourId);
    REQUIRE(keys);
    REQUIRE(keys->size() == 1);
    CHECK(QString(keys->first()).remove(QLatin1Char(' ')) ==
          QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
    CHECK(f.service->teamKeys(f.peerId).value().isEmpty());
    auto missing = f.service->teamKeys(f.peerId + 100);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}
