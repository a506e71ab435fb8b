// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Vault.h"

#include "core/vault/Transaction.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <thread>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <thread>

using namespace fb;
using fb::test::TempDir;

namespace {

SecretBytes pass(const char* text)
{
    return SecretBytes(text, std::strlen(text));
}

const QByteArray kMarker("FB-MARKER-7f3a9c-plaintext-must-not-leak");

Status putSetting(Vault& vault, const QString& key, const QString& value)
{
    auto q = vault.query("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)");
    if (!q)
        return fail(q.error());
    return q->bind(1, key).bind(2, value).exec();
}

QString getSetting(Vault& vault, const QString& key)
{
    auto q = vault.query("SELECT value FROM settings WHERE key = ?1");
    REQUIRE(q);
    q->bind(1, key);
    auto row = q->next();
    REQUIRE(row);
    return *row ? q->text(0) : QString();
}

bool treeContains(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (fb::test::readAll(it.next()).contains(needle))
            return true;
    }
    return false;
}

// Runs the stock sqlcipher shell on a file with the given statements; returns its output.
QString runSqlcipher(const QString& file, const QString& script, int* exitCode)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), file});
    REQUIRE(shell.waitForStarted());
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(60000));
    *exitCode = shell.exitCode();
    return QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
}

} // namespace

TEST_CASE("A workspace is created, written, closed and opened again", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("team.firebreak"));
    {
        auto vault = Vault::create(path, pass("s3cret passphrase"));
        REQUIRE(vault);
        CHECK((*vault)->schemaVersion() == Vault::latestSchemaVersion());
        CHECK((*vault)->isEncrypted());
        REQUIRE(putSetting(**vault, QStringLiteral("team"), QStringLiteral("CERT-XX")));
    }
    auto again = Vault::open(path, pass("s3cret passphrase"));
    REQUIRE(again);
    CHECK(getSetting(**again, QStringLiteral("team")) == QStringLiteral("CERT-XX"));
    auto problems = (*again)->integrityCheck();
    REQUIRE(problems);
    CHECK(problems->isEmpty());

    SECTION("the file's first 16 bytes are the KDF salt, and no sidecar file remains after closing")
    {
        auto key = Vault::deriveKey(path, pass("s3cret passphrase"));
        REQUIRE(key);
        CHECK(fb::test::readAll(path).left(16) == key->salt);
        (*again)->close();
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("team.firebreak")});
    }
}

TEST_CASE("A wrong passphrase is reported as such and leaves the file byte-identical", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("w.firebreak"));
    REQUIRE(Vault::create(path, pass("right")));
    const QByteArray before = fb::test::readAll(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    auto wrong = Vault::open(path, pass("wrong"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
    CHECK(wrong.error().message.contains(QStringLiteral("w.firebreak")));
    CHECK_FALSE(wrong.error().message.contains(QStringLiteral("wrong")));
    CHECK(fb::test::readAll(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == filesBefore);
}

TEST_CASE("Changing the passphrase re-keys the file under a fresh salt", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("r.firebreak"));
    {
        auto vault = Vault::create(path, pass("old one"));
        REQUIRE(vault);
        REQUIRE(putSetting(**vault, QStringLiteral("k"), QStringLiteral("kept across rekey")));
    }
    const QByteArray oldSalt = fb::test::readAll(path).left(16);
    {
        auto vault = Vault::open(path, pass("old one"));
        REQUIRE(vault);
        REQUIRE((*vault)->changePassphrase(pass("new one")));
        CHECK(getSetting(**vault, QStringLiteral("k")) == QStringLiteral("kept across rekey"));
        REQUIRE(putSetting(**vault, QStringLiteral("k2"), QStringLiteral("after")));
    }
    CHECK(fb::test::readAll(path).left(16) != oldSalt);
    auto withOld = Vault::open(path, pass("old one"));
    REQUIRE_FALSE(withOld);
    CHECK(withOld.error().code == ErrorCode::WrongPassphrase);
    auto withNew = Vault::open(path, pass("new one"));
    REQUIRE(withNew);
    CHECK(getSetting(**withNew, QStringLiteral("k")) == QStringLiteral("kept across rekey"));
    CHECK(getSetting(**withNew, QStringLiteral("k2")) == QStringLiteral("after"));
}

TEST_CASE("Files that are not workspaces get a clear error naming the file", "[vault]")
{
    TempDir dir;
    SECTION("missing file")
    {
        auto r = Vault::open(dir.file(QStringLiteral("nope.firebreak")), pass("x"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().message.contains(QStringLiteral("nope.firebreak")));
    }
    SECTION("empty and short files")
    {
        const QByteArray content = GENERATE(QByteArray(), QByteArray("hello"), QByteArray(1500, 'x'));
        const QString path = dir.file(QStringLiteral("short.firebreak"));
        fb::test::writeAll(path, content);
        auto r = Vault::open(path, pass("x"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotAWorkspace);
        CHECK(r.error().message.contains(QStringLiteral("short.firebreak")));
        CHECK(fb::test::readAll(path) == content);
    }
    SECTION("a truncated workspace")
    {
        const QString path = dir.file(QStringLiteral("cut.firebreak"));
        REQUIRE(Vault::create(path, pass("x")));
        QByteArray bytes = fb::test::readAll(path);
        bytes.chop(100);
        fb::test::writeAll(path, bytes);
        auto r = Vault::open(path, pass("x"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotAWorkspace);
        CHECK(r.error().message.contains(QStringLiteral("truncated")));
    }
    SECTION("a plain SQLite database")
    {
        const QString path = dir.file(QStringLiteral("plain.db"));
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        auto r = Vault::open(path, pass("x"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotAWorkspace);
        CHECK(r.error().message.contains(QStringLiteral("unencrypted")));
    }
    SECTION("random bytes look like a wrong passphrase, and are left alone")
    {
        const QString path = dir.file(QStringLiteral("random.firebreak"));
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = static_cast<char>((i * 7919 + 13) & 0xff);
        fb::test::writeAll(path, noise);
        auto r = Vault::open(path, pass("x"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::WrongPassphrase);
        CHECK(fb::test::readAll(path) == noise);
    }
    SECTION("an encrypted SQLCipher database of another program")
    {
        const QString path = dir.file(QStringLiteral("other.db"));
        auto key = WorkspaceKey{SecretBytes("0123456789abcdef0123456789abcdef", 32), QByteArray(16, '\x05')};
        {
            auto made = Vault::openUnencryptedForBenchmark(dir.file(QStringLiteral("unused.db")));
            REQUIRE(made);
        }
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        const QByteArray spec =
            "x'" + QByteArray("0123456789abcdef0123456789abcdef").toHex() + QByteArray(16, '\x05').toHex() + "'";
        REQUIRE(sqlite3_key(db, spec.constData(), static_cast<int>(spec.size())) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        auto r = Vault::open(path, key);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotAWorkspace);
    }
}

TEST_CASE("A read-only or missing location is reported, never a crash", "[vault]")
{
    auto inProc = Vault::create(QStringLiteral("/proc/firebreak-cannot-be-here.firebreak"), pass("x"));
    REQUIRE_FALSE(inProc);
    CHECK((inProc.error().code == ErrorCode::Io || inProc.error().code == ErrorCode::NotFound));
    CHECK(inProc.error().message.contains(QStringLiteral("firebreak-cannot-be-here")));

    TempDir dir;
    auto noFolder = Vault::create(dir.file(QStringLiteral("no/such/folder/x.firebreak")), pass("x"));
    REQUIRE_FALSE(noFolder);
    CHECK(noFolder.error().code == ErrorCode::NotFound);

    const QString path = dir.file(QStringLiteral("exists.firebreak"));
    REQUIRE(Vault::create(path, pass("x")));
    auto twice = Vault::create(path, pass("x"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
}

TEST_CASE("A workspace from a newer Firebreak is refused and left unchanged", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("future.firebreak"));
    {
        auto vault = Vault::create(path, pass("x"));
        REQUIRE(vault);
        REQUIRE((*vault)->execScript("PRAGMA user_version = 999"));
    }
    const QByteArray before = fb::test::readAll(path);
    auto r = Vault::open(path, pass("x"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::TooNew);
    CHECK(r.error().message.contains(QStringLiteral("newer version")));
    CHECK(fb::test::readAll(path) == before);
}

TEST_CASE("Savepoints roll back alone and a dropped transaction saves nothing", "[vault]")
{
    TempDir dir;
    auto vault = Vault::create(dir.file(QStringLiteral("t.firebreak")), pass("x"));
    REQUIRE(vault);
    Vault& v = **vault;
    {
        Transaction outer(v);
        REQUIRE(outer.status());
        REQUIRE(putSetting(v, QStringLiteral("a"), QStringLiteral("1")));
        {
            Transaction inner(v, Transaction::Nesting::Savepoint);
            REQUIRE(inner.status());
            REQUIRE(putSetting(v, QStringLiteral("b"), QStringLiteral("2")));
        } // inner rolled back alone
        {
            Transaction inner(v, Transaction::Nesting::Savepoint);
            REQUIRE(putSetting(v, QStringLiteral("c"), QStringLiteral("3")));
            REQUIRE(inner.commit());
        }
        REQUIRE(outer.commit());
    }
    {
        Transaction dropped(v);
        REQUIRE(putSetting(v, QStringLiteral("d"), QStringLiteral("4")));
    }
    CHECK(getSetting(v, QStringLiteral("a")) == QStringLiteral("1"));
    CHECK(getSetting(v, QStringLiteral("b")).isEmpty());
    CHECK(getSetting(v, QStringLiteral("c")) == QStringLiteral("3"));
    CHECK(getSetting(v, QStringLiteral("d")).isEmpty());
}

TEST_CASE("Joined inner transactions are all or nothing with the outer one", "[vault]")
{
    TempDir dir;
    auto vault = Vault::create(dir.file(QStringLiteral("j.firebreak")), pass("x"));
    REQUIRE(vault);
    Vault& v = **vault;
    {
        Transaction outer(v);
        REQUIRE(putSetting(v, QStringLiteral("a"), QStringLiteral("1")));
        {
            Transaction inner(v);
            REQUIRE(putSetting(v, QStringLiteral("b"), QStringLiteral("2")));
            REQUIRE(inner.commit());
        }
        REQUIRE(outer.commit());
    }
    CHECK(getSetting(v, QStringLiteral("b")) == QStringLiteral("2"));
    {
        Transaction outer(v);
        REQUIRE(putSetting(v, QStringLiteral("c"), QStringLiteral("3")));
        {
            Transaction inner(v);
            REQUIRE(putSetting(v, QStringLiteral("d"), QStringLiteral("4")));
        } // a failed step: the outer transaction can only roll back
        auto committed = outer.commit();
        REQUIRE_FALSE(committed);
        CHECK(committed.error().code == ErrorCode::Conflict);
    }
    CHECK(getSetting(v, QStringLiteral("c")).isEmpty());
    CHECK(getSetting(v, QStringLiteral("d")).isEmpty());
    {
        Transaction next(v); // the failure does not stick to later transactions
        REQUIRE(putSetting(v, QStringLiteral("e"), QStringLiteral("5")));
        REQUIRE(next.commit());
    }
    CHECK(getSetting(v, QStringLiteral("e")) == QStringLiteral("5"));
}

TEST_CASE("Nothing written appears in plaintext in the file, its WAL or the temp folder", "[vault][leak]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("leak.firebreak"));
    auto vault = Vault::create(path, pass("x"));
    REQUIRE(vault);
    for (int i = 0; i < 50; ++i)
        REQUIRE(putSetting(**vault, QStringLiteral("k%1").arg(i), QString::fromLatin1(kMarker) + QString::number(i)));
    // While open, the WAL holds the recent pages.
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(treeContains(dir.path(), kMarker));
    CHECK_FALSE(treeContains(QDir::tempPath(), kMarker));
    (*vault)->close();
    CHECK_FALSE(treeContains(dir.path(), kMarker));
}

TEST_CASE("The stock sqlcipher shell cannot read the file without the key, and can with it", "[vault][sqlcipher]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
        FAIL("the sqlcipher shell is not installed (Debian package sqlcipher)");
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shell.firebreak"));
    {
        auto vault = Vault::create(path, pass("shell test"));
        REQUIRE(vault);
        REQUIRE(putSetting(**vault, QStringLiteral("probe"), QStringLiteral("visible-with-key")));
    }
    int exitCode = 0;
    const QString without = runSqlcipher(path, QStringLiteral("SELECT value FROM settings;\n"), &exitCode);
    CHECK(exitCode != 0);
    CHECK_FALSE(without.contains(QStringLiteral("visible-with-key")));
    CHECK(without.contains(QStringLiteral("not a database")));

    auto key = Vault::deriveKey(path, pass("shell test"));
    REQUIRE(key);
    const SecretBytes hex = key->key.toHex();
    const QString spec = QStringLiteral("x'") +
                         QString::fromLatin1(reinterpret_cast<const char*>(hex.data()), static_cast<int>(hex.size())) +
                         QString::fromLatin1(key->salt.toHex()) + QStringLiteral("'");
    const QString with = runSqlcipher(
        path,
        QStringLiteral(
            "PRAGMA key = \"%1\";\nPRAGMA cipher_page_size = 4096;\nSELECT value FROM settings WHERE key = 'probe';\n")
            .arg(spec),
        &exitCode);
    CHECK(exitCode == 0);
    CHECK(with.contains(QStringLiteral("visible-with-key")));
}

TEST_CASE("A worker thread opens its own connection with a copy of the key", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("w.firebreak"));
    auto vault = Vault::create(path, pass("shared"));
    REQUIRE(vault);
    REQUIRE(putSetting(**vault, QStringLiteral("from"), QStringLiteral("gui")));

    auto key = (*vault)->copyKey();
    REQUIRE(key);
    QString seen;
    Status written;
    std::thread worker([&]() {
        auto second = Vault::open(path, *key);
        if (!second) {
            written = fail(second.error());
            return;
        }
        seen = getSetting(**second, QStringLiteral("from"));
        written = putSetting(**second, QStringLiteral("worker"), QStringLiteral("done"));
    });
    worker.join();
    REQUIRE(written);
    CHECK(seen == QStringLiteral("gui"));
    CHECK(getSetting(**vault, QStringLiteral("worker")) == QStringLiteral("done"));

    // After a passphrase change the copy is of the new key.
    REQUIRE((*vault)->changePassphrase(pass("changed")));
    CHECK_FALSE(Vault::open(path, *key));
    auto newKey = (*vault)->copyKey();
    REQUIRE(newKey);
    auto third = Vault::open(path, *newKey);
    REQUIRE(third);
    CHECK(getSetting(**third, QStringLiteral("worker")) == QStringLiteral("done"));

    auto plain = Vault::openUnencryptedForBenchmark(dir.file(QStringLiteral("plain.sqlite")));
    REQUIRE(plain);
    auto none = (*plain)->copyKey();
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::Usage);
}

TEST_CASE("openConnection gives a worker its own connection to the same workspace", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("c.firebreak"));
    auto vault = Vault::create(path, pass("two connections"));
    REQUIRE(vault);
    REQUIRE(putSetting(**vault, QStringLiteral("a"), QStringLiteral("from the first")));

    auto second = (*vault)->openConnection();
    REQUIRE(second);
    CHECK((*second)->path() == path);
    CHECK((*second)->isEncrypted());
    CHECK(getSetting(**second, QStringLiteral("a")) == QStringLiteral("from the first"));

    SECTION("a connection handed to another thread writes what the first one reads")
    {
        std::unique_ptr<Vault> worker = std::move(*second);
        Status written;
        std::thread thread(
            [&]() { written = putSetting(*worker, QStringLiteral("b"), QStringLiteral("from a worker")); });
        thread.join();
        REQUIRE(written);
        worker.reset();
        CHECK(getSetting(**vault, QStringLiteral("b")) == QStringLiteral("from a worker"));
    }
    SECTION("after a passphrase change the kept key is the new one")
    {
        second->reset();
        REQUIRE((*vault)->changePassphrase(pass("changed")));
        auto third = (*vault)->openConnection();
        REQUIRE(third);
        CHECK(getSetting(**third, QStringLiteral("a")) == QStringLiteral("from the first"));
    }
    SECTION("a closed workspace opens no connection")
    {
        second->reset();
        (*vault)->close();
        auto none = (*vault)->openConnection();
        REQUIRE_FALSE(none);
        CHECK(none.error().message.contains(QStringLiteral("c.firebreak")));
    }
}

TEST_CASE("A new workspace and its WAL files are readable by their owner only", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("private.firebreak"));
    auto vault = Vault::create(path, pass("owner only"));
    REQUIRE(vault);
    REQUIRE(putSetting(**vault, QStringLiteral("k"), QStringLiteral("v")));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        INFO(file.toStdString());
        REQUIRE(QFileInfo::exists(file));
        CHECK((QFile::permissions(file) & ownerOnly) == ownerOnly);
        CHECK((QFile::permissions(file) & others) == 0);
    }
    // A refused create (the file exists) leaves the existing file alone.
    CHECK(Vault::create(path, pass("other")).error().code == ErrorCode::Conflict);
    CHECK(QFileInfo::exists(path));
}

namespace {

// The state a killed writer leaves: the file and a -wal holding committed frames that were never checkpointed,
// copied from a live connection (what a crash at that moment leaves on the disk).
QString crashedCopyWithWal(const TempDir& dir, const QString& name, const char* passphrase)
{
    const QString live = dir.file(name + QStringLiteral("-live.firebreak"));
    const QString crashed = dir.file(name + QStringLiteral(".firebreak"));
    auto vault = Vault::create(live, pass(passphrase));
    REQUIRE(vault);
    REQUIRE((*vault)->execScript("PRAGMA wal_autocheckpoint = 0;"));
    for (int i = 0; i < 20; ++i)
        REQUIRE(putSetting(**vault, QStringLiteral("k%1").arg(i), QStringLiteral("only in the WAL %1").arg(i)));
    for (const QString& suffix : {QString(), QStringLiteral("-wal")})
        REQUIRE(QFile::copy(live + suffix, crashed + suffix));
    REQUIRE(QFileInfo(crashed + QStringLiteral("-wal")).size() > 32);
    return crashed;
}

} // namespace

TEST_CASE("A wrong passphrase leaves a file and the -wal a crash left byte-identical", "[vault]")
{
    TempDir dir;
    const QString path = crashedCopyWithWal(dir, QStringLiteral("crashed"), "right");
    const QString wal = path + QStringLiteral("-wal");
    const QByteArray fileBefore = fb::test::readAll(path);
    const QByteArray walBefore = fb::test::readAll(wal);

    auto wrong = Vault::open(path, pass("wrong"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
    CHECK(fb::test::readAll(path) == fileBefore);
    REQUIRE(QFileInfo::exists(wal));
    CHECK(fb::test::readAll(wal) == walBefore);

    // The right passphrase then finds every change the WAL held.
    auto right = Vault::open(path, pass("right"));
    REQUIRE(right);
    CHECK(getSetting(**right, QStringLiteral("k19")) == QStringLiteral("only in the WAL 19"));
}

namespace {

// Flips one byte in the middle of page `page` (1-based) of a closed workspace.
void flipByteInPage(const QString& path, int page)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 offset = qint64(page - 1) * 4096 + 2000;
    REQUIRE(file.seek(offset));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(offset));
    REQUIRE(file.putChar(char(byte ^ 0x5a)));
}

} // namespace

TEST_CASE("A damaged page is reported as damage, and the readable tables are named", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("damaged.firebreak"));
    {
        auto vault = Vault::create(path, pass("p"));
        REQUIRE(vault);
        // Enough settings rows for the table to span pages of its own.
        Transaction transaction(**vault);
        for (int i = 0; i < 400; ++i)
            REQUIRE(putSetting(**vault, QStringLiteral("key-%1").arg(i, 4, 10, QLatin1Char('0')),
                               QString(200, QLatin1Char('a' + i % 26))));
        REQUIRE(transaction.commit());
    }
    const int pages = int(QFileInfo(path).size() / 4096);
    REQUIRE(pages > 10);
    auto key = Vault::deriveKey(path, pass("p")); // the copies share the salt
    REQUIRE(key);
    // Every page but the first (whose damage cannot be told from a wrong passphrase) is called damaged wherever
    // it is read: never "SQL logic error", never an internal error.
    int damagedSeen = 0;
    for (int page = 2; page <= pages; ++page) {
        INFO("page " << page);
        const QString copy = dir.file(QStringLiteral("copy-%1.firebreak").arg(page));
        REQUIRE(QFile::copy(path, copy));
        flipByteInPage(copy, page);
        auto vault = Vault::open(copy, *key);
        if (!vault) {
            CHECK(vault.error().code == ErrorCode::Damaged);
            CHECK(vault.error().message.contains(QStringLiteral("damaged")));
            ++damagedSeen;
            continue;
        }
        auto problems = (*vault)->integrityCheck();
        if (problems && problems->isEmpty())
            continue; // a free page: nothing reads it
        if (!problems) {
            CHECK(problems.error().code == ErrorCode::Damaged);
            CHECK_FALSE(problems.error().message.contains(QStringLiteral("logic error")));
        }
        ++damagedSeen;
        auto health = (*vault)->tableHealth();
        REQUIRE(health);
        REQUIRE_FALSE(health->isEmpty());
        bool settingsListed = false;
        for (const auto& table : std::as_const(*health)) {
            settingsListed = settingsListed || table.table == QLatin1String("settings");
            if (!table.readable)
                CHECK(table.problem.contains(QStringLiteral("damaged")));
        }
        CHECK(settingsListed);
    }
    CHECK(damagedSeen >= pages / 2);
}

TEST_CASE("Table health reads every table of an intact workspace", "[vault]")
{
    TempDir dir;
    auto vault = Vault::create(dir.file(QStringLiteral("h.firebreak")), pass("p"));
    REQUIRE(vault);
    REQUIRE(putSetting(**vault, QStringLiteral("a"), QStringLiteral("b")));
    auto health = (*vault)->tableHealth();
    REQUIRE(health);
    REQUIRE(health->size() > 10);
    for (const auto& table : std::as_const(*health)) {
        INFO(table.table.toStdString());
        CHECK(table.readable);
    }
}

TEST_CASE("Changing the passphrase keeps every row of every table and leaves no copy behind", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("full.firebreak"));
    auto vault = Vault::create(path, pass("before"));
    REQUIRE(vault);
    REQUIRE((*vault)->execScript("INSERT INTO ticket_fts (docid, title, description) VALUES (7, 'lockbit', 'x');"));
    const auto rowCounts = [](Vault& v) {
        QStringList counts;
        auto health = v.tableHealth();
        REQUIRE(health);
        for (const auto& table : std::as_const(*health))
            counts.append(table.table + QLatin1Char('=') + QString::number(table.rowsRead));
        return counts;
    };
    const QStringList before = rowCounts(**vault);
    const int version = (*vault)->schemaVersion();

    REQUIRE((*vault)->changePassphrase(pass("after")));
    CHECK(rowCounts(**vault) == before);
    CHECK((*vault)->schemaVersion() == version);
    CHECK(*(*vault)->pragmaInt("PRAGMA application_id") == Vault::kApplicationId);
    auto mode = (*vault)->query("PRAGMA journal_mode");
    REQUIRE(mode);
    REQUIRE(*mode->next());
    CHECK(mode->text(0) == QStringLiteral("wal"));
    auto match = (*vault)->query("SELECT docid FROM ticket_fts WHERE ticket_fts MATCH 'lockbit'");
    REQUIRE(match);
    REQUIRE(*match->next());
    CHECK(match->int64(0) == 7);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-rekey")));
    CHECK((QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    auto problems = (*vault)->integrityCheck();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("A passphrase change is refused while another connection is open, and changes nothing", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("busy.firebreak"));
    auto vault = Vault::create(path, pass("before"));
    REQUIRE(vault);
    REQUIRE(putSetting(**vault, QStringLiteral("k"), QStringLiteral("v")));
    REQUIRE((*vault)->execScript("PRAGMA busy_timeout = 100;"));
    auto other = (*vault)->openConnection();
    REQUIRE(other);
    CHECK(getSetting(**other, QStringLiteral("k")) == QStringLiteral("v"));
    auto refused = (*vault)->changePassphrase(pass("after"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-rekey")));
    // Both connections go on working under the old passphrase.
    REQUIRE(putSetting(**vault, QStringLiteral("k2"), QStringLiteral("v2")));
    CHECK(getSetting(**other, QStringLiteral("k2")) == QStringLiteral("v2"));
    other->reset();
    vault->reset();
    CHECK(Vault::open(path, pass("before")));
}

TEST_CASE("A re-encrypted copy left by a killed passphrase change is removed at the next open", "[vault]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("left.firebreak"));
    REQUIRE(Vault::create(path, pass("p")));
    fb::test::writeAll(path + QStringLiteral("-rekey"), QByteArray(8192, 'r'));
    fb::test::writeAll(path + QStringLiteral("-rekey-journal"), QByteArray(512, 'j'));
    auto vault = Vault::open(path, pass("p"));
    REQUIRE(vault);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-rekey")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-rekey-journal")));
}

TEST_CASE("A workspace reached through a symbolic link keeps the link across a passphrase change", "[vault]")
{
    TempDir dir;
    const QString real = dir.file(QStringLiteral("real.firebreak"));
    const QString link = dir.file(QStringLiteral("link.firebreak"));
    REQUIRE(Vault::create(real, pass("before")));
    REQUIRE(QFile::link(real, link));
    {
        auto vault = Vault::open(link, pass("before"));
        REQUIRE(vault);
        REQUIRE((*vault)->changePassphrase(pass("after")));
        REQUIRE(putSetting(**vault, QStringLiteral("k"), QStringLiteral("through the link")));
    }
    CHECK(QFileInfo(link).isSymLink());
    CHECK_FALSE(QFileInfo::exists(real + QStringLiteral("-rekey")));
    auto reopened = Vault::open(real, pass("after"));
    REQUIRE(reopened);
    CHECK(getSetting(**reopened, QStringLiteral("k")) == QStringLiteral("through the link"));
}
