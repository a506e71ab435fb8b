// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceSession: a workspace's key kept in the kernel keyring opens that file, and only that file, until it is
// forgotten or stale.
#include "core/vault/WorkspaceSession.h"

#include "core/crypto/KeyringSession.h"
#include "core/vault/Vault.h"
#include "core/vault/WorkspaceFile.h"
#include "tests/KeyringTestSupport.h"
#include "tests/TestSupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;
using namespace std::chrono_literals;

namespace {

SecretBytes passphrase(const char* text = "session test passphrase")
{
    return SecretBytes(text, std::strlen(text));
}

QString createWorkspace(const TempDir& dir, const QString& name)
{
    const QString path = dir.file(name);
    auto vault = Vault::create(path, passphrase());
    REQUIRE(vault);
    return path;
}

} // namespace

TEST_CASE("session lifetimes are seconds, minutes or hours up to twelve hours")
{
    const auto [text, seconds] = GENERATE(table<const char*, qint64>({
        {"30s", 30},
        {"15m", 900},
        {"2h", 7200},
        {"12h", 43200},
        {"45", 45},
        {" 5M ", 300},
        {"0s", 0},
        {"13h", 0},
        {"43201", 0},
        {"-5m", 0},
        {"1.5h", 0},
        {"abc", 0},
        {"", 0},
        {"99999999999999h", 0},
    }));
    CAPTURE(text);
    auto lifetime = WorkspaceSession::parseLifetime(QString::fromLatin1(text));
    if (seconds == 0) {
        REQUIRE_FALSE(lifetime);
        CHECK(lifetime.error().code == ErrorCode::BadInput);
    } else {
        REQUIRE(lifetime);
        CHECK(lifetime->count() == seconds);
    }
}

TEST_CASE("a key name depends on the file's path and salt and reveals neither")
{
    TempDir dir;
    const QString path = createWorkspace(dir, QStringLiteral("a.firebreak"));
    const QByteArray salt(16, 'x');
    const QByteArray name = WorkspaceSession::keyName(path, salt);
    CHECK(name.startsWith(WorkspaceSession::kNamePrefix));
    CHECK(name.size() == qsizetype(std::strlen(WorkspaceSession::kNamePrefix)) + 64);
    CHECK_FALSE(name.contains("a.firebreak"));
    CHECK(WorkspaceSession::keyName(path, salt) == name);
    // The same file by another spelling of its path has the same name.
    CHECK(WorkspaceSession::keyName(dir.path() + QStringLiteral("/./a.firebreak"), salt) == name);
    CHECK(WorkspaceSession::keyName(path, QByteArray(16, 'y')) != name);
    CHECK(WorkspaceSession::keyName(dir.file(QStringLiteral("b.firebreak")), salt) != name);
}

TEST_CASE("an unlocked workspace opens without its passphrase until it is locked")
{
    FB_JOIN_NEW_SESSION_KEYRING();
    TempDir dir;
    const QString path = createWorkspace(dir, QStringLiteral("unlocked.firebreak"));
    KeyringSession keyring;
    WorkspaceSession session(keyring);

    auto none = session.open(path);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    {
        auto vault = Vault::open(path, passphrase());
        REQUIRE(vault);
        REQUIRE(session.unlock(**vault, 60s));
        CHECK_FALSE(session.unlock(**vault, 0s));
        CHECK_FALSE(session.unlock(**vault, WorkspaceSession::kMaxLifetime + 1s));
    }
    auto opened = session.open(path);
    REQUIRE(opened);
    REQUIRE(opened->has_value());
    CHECK((**opened)->schemaVersion() == Vault::latestSchemaVersion());
    opened->reset();

    auto locked = session.lock(path);
    REQUIRE(locked);
    CHECK(*locked);
    auto after = session.open(path);
    REQUIRE(after);
    CHECK_FALSE(after->has_value());
}

TEST_CASE("a kept key opens only the file it was kept for")
{
    FB_JOIN_NEW_SESSION_KEYRING();
    TempDir dir;
    const QString first = createWorkspace(dir, QStringLiteral("first.firebreak"));
    const QString second = createWorkspace(dir, QStringLiteral("second.firebreak"));
    KeyringSession keyring;
    WorkspaceSession session(keyring);
    {
        auto vault = Vault::open(first, passphrase());
        REQUIRE(vault);
        REQUIRE(session.unlock(**vault, 60s));
    }
    auto other = session.open(second);
    REQUIRE(other);
    CHECK_FALSE(other->has_value());

    // A copy of the file elsewhere: the same salt, another path.
    const QString copy = dir.file(QStringLiteral("copy.firebreak"));
    REQUIRE(QFile::copy(first, copy));
    auto copied = session.open(copy);
    REQUIRE(copied);
    CHECK_FALSE(copied->has_value());

    // Another file moved to the unlocked path: the same path, another salt.
    REQUIRE(QFile::remove(first));
    REQUIRE(QFile::rename(second, first));
    auto replaced = session.open(first);
    REQUIRE(replaced);
    CHECK_FALSE(replaced->has_value());
}

TEST_CASE("a kept key that no longer opens the file is forgotten")
{
    FB_JOIN_NEW_SESSION_KEYRING();
    TempDir dir;
    const QString path = createWorkspace(dir, QStringLiteral("stale.firebreak"));
    KeyringSession keyring;
    WorkspaceSession session(keyring);
    auto probe = WorkspaceFile::probe(path);
    REQUIRE(probe);
    const QByteArray name = WorkspaceSession::keyName(path, probe->head);
    // A key of the right name but the wrong bytes, as a file re-keyed with the same salt would leave.
    REQUIRE(keyring.store(name, SecretBytes("0123456789abcdef0123456789abcdef", 32), 60s));
    auto bytesOf = [](const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray fileBefore = bytesOf(path);
    const bool walBefore = QFile::exists(path + QStringLiteral("-wal"));
    const QByteArray walBytesBefore = bytesOf(path + QStringLiteral("-wal"));
    auto opened = session.open(path);
    REQUIRE(opened);
    CHECK_FALSE(opened->has_value());
    CHECK_FALSE(keyring.find(name).has_value());
    // Trying the wrong key leaves the file and its -wal byte-identical, as a wrong passphrase does.
    CHECK(bytesOf(path) == fileBefore);
    CHECK(QFile::exists(path + QStringLiteral("-wal")) == walBefore);
    CHECK(bytesOf(path + QStringLiteral("-wal")) == walBytesBefore);
}

TEST_CASE("a passphrase change leaves a kept key useless, and lock on the vault forgets it first")
{
    FB_JOIN_NEW_SESSION_KEYRING();
    TempDir dir;
    const QString path = createWorkspace(dir, QStringLiteral("rekeyed.firebreak"));
    KeyringSession keyring;
    WorkspaceSession session(keyring);
    QByteArray oldName;
    {
        auto vault = Vault::open(path, passphrase());
        REQUIRE(vault);
        REQUIRE(session.unlock(**vault, 60s));
        oldName = WorkspaceSession::keyName(path, (*vault)->copyKey()->salt);
        REQUIRE(keyring.find(oldName).has_value());
        REQUIRE((*vault)->changePassphrase(passphrase("the new passphrase")));
    }
    auto opened = session.open(path);
    REQUIRE(opened);
    CHECK_FALSE(opened->has_value());

    {
        auto vault = Vault::open(path, passphrase("the new passphrase"));
        REQUIRE(vault);
        REQUIRE(session.unlock(**vault, 60s));
        auto locked = session.lock(**vault);
        REQUIRE(locked);
        CHECK(*locked);
    }
    auto after = session.open(path);
    REQUIRE(after);
    CHECK_FALSE(after->has_value());
    CHECK(session.lockAll().has_value());
}
