// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fb;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("AtomicFile writes a new file and replaces an old one whole", "[atomicfile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    REQUIRE(AtomicFile::write(path, "first"));
    CHECK(readAll(path) == "first");
    REQUIRE(AtomicFile::write(path, "second, longer"));
    CHECK(readAll(path) == "second, longer");
    // No temporary file is left beside it.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("out.txt")});
}

TEST_CASE("AtomicFile writes case data readable by the owner only", "[atomicfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.eml"));
    QFile open(path);
    REQUIRE(open.open(QIODevice::WriteOnly));
    open.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    open.close();
    REQUIRE(AtomicFile::write(path, "raw", AtomicFile::Access::OwnerOnly));
    CHECK(QFileInfo(path).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(readAll(path) == "raw");
}

TEST_CASE("AtomicFile names the file it cannot write and leaves the old one", "[atomicfile]")
{
    QTemporaryDir dir;
    SECTION("no such folder")
    {
        const QString path = dir.filePath(QStringLiteral("missing/out.txt"));
        auto status = AtomicFile::write(path, "x");
        REQUIRE_FALSE(status);
        CHECK(status.error().code == ErrorCode::Io);
        CHECK(status.error().where == path);
        CHECK(status.error().message.contains(path));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("a folder in the way")
    {
        const QString path = dir.filePath(QStringLiteral("folder"));
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        auto status = AtomicFile::write(path, "x");
        REQUIRE_FALSE(status);
        CHECK(status.error().message.contains(path));
        CHECK(QFileInfo(path).isDir());
    }
    SECTION("no name")
    {
        auto status = AtomicFile::write(QString(), "x");
        REQUIRE_FALSE(status);
        CHECK(status.error().code == ErrorCode::Io);
    }
}

TEST_CASE("AtomicFile writes several files into a folder and stops at the first it cannot write", "[atomicfile]")
{
    QTemporaryDir dir;
    auto written = AtomicFile::writeAll(dir.path(), {{QStringLiteral("a.txt"), "A"}, {QStringLiteral("b.txt"), "B"}});
    REQUIRE(written);
    CHECK(*written == QStringList{dir.filePath(QStringLiteral("a.txt")), dir.filePath(QStringLiteral("b.txt"))});
    CHECK(readAll(dir.filePath(QStringLiteral("b.txt"))) == "B");

    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("c.txt")));
    auto stopped = AtomicFile::writeAll(dir.path(), {{QStringLiteral("c.txt"), "C"}, {QStringLiteral("d.txt"), "D"}});
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().where == dir.filePath(QStringLiteral("c.txt")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("d.txt"))));
}
