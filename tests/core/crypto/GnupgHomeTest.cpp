// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/GnupgHome.h"

#include "core/crypto/OpenPgp.h"
#include "tests/TestSupport.h"
#include "tests/core/crypto/GpgTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace fb;

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
