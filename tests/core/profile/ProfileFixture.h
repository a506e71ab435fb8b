// SPDX-License-Identifier: GPL-3.0-or-later
// A complete team profile for the profile tests, and a workspace with the profile and directory stores.
#pragma once

#include "core/base/Clock.h"
#include "core/history/ChangeContext.h"
#include "core/directory/TeamStore.h"
#include "core/profile/ProfileStore.h"
#include "core/profile/TeamProfile.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <memory>

namespace fb::test {

inline TeamProfile
sampleProfile(const QString& fingerprint = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"))
{
    TeamProfile p;
    p.title = QStringLiteral("RFC 2350 description of CERT-XX");
    p.lastUpdate = QDate(2026, 3, 1);
    p.locations = {QStringLiteral("https://cert-xx.example.org/rfc2350.txt"),
                   QStringLiteral("https://cert-xx.example.org/rfc2350.txt.asc")};
    p.keyFingerprint = fingerprint;
    p.hoursOfService = QStringLiteral("Monday to Friday 08:00-17:00 Europe/Berlin, except public holidays in "
                                      "Berlin; outside these hours only the emergency line is answered");
    p.priorities = {{QStringLiteral("P1 (critical)"), QStringLiteral("within 1 hour"), QStringLiteral("within 1 day")},
                    {QStringLiteral("P2"), QStringLiteral("within 4 hours"), QStringLiteral("within 5 business days")}};
    p.informationHandling = QStringLiteral("We follow TLP 2.0 (FIRST) and honour TLP:AMBER+STRICT.");
    p.languages = {QStringLiteral("en"), QStringLiteral("de")};
    auto set = [&p](const char* n, const char* t) { p.text.insert(QString::fromLatin1(n), QString::fromUtf8(t)); };
    set("1", "This document describes CERT-XX according to RFC 2350.");
    set("1.2", "Changes are announced on cert-announce@cert-xx.example.org.");
    set("1.3", "The current version of this document is published at:");
    set("1.4", "The document is clear-signed with the team key (see 2.8).");
    set("2.1", "CERT-XX, the Computer Emergency Response Team of Example Land");
    set("2.2", "CERT-XX\nExample Agency\nMusterstraße 1\n10115 Berlin\nGermany");
    set("2.3", "Europe/Berlin (CET/CEST)");
    set("2.4", "+49 30 5550 0000\n+49 30 5550 0999 (emergency)");
    set("2.5", "None.");
    set("2.6", "None.");
    set("2.7", "cert@cert-xx.example.org");
    set("2.8", "We use one team key for signing and encryption; it is on the public key servers and on our web "
               "site, where anybody can fetch it and check its fingerprint against this document.");
    set("2.9", "Team lead: Jörg Müller. Deputy: Ana Silva.");
    set("2.10", "Our web site: https://cert-xx.example.org/");
    set("2.11", "E-mail is preferred. Use the emergency line for urgent incidents.");
    set("3.1", "CERT-XX helps the public sector of Example Land to prevent, detect and handle security incidents.");
    set("3.2", "The federal administration of Example Land.\n\n- 192.0.2.0/24\n- AS64496\n- *.example.de");
    set("3.3", "CERT-XX is part of the Example Agency and a member of FIRST.");
    set("3.4", "Federal Act on Examples, section 4.");
    set("4.1", "All incidents in the constituency are handled.");
    set("4.2", "We share information with partner teams on a need-to-know basis.");
    set("4.3", "Sensitive information is sent encrypted with OpenPGP.");
    set("5.1", "We handle incidents in three steps.");
    set("5.1.1", "Reports are checked and prioritised.");
    set("5.1.2", "We inform the parties involved and coordinate the response.");
    set("5.1.3", "We help to remove the cause and to recover.");
    set("5.2", "Advisories, warnings and awareness events.");
    set("6", "Use the form at https://cert-xx.example.org/report or plain e-mail.");
    set("7", "While every precaution is taken, CERT-XX assumes no responsibility for errors or omissions.");
    p.normalise();
    return p;
}

class ProfileFixture
{
public:
    ProfileFixture()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()))
    {
        auto created = Vault::create(dir.file(QStringLiteral("profile.firebreak")), SecretBytes("test", 4));
        REQUIRE(created);
        vault = std::move(*created);
        profiles = std::make_unique<ProfileStore>(change());
        directory = std::make_unique<TeamStore>(change());
    }

    TempDir dir;
    // Changes made by `actor` at the fixture's clock.
    ChangeContext change(const QString& actor = QStringLiteral("alice")) { return ChangeContext{*vault, clock, actor}; }

    FixedClock clock;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<TeamStore> directory;
};

} // namespace fb::test
