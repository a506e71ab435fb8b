// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileFiller.h"
#include "core/taxonomy/Rsit.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("ProfileFiller: our directory entry fills the contact sections")
{
    Team team;
    team.officialName = QStringLiteral("Computer Emergency Response Team of Example Land");
    team.shortName = QStringLiteral("CERT-XX");
    team.postalAddress = QStringLiteral("Musterstraße 1\n10115 Berlin");
    team.timeZone = QStringLiteral("Europe/Berlin");
    team.businessHours = QStringLiteral("Mon-Fri 08:00-17:00");
    team.languages = {QStringLiteral("en"), QStringLiteral("de")};
    team.rfc2350Url = QStringLiteral("https://cert-xx.example.org/rfc2350.txt");
    team.constituencyDescription = QStringLiteral("The federal administration.");
    team.channels = {
        Channel{ChannelKind::Email, QStringLiteral("cert@cert-xx.example.org"), ChannelUsage::Contact, {}, false},
        Channel{ChannelKind::Phone, QStringLiteral("+49 30 5550 0999"), ChannelUsage::Emergency, {}, false},
        Channel{ChannelKind::Phone, QStringLiteral("+49 30 5550 0001"), ChannelUsage::Fax, {}, false}};
    team.keyFingerprints = {QStringLiteral("1111222233334444555566667777888899990000")};

    TeamProfile p;
    p.text[QStringLiteral("3.1")] = QStringLiteral("Our mission, typed in the profile.");
    const TeamProfile filled =
        ProfileFiller::fill(p, team, QStringLiteral("0123456789abcdef0123456789abcdef01234567"), Rsit::builtin());
    CHECK(filled.sectionText(QStringLiteral("2.1")) ==
          QStringLiteral("Computer Emergency Response Team of Example Land (CERT-XX)"));
    CHECK(filled.sectionText(QStringLiteral("2.2")) == team.postalAddress);
    CHECK(filled.sectionText(QStringLiteral("2.3")) == QStringLiteral("Europe/Berlin"));
    CHECK(filled.sectionText(QStringLiteral("2.4")).contains(QStringLiteral("+49 30 5550 0999")));
    CHECK(filled.sectionText(QStringLiteral("2.5")) == QStringLiteral("+49 30 5550 0001"));
    CHECK(filled.sectionText(QStringLiteral("2.7")) == QStringLiteral("cert@cert-xx.example.org"));
    CHECK(filled.keyFingerprint == QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")); // the signing key
    CHECK(filled.languages == team.languages);
    CHECK(filled.hoursOfService == QStringLiteral("Mon-Fri 08:00-17:00 Europe/Berlin"));
    CHECK(filled.locations == QStringList{team.rfc2350Url});
    CHECK(filled.sectionText(QStringLiteral("3.2")).startsWith(QStringLiteral("The federal administration.")));
    CHECK(filled.sectionText(QStringLiteral("3.1")) == QStringLiteral("Our mission, typed in the profile."));
    CHECK(filled.sectionText(QStringLiteral("4.1")).contains(Rsit::builtin().classes().first().name));

    // Without a chosen signing key the entry's first key is named.
    CHECK(ProfileFiller::fill(p, team, {}, Rsit::builtin()).keyFingerprint == team.keyFingerprints.first());
}
