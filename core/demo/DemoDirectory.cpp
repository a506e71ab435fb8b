// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoDirectory.h"

#include "core/directory/PersonStore.h"
#include "core/directory/TeamStore.h"
#include "core/directory/OwnTeam.h"
#include "core/vault/Transaction.h"

namespace fb {

using namespace Qt::Literals::StringLiterals;

namespace {

struct DemoTeam
{
    QString shortName;
    QString officialName;
    QString host;
    QString country;
    TeamType type;
    TiStatus ti;
    QStringList constituency; // guessed kinds: CIDR, ASN, domain, country
    QString email;
    QString phone;
    std::optional<TlpLevel> highestTlp;
    int verifiedDaysAgo; // -1: never verified
};

Result<Team> makeTeam(const DemoTeam& demo, const QDateTime& now)
{
    Team team;
    team.shortName = demo.shortName;
    team.officialName = demo.officialName;
    team.hostOrganisation = demo.host;
    team.country = demo.country;
    team.type = demo.type;
    team.tiStatus = demo.ti;
    team.highestTlp = demo.highestTlp;
    team.languages = {u"en"_s, u"de"_s};
    team.timeZone = u"Europe/Berlin"_s;
    team.businessHours = u"Mon-Fri 08:00-17:00"_s;
    for (const QString& raw : demo.constituency) {
        FB_TRY_ASSIGN(auto entry, Constituency::guess(raw));
        team.constituency.append(entry);
    }
    team.channels.append(Channel{ChannelKind::Email, demo.email, ChannelUsage::Contact, {}, false});
    if (!demo.phone.isEmpty())
        team.channels.append(Channel{ChannelKind::Phone, demo.phone, ChannelUsage::Emergency, {}, true});
    if (demo.verifiedDaysAgo >= 0) {
        team.verifiedAt = now.addDays(-demo.verifiedDaysAgo);
        team.verifiedBy = u"alice"_s;
    }
    return team;
}

} // namespace

Result<int> DemoDirectory::populate(Vault& vault, const Clock& clock)
{
    TeamStore store(ChangeContext{vault, clock, u"alice"_s});
    FB_TRY_ASSIGN(auto existing, store.teams());
    if (!existing.isEmpty())
        return fail(ErrorCode::Conflict, tr("The demo directory goes into an empty directory; this one has teams."));

    const QDateTime now = clock.nowUtc();
    const QList<DemoTeam> demo{
        {u"EXU-CERT"_s, u"Example University CERT"_s, u"Example University"_s, u"DE"_s, TeamType::Academic,
         TiStatus::Accredited, QStringList{u"192.0.2.0/24"_s, u"2001:db8:4::/48"_s, u"AS64500"_s, u"example.org"_s},
         u"cert@example.org"_s, u"+49 30 5550100"_s, TlpLevel::Red, 20},
        {u"EXB-CSIRT"_s, u"Example Bank CSIRT"_s, u"Example Bank"_s, u"DE"_s, TeamType::Commercial, TiStatus::Listed,
         QStringList{u"192.0.2.80/28"_s, u"AS64510"_s, u"bank.example.com"_s}, u"csirt@bank.example.com"_s,
         u"+49 69 5550199"_s, TlpLevel::Amber, 60},
        {u"EXU-SOC"_s,
         u"Example Utility SOC"_s,
         u"Example Utility"_s,
         u"DE"_s,
         TeamType::Ciip,
         TiStatus::None,
         QStringList{u"198.51.100.0/25"_s, u"utility.example.org"_s},
         u"soc@utility.example.org"_s,
         {},
         TlpLevel::Amber,
         400},
        {u"CERT-XX"_s, u"National CERT of Exampleland"_s, u"Example Federal Agency"_s, u"DE"_s, TeamType::National,
         TiStatus::Certified, QStringList{u"DE"_s, u"2001:db8::/32"_s}, u"cert@csirt.example.net"_s,
         u"+49 228 5550110"_s, TlpLevel::AmberStrict, 90},
        {u"ISP1-ABUSE"_s,
         u"ISP One abuse desk"_s,
         u"ISP One"_s,
         u"NL"_s,
         TeamType::Isp,
         TiStatus::None,
         QStringList{u"203.0.113.0/24"_s, u"AS64501"_s, u"isp-one.example.net"_s},
         u"abuse@isp-one.example.net"_s,
         {},
         std::nullopt,
         -1},
    };

    Transaction transaction(vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    QList<qint64> ids;
    for (const DemoTeam& entry : demo) {
        FB_TRY_ASSIGN(auto team, makeTeam(entry, now));
        if (entry.shortName == u"EXB-CSIRT"_s)
            team.agreements.append(
                Agreement{AgreementKind::Nda, u"Example Bank"_s, now.date().addYears(-2), now.date().addDays(21), {}});
        FB_TRY_ASSIGN(auto id, store.addTeam(team));
        ids.append(id);
    }
    Person lead;
    lead.name = u"Alice Example"_s;
    lead.channels.append(Channel{ChannelKind::Email, u"alice@example.org"_s, ChannelUsage::Contact, {}, false});
    lead.memberships.append(TeamMembership{ids.at(0), u"lead"_s, now.date().addYears(-3), {}});
    Person liaison;
    liaison.name = u"Bernd Beispiel"_s;
    liaison.channels.append(Channel{ChannelKind::Email, u"bernd@bank.example.com"_s, ChannelUsage::Contact, {}, false});
    liaison.memberships.append(TeamMembership{ids.at(1), u"liaison"_s, now.date().addYears(-1), {}});
    for (const Person& person : {lead, liaison}) {
        FB_TRY(PersonStore(ChangeContext{vault, clock, u"alice"_s}).addPerson(person));
    }
    FB_TRY(OwnTeam(vault).setTeam(ids.at(0)));
    FB_TRY(transaction.commit());
    return int(ids.size());
}

} // namespace fb
