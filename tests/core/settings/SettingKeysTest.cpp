// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/SettingKeys.h"

#include "core/directory/TeamStore.h"
#include "core/settings/WorkspaceSettings.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <QSettings>
#include <QSet>

#include <catch2/catch.hpp>

#include <memory>

using namespace fb;
using namespace fb::test;

namespace {

struct KeysFixture
{
    KeysFixture()
        : computer(dir.file(QStringLiteral("computer.ini")), QSettings::IniFormat)
    {
        vault = std::move(Vault::create(dir.file(QStringLiteral("keys.firebreak")), SecretBytes("test", 4)).value());
        tickets = std::make_unique<SqliteTicketRepository>(ChangeContext{*vault, clock, QStringLiteral("alice")});
        sla = std::make_unique<SlaPolicyStore>(*tickets);
        service =
            std::make_unique<WorkspaceSettings>(ChangeContext{*vault, clock, QStringLiteral("alice")}, *sla, &computer);
        Team us;
        us.officialName = QStringLiteral("Computer Emergency Response Team XX");
        us.shortName = QStringLiteral("CERT-XX");
        teamId = TeamStore(ChangeContext{*vault, clock, QStringLiteral("alice")}).addTeam(us).value();
    }

    TempDir dir;
    SystemClock clock;
    QSettings computer;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<TicketRepository> tickets;
    std::unique_ptr<SlaPolicyStore> sla;
    std::unique_ptr<WorkspaceSettings> service;
    qint64 teamId = 0;
};

} // namespace

TEST_CASE("SettingKeys names every setting of the Settings page once", "[settings]")
{
    QSet<QString> names;
    for (const SettingKey& key : SettingKeys::all()) {
        CHECK_FALSE(SettingKeys::description(key).isEmpty());
        names.insert(key.name);
        REQUIRE(SettingKeys::find(key.name));
    }
    CHECK(names.size() == SettingKeys::all().size());
    for (const char* name :
         {"team", "signing-key", "subject-tag", "quote-original", "sla.critical.response", "sla.critical.resolve",
          "sla.high.response", "sla.medium.resolve", "sla.low.resolve", "stale-days", "auto-lock", "language"})
        CHECK(names.contains(QString::fromLatin1(name)));
    CHECK(SettingKeys::find(QStringLiteral("auto-lock"))->computer);
    CHECK_FALSE(SettingKeys::find(QStringLiteral("subject-tag"))->computer);
    CHECK_FALSE(SettingKeys::find(QStringLiteral("sla.severe.response")));
    CHECK_FALSE(SettingKeys::find(QStringLiteral("colour")));
}

TEST_CASE("SettingKeys reads each kind of value from text and shows it back", "[settings]")
{
    KeysFixture f;
    SettingValues values = f.service->load().value();
    const struct
    {
        const char* key;
        const char* text;
        const char* shown;
    } cases[] = {
        {"team", "cert-xx", "CERT-XX"},      {"subject-tag", "CERT-XX", "CERT-XX"},
        {"sla.high.response", " 90 ", "90"}, {"sla.high.resolve", "4320", "4320"},
        {"stale-days", "30", "30"},          {"auto-lock", "0", "0"},
        {"language", "system", ""},          {"signing-key", "auto", ""},
        {"quote-original", " Off ", "no"},
    };
    for (const auto& c : cases) {
        INFO(c.key);
        REQUIRE(SettingKeys::apply(values, QString::fromLatin1(c.key), QString::fromLatin1(c.text), *f.service));
    }
    REQUIRE(f.service->save(values));
    const SettingValues saved = f.service->load().value();
    for (const auto& c : cases) {
        INFO(c.key);
        CHECK(SettingKeys::text(saved, QString::fromLatin1(c.key)) == QString::fromLatin1(c.shown));
    }
    CHECK(saved.ownTeamId == f.teamId);
    CHECK(SettingKeys::json(saved, QStringLiteral("stale-days")).toInt() == 30);
    CHECK(SettingKeys::json(saved, QStringLiteral("team")).toString() == QStringLiteral("CERT-XX"));
    CHECK(SettingKeys::json(saved, QStringLiteral("quote-original")) == QJsonValue(false));
    CHECK_FALSE(saved.quoteOriginal);
    REQUIRE(SettingKeys::apply(values, QStringLiteral("quote-original"), QStringLiteral("yes"), *f.service));
    CHECK(values.quoteOriginal);

    REQUIRE(SettingKeys::apply(values, QStringLiteral("team"), QStringLiteral("none"), *f.service));
    CHECK(values.ownTeamId == 0);
    CHECK(SettingKeys::json(values, QStringLiteral("team")).isNull());
}

TEST_CASE("SettingKeys refuses text of the wrong kind, an unknown team and an unknown key", "[settings]")
{
    KeysFixture f;
    SettingValues values = f.service->load().value();
    const SettingValues before = values;

    auto number = SettingKeys::apply(values, QStringLiteral("sla.low.resolve"), QStringLiteral("two days"), *f.service);
    REQUIRE_FALSE(number);
    CHECK(number.error().code == ErrorCode::BadInput);
    CHECK(number.error().where == QStringLiteral("sla.low.resolve"));
    CHECK(number.error().message.contains(QStringLiteral("whole number")));
    CHECK(values.sla.targets(4).resolveMinutes == before.sla.targets(4).resolveMinutes);

    auto days = SettingKeys::apply(values, QStringLiteral("stale-days"), QStringLiteral("12.5"), *f.service);
    REQUIRE_FALSE(days);
    CHECK(days.error().code == ErrorCode::BadInput);

    auto yesNo = SettingKeys::apply(values, QStringLiteral("quote-original"), QStringLiteral("sometimes"), *f.service);
    REQUIRE_FALSE(yesNo);
    CHECK(yesNo.error().code == ErrorCode::BadInput);
    CHECK(yesNo.error().where == QStringLiteral("quote-original"));
    CHECK(values.quoteOriginal == before.quoteOriginal);

    auto team = SettingKeys::apply(values, QStringLiteral("team"), QStringLiteral("NOBODY"), *f.service);
    REQUIRE_FALSE(team);
    CHECK(team.error().code == ErrorCode::NotFound);

    auto unknown = SettingKeys::apply(values, QStringLiteral("colour"), QStringLiteral("red"), *f.service);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::Usage);
}
