// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailImportService.h"

#include "core/mail/MailStore.h"
#include "tests/core/mail/PgpMailTestSupport.h"

#include <QFile>

using namespace fb;
using namespace fb::test;

namespace {

const QByteArray kSecretEntity =
    "Content-Type: text/plain; charset=utf-8\n\nConfidential: 203.0.113.9 is compromised.\n";

// Points the user's GnuPG home ($GNUPGHOME, where the team's secret key is) at home while it lives.
class UserGnupgHome
{
public:
    explicit UserGnupgHome(const GnupgHome& home)
        : m_had(qEnvironmentVariableIsSet("GNUPGHOME"))
        , m_old(qgetenv("GNUPGHOME"))
    {
        qputenv("GNUPGHOME", home.path().toLocal8Bit());
    }
    ~UserGnupgHome()
    {
        if (m_had)
            qputenv("GNUPGHOME", m_old);
        else
            qunsetenv("GNUPGHOME");
    }

private:
    bool m_had;
    QByteArray m_old;
};

QString writeFile(const TempDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == data.size());
    return path;
}

ParsedMessage storedMessage(MailWorkspace& ws, const ImportCase& c)
{
    auto stored = MailStore(*ws.vault).messagesOf(c.ticketId, true);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    return stored->constFirst().message;
}

} // namespace

TEST_CASE("MailImportService imports a mailbox into reports and says how far it is", "[mail][service]")
{
    MailWorkspace ws;
    const QString mbox = writeFile(ws.dir, QStringLiteral("in.mbox"), mailbox(3));
    MailImportService service(ws.change());
    int updates = 0;
    DirectJobControl job([&updates](const JobProgress&) { ++updates; });
    auto report = service.importPaths({mbox}, job);
    REQUIRE(report);
    CHECK(report->imported == 3);
    CHECK(report->quarantined == 0);
    CHECK(updates > 0);

    // The same again: duplicates, nothing new.
    auto again = service.importPaths({mbox}, job);
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->duplicates == 3);
}

TEST_CASE("MailImportService: a missing path, an unusable message and a cancelled import", "[mail][service]")
{
    MailWorkspace ws;
    MailImportService service(ws.change());
    DirectJobControl job;
    SECTION("missing path")
    {
        auto report = service.importPaths({ws.dir.file(QStringLiteral("missing.mbox"))}, job);
        REQUIRE_FALSE(report);
    }
    SECTION("cancelled before the first message")
    {
        const QString mbox = writeFile(ws.dir, QStringLiteral("in.mbox"), mailbox(2));
        job.cancel();
        auto report = service.importPaths({mbox}, job);
        REQUIRE(report);
        CHECK(report->cancelled);
        CHECK(report->imported == 0);
    }
}

TEST_CASE("MailImportService verifies with the workspace keyring and decrypts with the team key it asks for",
          "[mail][service][pgp]")
{
    PgpPeers peers; // the workspace keyring holds the peer's key
    // Our team key, with a passphrase, in the user's GnuPG home.
    GnupgHome userHome = makeHome();
    const QString teamKey = generateKey(userHome, kTeamUid, QStringLiteral("future-default"), QStringLiteral("default"),
                                        QStringLiteral("1y"), QStringLiteral("team-secret"));
    REQUIRE(gpg(peers.peerHome, {QStringLiteral("--import")}, publicKey(userHome, teamKey)).exitCode == 0);
    const UserGnupgHome user(userHome);

    SECTION("no passphrase given: the message is kept undecrypted, with a note")
    {
        int asked = 0;
        MailImportService service(peers.ws.change(), [&asked](const QString&) -> std::optional<SecretBytes> {
            ++asked;
            return std::nullopt;
        });
        const QString eml =
            writeFile(peers.ws.dir, QStringLiteral("locked.eml"),
                      pgpMimeEncrypted(peers.peerHome, teamKey, "locked@peer.example", kSecretEntity, peers.peerKey));
        DirectJobControl job;
        auto report = service.importPaths({eml}, job);
        REQUIRE(report);
        CHECK(asked > 0);
        REQUIRE(report->cases.size() == 1);
        CHECK_FALSE(report->cases[0].notes.isEmpty());
        if (report->cases[0].ticketId > 0)
            CHECK_FALSE(storedMessage(peers.ws, report->cases[0]).body.contains(QStringLiteral("203.0.113.9")));
    }
    SECTION("the passphrase given: decrypted, and the peer's signature checked")
    {
        int asked = 0;
        MailImportService service(peers.ws.change(), [&asked](const QString&) -> std::optional<SecretBytes> {
            ++asked;
            return SecretBytes("team-secret", 11);
        });
        const QString eml =
            writeFile(peers.ws.dir, QStringLiteral("open.eml"),
                      pgpMimeEncrypted(peers.peerHome, teamKey, "open@peer.example", kSecretEntity, peers.peerKey));
        DirectJobControl job;
        auto report = service.importPaths({eml}, job);
        REQUIRE(report);
        REQUIRE(report->imported == 1);
        const ParsedMessage m = storedMessage(peers.ws, report->cases[0]);
        CHECK(m.isEncrypted);
        CHECK(m.body.contains(QStringLiteral("Confidential: 203.0.113.9 is compromised.")));
        CHECK(m.signatureStatus == QLatin1String("good"));
        CHECK(m.signerFingerprint == peers.peerKey);
        CHECK(asked > 0); // the service hands GnuPG our callback
    }
}
