// SPDX-License-Identifier: GPL-3.0-or-later
// CaseWorkUiSupport: the fixture of the GUI tests for launching investigations and replying to all reporters: our team
// with a passphrase-protected key in a sealed home (the user's own while a test runs), a peer team whose key is in the
// workspace keyring, a team without a key, and an incident whose observables fall to both and to nobody.
#pragma once

#include "core/crypto/KeyringStore.h"
#include "core/directory/ConstituencyEntry.h"
#include "core/directory/OwnTeam.h"
#include "core/directory/TeamStore.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/ui/UiTestSupport.h"

#include <QThreadPool>

namespace fb::test {

inline const QString kTeamKeyPassphrase = QStringLiteral("team key passphrase");

struct PlanFixture : SessionFixture
{
    GnupgHome teamHome = makeHome();
    GnupgHome peerHome = makeHome();
    QString teamKey =
        generateKey(teamHome, QStringLiteral("Our Team <cert@team.example.org>"), QStringLiteral("future-default"),
                    QStringLiteral("default"), QStringLiteral("0"), kTeamKeyPassphrase);
    QString peerKey = generateKey(peerHome, QStringLiteral("Peer CERT <cert@peer.example>"),
                                  QStringLiteral("future-default"), QStringLiteral("default"));
    qint64 peerId = 0;
    qint64 plainId = 0;

    PlanFixture()
    {
        const GpgRun exported = gpg(peerHome, {QStringLiteral("--armor"), QStringLiteral("--export"), peerKey});
        REQUIRE(exported.exitCode == 0);
        REQUIRE(KeyringStore(session->vault(), clock).addKeys(exported.out, QStringLiteral("test")));
        const qint64 own = addTeam(QStringLiteral("OUR-CERT"), QStringLiteral("cert@team.example.org"), {});
        peerId =
            addTeam(QStringLiteral("PEER-CERT"), QStringLiteral("cert@peer.example"), QStringLiteral("192.0.2.0/24"));
        plainId =
            addTeam(QStringLiteral("PLAIN-SOC"), QStringLiteral("soc@plain.example"), QStringLiteral("203.0.113.0/24"));
        REQUIRE(OwnTeam(session->vault()).setTeam(own));
        REQUIRE(OwnTeam(session->vault()).setSigningKey(teamKey));
    }
    ~PlanFixture()
    {
        QThreadPool::globalInstance()->waitForDone();
        teamHome.shutDown();
        peerHome.shutDown();
    }

    qint64 addTeam(const QString& name, const QString& address, const QString& block)
    {
        Team t;
        t.shortName = name;
        t.officialName = name;
        t.channels.append(Channel{ChannelKind::Email, address, ChannelUsage::Contact, {}, false});
        if (!block.isEmpty()) {
            auto entry = Constituency::guess(block);
            REQUIRE(entry);
            t.constituency.append(*entry);
        }
        auto id = TeamStore(session->change()).addTeam(t);
        REQUIRE(id);
        return *id;
    }

    qint64 incident(TlpLevel tlp)
    {
        NewTicket t;
        t.kind = TicketKind::Incident;
        t.title = QStringLiteral("Botnet C2");
        t.tlp = tlp;
        for (const char* value : {"192.0.2.5", "203.0.113.9", "198.51.100.77",
                                  "89690c12ce6a82c22dcad723da7f5d0bf921520eef21d97ce8469f656b4188b9"}) {
            auto o = Observables::fromUserInput(QString::fromLatin1(value));
            REQUIRE(o);
            t.observables.append(*o);
        }
        auto id = session->workflow().create(t);
        REQUIRE(id);
        return *id;
    }
};

} // namespace fb::test
