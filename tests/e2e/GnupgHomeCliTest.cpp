// SPDX-License-Identifier: GPL-3.0-or-later
// firebreak-cli and its temporary GnuPG homes: made only for mail that needs OpenPGP, in the session's private
// runtime folder, and what a killed run left behind is removed when the program starts again.
#include "tests/core/mail/PgpMailTestSupport.h"
#include "tests/e2e/CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace fb;
using namespace fb::test;

namespace {

// The last change of a folder's entries, to the nanosecond: making or removing a home inside changes it.
qint64 entriesChanged(const QString& folder)
{
    struct stat info = {};
    REQUIRE(::stat(QFile::encodeName(folder).constData(), &info) == 0);
    return qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
}

// A private runtime folder (as XDG_RUNTIME_DIR) for the runs of cli; returns where homes go in it. Its path
// is short, as /run/user/<uid> is: the agent's sockets must fit below it.
QString useRuntimeFolder(CliRunner& cli, const QTemporaryDir& runtime)
{
    REQUIRE(runtime.isValid());
    REQUIRE(::chmod(QFile::encodeName(runtime.path()).constData(), 0700) == 0);
    const QString parent = runtime.filePath(QStringLiteral("firebreak"));
    REQUIRE(::mkdir(QFile::encodeName(parent).constData(), 0700) == 0);
    cli.setEnv(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    return parent;
}

} // namespace

TEST_CASE("mail import makes a GnuPG home only for mail that needs OpenPGP", "[e2e][mail][gnupghome]")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    GnupgHome peerHome = makeHome();
    const QString peerKey = generateKey(peerHome, kPeerUid);
    writeAll(dir.file(QStringLiteral("peer.asc")), publicKey(peerHome, peerKey));
    cli.ok({QStringLiteral("directory"), QStringLiteral("keys"), QStringLiteral("--import"),
            dir.file(QStringLiteral("peer.asc"))});

    QTemporaryDir runtime(QDir::tempPath() + QStringLiteral("/rXXXXXX"));
    const QString parent = useRuntimeFolder(cli, runtime);
    const qint64 before = entriesChanged(parent);

    // Plain mail, with keys in the workspace keyring: no home, so no keyring written anywhere.
    QByteArray plain;
    for (int i = 0; i < 3; ++i)
        plain += "From abuse@isp.example.net Mon Mar  2 10:00:00 2026\n" +
                 plainMessage("plain" + QByteArray::number(i) + "@isp.example.net", "Scan", "198.51.100.7 scans.") +
                 "\n";
    writeAll(dir.file(QStringLiteral("plain.mbox")), plain);
    cli.ok({QStringLiteral("mail"), QStringLiteral("import"), dir.file(QStringLiteral("plain.mbox"))});
    CHECK(entriesChanged(parent) == before);

    // A signed message needs the keyring: a home is made in the runtime folder, and removed at the end.
    writeAll(dir.file(QStringLiteral("signed.eml")),
             pgpMimeSigned(peerHome, peerKey, "signed@peer.example",
                           "Content-Type: text/plain; charset=utf-8\n\nSigned report.\n"));
    const QJsonObject report =
        QJsonDocument::fromJson(cli.ok({QStringLiteral("mail"), QStringLiteral("import"), QStringLiteral("--json"),
                                        dir.file(QStringLiteral("signed.eml"))}))
            .object();
    CHECK(report.value(QStringLiteral("imported")).toInt() == 1);
    CHECK(report.value(QStringLiteral("cases")).toArray().isEmpty()); // verified, no note
    CHECK(entriesChanged(parent) != before);
    CHECK(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("firebreak-cli removes the GnuPG home and agent a killed run left behind", "[e2e][gnupghome]")
{
    TempDir dir;
    CliRunner cli(dir);
    QTemporaryDir runtime(QDir::tempPath() + QStringLiteral("/rXXXXXX"));
    const QString parent = useRuntimeFolder(cli, runtime);

    const KilledHolder killed = forkAndKillHolder(parent, {});
    INFO(killed.home.toStdString());
    REQUIRE(QFileInfo::exists(killed.home));
    REQUIRE(processesMention(killed.home));

    cli.ok(args({"--version"}));
    CHECK(!QFileInfo::exists(killed.home));
    CHECK(noProcessesMentionSoon(killed.home));
}
