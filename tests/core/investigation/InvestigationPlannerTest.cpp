// SPDX-License-Identifier: GPL-3.0-or-later
// The plan for launching investigations (InvestigationPlanner::plan): observables grouped by the most specific team
// (nested ranges, AS numbers, sub-domains), the team's address and key status, encryption, refusals, and the
// observables no team covers.
#include "core/investigation/InvestigationPlanner.h"

#include "core/directory/ConstituencyEntry.h"
#include "core/directory/NetworkLookup.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

Team team(qint64 id, const QString& name, const QStringList& constituency, const QList<Channel>& channels,
          std::optional<TlpLevel> highestTlp = std::nullopt, const QStringList& keys = {})
{
    Team t;
    t.id = id;
    t.shortName = name;
    t.officialName = name + QStringLiteral(" official");
    for (const QString& raw : constituency) {
        auto entry = Constituency::guess(raw);
        REQUIRE(entry);
        t.constituency.append(*entry);
    }
    t.channels = channels;
    t.highestTlp = highestTlp;
    t.keyFingerprints = keys;
    return t;
}

Channel mail(const QString& address, ChannelUsage usage = ChannelUsage::Contact)
{
    return Channel{ChannelKind::Email, address, usage, {}, false};
}

KeyInfo key(const QString& fingerprint, const QString& email)
{
    KeyInfo k;
    k.fingerprint = fingerprint;
    k.emails = {email};
    k.canEncrypt = true;
    k.canSign = true;
    k.validity = KeyValidity::Full;
    return k;
}

struct Directory
{
    QList<Team> teams{
        team(1, QStringLiteral("UNI-CERT"),
             {QStringLiteral("192.0.2.0/24"), QStringLiteral("AS64500"), QStringLiteral("example.org")},
             {mail(QStringLiteral("cert@example.org"))}),
        // Inside UNI-CERT's /24; its abuse address wins over its contact address.
        team(2, QStringLiteral("BANK-CSIRT"), {QStringLiteral("192.0.2.80/28"), QStringLiteral("bank.example.com")},
             {mail(QStringLiteral("csirt@bank.example.com")),
              mail(QStringLiteral("abuse@bank.example.com"), ChannelUsage::Abuse)}),
        team(3, QStringLiteral("ISP-ABUSE"), {QStringLiteral("203.0.113.0/24"), QStringLiteral("AS64501")},
             {mail(QStringLiteral("abuse@isp.example.net"))}, TlpLevel::Green,
             {QStringLiteral("CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC")}),
        // A sub-domain of UNI-CERT's domain.
        team(4, QStringLiteral("LAB-SOC"), {QStringLiteral("lab.example.org")},
             {mail(QStringLiteral("soc@lab.example.org"))}),
        team(5, QStringLiteral("NAT-CERT"), {QStringLiteral("2001:db8::/32")},
             {mail(QStringLiteral("cert@nat.example"))}),
        team(6, QStringLiteral("NO-MAIL"), {QStringLiteral("198.51.100.0/24")}, {}),
    };
    QList<KeyInfo> keys;
    std::shared_ptr<const NetworkLookup> lookup = NetworkLookup::build(teams);

    Directory()
    {
        keys.append(
            key(QStringLiteral("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"), QStringLiteral("abuse@bank.example.com")));
        KeyInfo revoked =
            key(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), QStringLiteral("cert@example.org"));
        revoked.revoked = true;
        keys.append(revoked);
        // Linked to ISP-ABUSE in the directory, for another address, expired.
        KeyInfo expired =
            key(QStringLiteral("CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"), QStringLiteral("noc@isp.example.net"));
        expired.expired = true;
        keys.append(expired);
    }

    PlanFacts facts(const QStringList& values, TlpLevel tlp = TlpLevel::Amber, qint64 own = 0) const
    {
        PlanFacts f;
        f.incidentId = 42;
        f.incidentTitle = QStringLiteral("Botnet");
        f.tlp = tlp;
        const PastedObservables pasted = InvestigationPlanner::parseList(values.join(QLatin1Char('\n')));
        f.observables = pasted.observables;
        f.unreadable = pasted.unreadable;
        f.teams = teams;
        f.keys = keys;
        f.ownTeamId = own;
        return f;
    }
};

QString teamOf(const InvestigationPlan& plan, const QString& value)
{
    for (const InvestigationGroup& g : plan.groups)
        for (const CoveredObservable& c : g.observables)
            if (c.observable.value == value)
                return g.teamName;
    for (const UnknownObservable& u : plan.unknown)
        if (u.value == value)
            return QStringLiteral("unknown");
    return QStringLiteral("missing");
}

} // namespace

TEST_CASE("Each observable goes to the most specific team: nested ranges, AS numbers, sub-domains", "[investigation]")
{
    const Directory d;
    const auto [value, expected] = GENERATE(table<const char*, const char*>({
        {"192.0.2.85", "BANK-CSIRT"},                          // in the /28 inside UNI-CERT's /24
        {"192.0.2.80/29", "BANK-CSIRT"},                       // a block inside the /28
        {"192.0.2.10", "UNI-CERT"},                            // in the /24, outside the /28
        {"192.0.2.0/25", "UNI-CERT"},                          // holds the /28: only the /24 contains it
        {"AS64501", "ISP-ABUSE"},                              // an AS number
        {"AS64500", "UNI-CERT"},                               //
        {"host.lab.example.org", "LAB-SOC"},                   // sub-domain entry beats the parent domain
        {"www.example.org", "UNI-CERT"},                       // the parent domain
        {"https://mail.bank.example.com/login", "BANK-CSIRT"}, // a URL by its host
        {"2001:db8:1::1", "NAT-CERT"},                         // IPv6
        {"10.1.2.3", "unknown"},                               // no team
        {"89690c12ce6a82c22dcad723da7f5d0bf921520eef21d97ce8469f656b4188b9", "unknown"}, // a hash
    }));
    INFO(value);
    const InvestigationPlan plan = InvestigationPlanner::plan(d.facts({QString::fromLatin1(value)}), *d.lookup);
    const auto normalised = Observables::fromUserInput(QString::fromLatin1(value));
    REQUIRE(normalised);
    CHECK(teamOf(plan, normalised->value) == QString::fromLatin1(expected));
}

TEST_CASE("The plan groups by team with address, key status, TLP, encryption and refusals", "[investigation]")
{
    const Directory d;
    const QStringList values{QStringLiteral("192.0.2.85"),         QStringLiteral("192.0.2.86"),
                             QStringLiteral("192.0.2.10"),         QStringLiteral("203.0.113.9"),
                             QStringLiteral("2001:db8:1::1"),      QStringLiteral("198.51.100.7"),
                             QStringLiteral("not-an-observable!"), QStringLiteral("10.1.2.3")};

    SECTION("TLP:AMBER")
    {
        const InvestigationPlan plan = InvestigationPlanner::plan(d.facts(values), *d.lookup);
        CHECK(plan.incidentId == 42);
        REQUIRE(plan.groups.size() == 5);
        // Sorted by team name.
        CHECK(plan.groups.at(0).teamName == QStringLiteral("BANK-CSIRT"));
        const InvestigationGroup* bank = plan.group(2);
        REQUIRE(bank);
        CHECK(bank->observables.size() == 2);
        CHECK(bank->observables.at(0).entry == QStringLiteral("192.0.2.80/28"));
        CHECK(bank->recipient == QStringLiteral("abuse@bank.example.com"));
        CHECK(bank->key.status == RecipientKeyStatus::Valid);
        CHECK(bank->encrypt);
        CHECK_FALSE(bank->refused);
        CHECK(bank->tlp == TlpLevel::Amber);

        const InvestigationGroup* uni = plan.group(1);
        REQUIRE(uni);
        CHECK(uni->key.status == RecipientKeyStatus::Revoked);
        CHECK_FALSE(uni->encrypt);
        CHECK_FALSE(uni->refused); // AMBER may go signed but unencrypted

        const InvestigationGroup* isp = plan.group(3);
        REQUIRE(isp);
        CHECK(isp->key.status == RecipientKeyStatus::Expired); // the linked key, though for another address
        CHECK(isp->refused);                                   // may receive up to TLP:GREEN
        CHECK(isp->refusal.contains(QStringLiteral("TLP:GREEN")));

        const InvestigationGroup* nat = plan.group(5);
        REQUIRE(nat);
        CHECK(nat->key.status == RecipientKeyStatus::None);
        CHECK_FALSE(nat->refused);

        const InvestigationGroup* noMail = plan.group(6);
        REQUIRE(noMail);
        CHECK(noMail->recipient.isEmpty());
        CHECK(noMail->refused);
        CHECK(noMail->refusal.contains(QStringLiteral("no e-mail address")));

        REQUIRE(plan.unknown.size() == 2);
        CHECK(plan.unknown.at(0).value == QStringLiteral("not-an-observable!"));
        CHECK(plan.unknown.at(1).value == QStringLiteral("10.1.2.3"));
        CHECK(plan.unknown.at(1).reason.contains(QStringLiteral("no team")));
    }
    SECTION("TLP:RED is refused for every team without a valid key")
    {
        const InvestigationPlan plan = InvestigationPlanner::plan(d.facts(values, TlpLevel::Red), *d.lookup);
        CHECK_FALSE(plan.group(2)->refused); // a valid key
        CHECK(plan.group(1)->refused);
        CHECK(plan.group(1)->refusal.contains(QStringLiteral("TLP:RED")));
        CHECK(plan.group(1)->refusal.contains(QStringLiteral("revoked")));
        CHECK(plan.group(5)->refused);
        CHECK(plan.group(5)->tlp == TlpLevel::Red);
    }
    SECTION("Our own constituency is ours to handle")
    {
        const InvestigationPlan plan = InvestigationPlanner::plan(d.facts(values, TlpLevel::Amber, 1), *d.lookup);
        CHECK_FALSE(plan.group(1));
        CHECK(teamOf(plan, QStringLiteral("192.0.2.10")) == QStringLiteral("unknown"));
        CHECK(teamOf(plan, QStringLiteral("192.0.2.85")) == QStringLiteral("BANK-CSIRT")); // nested: still theirs
    }
}

TEST_CASE("A pasted list is read word by word, defanged or not, each observable once", "[investigation]")
{
    const PastedObservables pasted = InvestigationPlanner::parseList(
        QStringLiteral("192.0.2[.]1, 192.0.2.1;\n hxxps://evil.example.net/x  AS64500\tnonsense"));
    REQUIRE(pasted.observables.size() == 3);
    CHECK(pasted.observables.at(0).value == QStringLiteral("192.0.2.1"));
    CHECK(pasted.observables.at(1).type == ObservableType::Url);
    CHECK(pasted.observables.at(2).value == QStringLiteral("AS64500"));
    CHECK(pasted.unreadable == QStringList{QStringLiteral("nonsense")});
    CHECK(InvestigationPlanner::lookupQuery(pasted.observables.at(1)) == QStringLiteral("evil.example.net"));
}

TEST_CASE("An empty directory leaves every observable unknown", "[investigation]")
{
    Directory d;
    PlanFacts facts = d.facts({QStringLiteral("192.0.2.85")});
    facts.teams.clear();
    const InvestigationPlan plan = InvestigationPlanner::plan(facts, NetworkLookup());
    CHECK(plan.groups.isEmpty());
    REQUIRE(plan.unknown.size() == 1);
}
