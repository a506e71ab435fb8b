// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/GnupgHome.h"

#include "core/crypto/OpenPgp.h"
#include "tests/TestSupport.h"
#include "tests/core/crypto/GpgTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace fb;

namespace {

constexpr mode_t kOthersBits = S_IRWXG | S_IRWXO;

mode_t modeOf(const QString& path)
{
    struct stat info = {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode;
}

// Every file and folder below path that group or others may read, write or enter.
QStringList openToOthers(const QString& path)
{
    QStringList open;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString entry = it.next();
        if ((modeOf(entry) & kOthersBits) != 0 && !QFileInfo(entry).fileName().startsWith(QLatin1String("S.")))
            open.append(entry);
    }
    return open;
}

QByteArray peerPublicKey()
{
    GnupgHome peer = fb::test::makeHome();
    const QString fpr = fb::test::generateKey(peer, QStringLiteral("Partner CERT <cert@partner.example>"));
    auto exported = OpenPgp(peer).exportPublicKey(fpr, OpenPgp::ExportMode::Minimal);
    REQUIRE(exported);
    return *exported;
}

} // namespace

TEST_CASE("A temporary GnuPG home is private and leaves no agent behind", "[crypto][gnupghome]")
{
    QString path;
    {
        GnupgHome home = fb::test::makeHome();
        path = home.path();
        CHECK(home.isTemporary());
        CHECK(path.startsWith(QDir::tempPath()));
        const QFileInfo info(path);
        REQUIRE(info.isDir());
        CHECK(info.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                     QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
        CHECK(fb::test::readAll(path + QStringLiteral("/gpg.conf")).contains("trust-model direct"));
        CHECK(fb::test::readAll(path + QStringLiteral("/gpg-agent.conf")).contains("allow-loopback-pinentry"));
        CHECK(QFile::encodeName(path).size() <= GnupgHome::kMaxHomePathBytes);

        // Making and using a key starts gpg-agent in the home.
        const QString fpr = fb::test::generateKey(home, QStringLiteral("Agent Test <agent@example.org>"));
        REQUIRE(OpenPgp(home).clearSign("hello\n", fpr));
        CHECK(fb::test::processesMention(path));
    }
    CHECK(!QFileInfo::exists(path));
    CHECK(fb::test::noProcessesMentionSoon(path));
}

TEST_CASE("A temporary home under a long folder falls back to a short path", "[crypto][gnupghome]")
{
    fb::test::TempDir dir;
    QString longPath = dir.path();
    while (QFile::encodeName(longPath).size() < 120)
        longPath += QStringLiteral("/a-rather-long-folder-name");
    REQUIRE(QDir().mkpath(longPath));
    auto home = GnupgHome::createTemporaryIn(longPath);
    REQUIRE(home);
    CHECK(!home->path().startsWith(longPath));
    CHECK(QFile::encodeName(home->path()).size() <= GnupgHome::kMaxHomePathBytes);

    // and it works: the agent can bind its sockets there
    const QString fpr = fb::test::generateKey(*home, QStringLiteral("Short <short@example.org>"));
    auto signedText = OpenPgp(*home).clearSign("hello\n", fpr);
    CHECK(signedText);
}

TEST_CASE("A moved home is removed once by its new owner", "[crypto][gnupghome]")
{
    auto made = GnupgHome::createTemporary();
    REQUIRE(made);
    const QString path = made->path();
    GnupgHome moved = std::move(*made);
    CHECK(moved.path() == path);
    CHECK(made->path().isEmpty());
    CHECK(!made->isTemporary());
    CHECK(QFileInfo::exists(path));
    GnupgHome other = fb::test::makeHome();
    const QString otherPath = other.path();
    other = std::move(moved);
    CHECK(!QFileInfo::exists(otherPath));
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("The user's home is GNUPGHOME or ~/.gnupg and is never removed", "[crypto][gnupghome]")
{
    fb::test::TempDir dir;
    const QByteArray saved = qgetenv("GNUPGHOME");
    qputenv("GNUPGHOME", QFile::encodeName(dir.path()));
    {
        GnupgHome user = GnupgHome::user();
        CHECK(user.path() == QDir::cleanPath(dir.path()));
        CHECK(!user.isTemporary());
    }
    CHECK(QFileInfo::exists(dir.path()));
    qunsetenv("GNUPGHOME");
    CHECK(GnupgHome::user().path() == QDir::homePath() + QStringLiteral("/.gnupg"));
    if (!saved.isEmpty())
        qputenv("GNUPGHOME", saved);
}

TEST_CASE("Temporary homes are made in a private folder named after this process", "[crypto][gnupghome]")
{
    auto parent = GnupgHome::privateParent();
    REQUIRE(parent);
    CHECK(*parent == QDir::cleanPath(QDir::tempPath()) + QStringLiteral("/firebreak-%1").arg(::geteuid()));
    CHECK((modeOf(*parent) & 0777) == 0700);
    GnupgHome home = fb::test::makeHome();
    CHECK(home.path().startsWith(*parent + QStringLiteral("/fbg-%1-").arg(::getpid())));
    CHECK((modeOf(home.path()) & 0777) == 0700);

    SECTION("a looser folder is made private again")
    {
        REQUIRE(::chmod(QFile::encodeName(*parent).constData(), 0755) == 0);
        REQUIRE(GnupgHome::privateParent());
        CHECK((modeOf(*parent) & 0777) == 0700);
    }
    SECTION("a symbolic link in its place is refused")
    {
        fb::test::TempDir elsewhere;
        const QString fake = QDir::tempPath() + QStringLiteral("/link-parent");
        REQUIRE(QFile::link(elsewhere.path(), fake));
        auto made = GnupgHome::createTemporaryIn(fake);
        QFile::remove(fake);
        REQUIRE(!made);
        CHECK(made.error().message.contains(QStringLiteral("not a folder")));
    }
}

TEST_CASE("Temporary homes go into XDG_RUNTIME_DIR when it is the user's private folder", "[crypto][gnupghome]")
{
    // Short, as /run/user/<uid> is: the agent's sockets must fit below it.
    const QString runtime = QDir::tempPath() + QStringLiteral("/rt");
    REQUIRE(QDir().mkpath(runtime));
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    {
        REQUIRE(::chmod(QFile::encodeName(runtime).constData(), 0700) == 0);
        auto home = GnupgHome::createTemporary();
        REQUIRE(home);
        CHECK(home->path().startsWith(runtime + QStringLiteral("/firebreak/fbg-")));
        CHECK((modeOf(runtime + QStringLiteral("/firebreak")) & 0777) == 0700);
    }
    {
        // Not private: not a runtime folder as the XDG spec defines it.
        REQUIRE(::chmod(QFile::encodeName(runtime).constData(), 0755) == 0);
        auto home = GnupgHome::createTemporary();
        REQUIRE(home);
        CHECK(!home->path().startsWith(runtime));
        CHECK(home->path().startsWith(QDir::cleanPath(QDir::tempPath())));
    }
    qunsetenv("XDG_RUNTIME_DIR");
    if (!saved.isEmpty())
        qputenv("XDG_RUNTIME_DIR", saved);
    QDir(runtime).removeRecursively();
}

TEST_CASE("What GnuPG writes into a temporary home is readable by its owner only", "[crypto][gnupghome]")
{
    const mode_t umaskBefore = ::umask(022);
    ::umask(umaskBefore);
    const QByteArray key = peerPublicKey();
    GnupgHome home = fb::test::makeHome();
    OpenPgp pgp(home);
    auto imported = pgp.importKeys(key);
    REQUIRE(imported);
    REQUIRE(pgp.trustKeys(imported->fingerprints));
    REQUIRE(pgp.listKeys());
    const QString keybox = home.path() + QStringLiteral("/pubring.kbx");
    REQUIRE(QFileInfo::exists(keybox));
    CHECK(fb::test::readAll(keybox).contains("cert@partner.example")); // the user ID, in clear
    CHECK((modeOf(home.path()) & 0777) == 0700);
    CHECK(openToOthers(home.path()) == QStringList());
    // The process's own umask is back as it was.
    const mode_t umaskAfter = ::umask(022);
    ::umask(umaskAfter);
    CHECK(umaskAfter == umaskBefore);
}

TEST_CASE("A home left by a killed process is removed with its agent at the next start", "[crypto][gnupghome]")
{
    const QByteArray key = peerPublicKey();
    auto parent = GnupgHome::privateParent();
    REQUIRE(parent);
    GnupgHome ours = fb::test::makeHome(); // a running process's home is never touched

    const fb::test::KilledHolder killed = fb::test::forkAndKillHolder(*parent, key);
    INFO(killed.home.toStdString());
    CHECK(QFileInfo(killed.home).fileName().startsWith(QStringLiteral("fbg-%1-").arg(killed.pid)));
    // SIGKILL left the folder, the partner's user ID in it, and the agent.
    REQUIRE(QFileInfo::exists(killed.home));
    CHECK(fb::test::readAll(killed.home + QStringLiteral("/pubring.kbx")).contains("cert@partner.example"));
    CHECK((modeOf(killed.home) & 0777) == 0700);
    CHECK(openToOthers(killed.home) == QStringList());
    CHECK(fb::test::processesMention(killed.home));

    // A name holding the pid of a live process that is not ours (init) is no leftover either.
    const QString alive = *parent + QStringLiteral("/fbg-1-Abc123");
    REQUIRE(QDir().mkdir(alive));

    const GnupgHome::Leftovers leftovers = GnupgHome::removeLeftovers();
    CHECK(leftovers.removed.contains(killed.home));
    CHECK(leftovers.failed.isEmpty());
    CHECK(!QFileInfo::exists(killed.home));
    CHECK(fb::test::noProcessesMentionSoon(killed.home));
    CHECK(QFileInfo::exists(ours.path()));
    CHECK(QFileInfo::exists(alive));
    QDir().rmdir(alive);
}
