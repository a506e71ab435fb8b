// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the workspace survives a passphrase change killed at any disk operation, opens read-only where it
// cannot be written, and calls a damaged page damage.
#include "core/crypto/SecretBytes.h"
#include "core/history/History.h"
#include "core/vault/Query.h"
#include "core/vault/Vault.h"
#include "tests/core/vault/LaterFormats.h"
#include "tests/e2e/CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace fb;
using namespace fb::test;

namespace {

SecretBytes secret(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return SecretBytes::take(bytes);
}

// Every system call through which passwd changes what is on the disk.
const QString kDiskCalls = QStringLiteral("write,pwrite64,fsync,fdatasync,ftruncate,rename,renameat,renameat2,unlink,"
                                          "unlinkat");

QStringList ticketTitles(Vault& vault)
{
    QStringList titles;
    auto q = vault.query("SELECT title FROM tickets ORDER BY id");
    REQUIRE(q);
    while (true) {
        auto row = q->next();
        REQUIRE(row);
        if (!*row)
            break;
        titles.append(q->text(0));
    }
    return titles;
}

void removeWorkspace(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal", "-rekey", "-rekey-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

TEST_CASE("passwd killed at any write, sync, rename or unlink leaves a file exactly one passphrase opens", "[kill]")
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    REQUIRE_FALSE(strace.isEmpty()); // packaging/debian-build-deps.txt installs it

    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    QStringList titles;
    for (int i = 1; i <= 5; ++i) {
        titles.append(QStringLiteral("Kept through a killed passwd %1").arg(i));
        cli.create({QStringLiteral("--kind"), QStringLiteral("report"), QStringLiteral("--title"), titles.last(),
                    QStringLiteral("--description"), QString(3000, QLatin1Char('d'))});
    }
    const QString path = cli.workspace();
    const QString pristine = dir.file(QStringLiteral("pristine.firebreak"));
    REQUIRE(QFile::copy(path, pristine));
    const QString oldPassphrase = kE2ePassphrase;
    const QString newPassphrase = QStringLiteral("second-Passphrase-kill-5d2e");
    cli.setEnv(QStringLiteral("FIREBREAK_NEW_PASSPHRASE"), newPassphrase);

    // One traced run that completes, to count the calls.
    const QString trace = dir.file(QStringLiteral("trace.log"));
    cli.setWrapper({strace, QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), trace,
                    QStringLiteral("-e"), QStringLiteral("trace=") + kDiskCalls});
    cli.ok(args({"passwd"}));
    QMap<QString, int> calls;
    static const QRegularExpression callLine(QStringLiteral("^\\d+\\s+([a-z0-9_]+)\\("));
    for (const QByteArray& line : readAll(trace).split('\n')) {
        const auto match = callLine.match(QString::fromUtf8(line));
        if (match.hasMatch())
            ++calls[match.captured(1)];
    }
    INFO("calls: " << QStringList(calls.keys()).join(QLatin1Char(' ')).toStdString());
    CHECK(calls.value(QStringLiteral("rename")) + calls.value(QStringLiteral("renameat")) +
              calls.value(QStringLiteral("renameat2")) >=
          1);
    CHECK(calls.value(QStringLiteral("fsync")) + calls.value(QStringLiteral("fdatasync")) >= 2);

    // Keys for the old salt, derived once: the old passphrase must open a file that still has it, the new one not.
    auto oldKey = Vault::deriveKey(pristine, secret(oldPassphrase));
    auto newKeyOldSalt = Vault::deriveKey(pristine, secret(newPassphrase));
    REQUIRE(oldKey);
    REQUIRE(newKeyOldSalt);

    int points = 0;
    int killed = 0;
    int oldOpens = 0;
    int newOpens = 0;
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        for (int when = 1; when <= it.value(); ++when) {
            ++points;
            INFO("killed at " << it.key().toStdString() << " #" << when);
            removeWorkspace(path);
            REQUIRE(QFile::copy(pristine, path));
            cli.setWrapper({strace, QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                            QStringLiteral("/dev/null"), QStringLiteral("-e"), QStringLiteral("trace=") + it.key(),
                            QStringLiteral("-e"),
                            QStringLiteral("inject=%1:signal=KILL:when=%2").arg(it.key()).arg(when)});
            const CliResult run = cli.run(args({"passwd"}));
            killed += run.exitCode == -1 ? 1 : 0;

            const bool oldSalt = readAll(path).left(16) == oldKey->salt;
            auto withOld = oldSalt ? Vault::open(path, *oldKey) : Vault::open(path, secret(oldPassphrase));
            auto withNew = oldSalt ? Vault::open(path, *newKeyOldSalt) : Vault::open(path, secret(newPassphrase));
            REQUIRE((bool(withOld) != bool(withNew)));
            auto& opened = withOld ? *withOld : *withNew;
            const auto& refused = withOld ? withNew : withOld;
            CHECK(refused.error().code == ErrorCode::WrongPassphrase);
            CHECK(ticketTitles(*opened) == titles);
            auto problems = opened->integrityCheck();
            REQUIRE(problems);
            CHECK(problems->isEmpty());
            CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-rekey")));
            (withOld ? oldOpens : newOpens) += 1;
        }
    }
    INFO(points << " kill points, " << killed << " killed, " << oldOpens << " old, " << newOpens << " new");
    CHECK(killed == points);
    CHECK(oldOpens > 0);
    CHECK(newOpens > 0);
}

TEST_CASE("An upgrade to the latest format killed at any write, sync, rename or unlink loses nothing", "[kill]")
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    REQUIRE_FALSE(strace.isEmpty());

    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    QStringList titles;
    for (int i = 1; i <= 3; ++i) {
        titles.append(QStringLiteral("Kept through a killed upgrade %1").arg(i));
        cli.create({QStringLiteral("--kind"), QStringLiteral("report"), QStringLiteral("--title"), titles.last()});
    }
    const QString path = cli.workspace();
    // The workspace as format 11 made it: the next open upgrades it.
    {
        auto vault = Vault::open(path, secret(kE2ePassphrase));
        REQUIRE(vault);
        undoFormatsAfter(**vault, 11);
        (*vault)->close();
    }
    const QString pristine = dir.file(QStringLiteral("pristine.firebreak"));
    REQUIRE(QFile::copy(path, pristine));

    // One traced run that upgrades, to count the calls.
    const QString trace = dir.file(QStringLiteral("trace.log"));
    cli.setWrapper({strace, QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), trace,
                    QStringLiteral("-e"), QStringLiteral("trace=") + kDiskCalls});
    cli.ok(args({"ticket", "list"}));
    QMap<QString, int> calls;
    static const QRegularExpression callLine(QStringLiteral("^\\d+\\s+([a-z0-9_]+)\\("));
    for (const QByteArray& line : readAll(trace).split('\n')) {
        const auto match = callLine.match(QString::fromUtf8(line));
        if (match.hasMatch())
            ++calls[match.captured(1)];
    }
    REQUIRE_FALSE(calls.isEmpty());

    int points = 0;
    int killed = 0;
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        for (int when = 1; when <= it.value(); ++when) {
            ++points;
            INFO("killed at " << it.key().toStdString() << " #" << when);
            removeWorkspace(path);
            REQUIRE(QFile::copy(pristine, path));
            cli.setWrapper({strace, QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                            QStringLiteral("/dev/null"), QStringLiteral("-e"), QStringLiteral("trace=") + it.key(),
                            QStringLiteral("-e"),
                            QStringLiteral("inject=%1:signal=KILL:when=%2").arg(it.key()).arg(when)});
            killed += cli.run(args({"ticket", "list"})).exitCode == -1 ? 1 : 0;

            // A wrong passphrase changes nothing, not even the -wal the kill left.
            const QByteArray file = readAll(path);
            const QByteArray wal = QFileInfo::exists(path + QStringLiteral("-wal"))
                                       ? readAll(path + QStringLiteral("-wal"))
                                       : QByteArray();
            auto wrong = Vault::open(path, secret(QStringLiteral("not-the-passphrase")));
            REQUIRE_FALSE(wrong);
            CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
            CHECK(readAll(path) == file);
            if (!wal.isEmpty())
                CHECK(readAll(path + QStringLiteral("-wal")) == wal);

            // The passphrase opens it (finishing the upgrade where it stopped), every ticket is there, the history
            // chain and every page are whole, and the new tables are there.
            auto opened = Vault::open(path, secret(kE2ePassphrase));
            INFO((opened ? QString() : opened.error().toString()).toStdString());
            REQUIRE(opened);
            CHECK((*opened)->schemaVersion() == Vault::latestSchemaVersion());
            CHECK(ticketTitles(**opened) == titles);
            auto problems = (*opened)->integrityCheck();
            REQUIRE(problems);
            CHECK(problems->isEmpty());
            CHECK((*opened)->query("SELECT count(*) FROM ticket_comments"));
            CHECK((*opened)->query("SELECT count(*) FROM ticket_tasks"));
            CHECK((*opened)->query("SELECT count(*) FROM playbooks"));
            CHECK(History(**opened).verify().value().intact);
        }
    }
    INFO(points << " kill points, " << killed << " killed");
    CHECK(killed == points);
}

namespace {

// Runs the CLI as an unprivileged user when the tests run as root (root writes to read-only files), so that file
// permissions mean what they mean for a user. Returns false when that is not possible here.
bool runAsUser(CliRunner& cli, const TempDir& dir)
{
    if (::geteuid() != 0)
        return true;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return false;
    constexpr uid_t kNobody = 65534;
    // The build tree may lie in a folder other users cannot enter (a root home): run a copy from the test's folder.
    const QString program = dir.file(QStringLiteral("firebreak-cli"));
    REQUIRE(QFile::copy(QStringLiteral(FB_CLI_PATH), program));
    REQUIRE(
        QFile::setPermissions(program, QFile::permissions(program) | QFileDevice::ExeOther | QFileDevice::ReadOther));
    cli.setProgram(program);
    for (QString folder = QFileInfo(dir.path()).absolutePath(); folder != QLatin1String("/");
         folder = QFileInfo(folder).absolutePath()) {
        if ((QFile::permissions(folder) & QFileDevice::ExeOther) == 0)
            return false; // a folder above the test's own is closed to other users
    }
    QDirIterator it(dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    REQUIRE(::chown(QFile::encodeName(dir.path()).constData(), kNobody, kNobody) == 0);
    while (it.hasNext())
        REQUIRE(::chown(QFile::encodeName(it.next()).constData(), kNobody, kNobody) == 0);
    cli.setEnv(QStringLiteral("HOME"), dir.path());
    cli.setEnv(QStringLiteral("TMPDIR"), dir.path()); // the test's own may be closed to other users
    cli.setWrapper(
        {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")});
    return true;
}

bool hasSideFiles(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
}

} // namespace

TEST_CASE("a read-only workspace opens for reading, refuses changes with the reason and leaves no side files")
{
    // Run as root, the CLI runs as another user, who must be able to reach the folder: /tmp is open to everyone,
    // wherever the build tree is.
    TempDir dir(::geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath());
    const QString folder = dir.file(QStringLiteral("cases"));
    REQUIRE(QDir().mkpath(folder));
    CliRunner cli(dir);
    const QString path = folder + QStringLiteral("/cert.firebreak");
    cli.setEnv(QStringLiteral("FIREBREAK_WORKSPACE"), path);
    cli.ok(args({"init"}));
    cli.create(args({"--kind", "report", "--title", "Readable while read-only"}));
    REQUIRE(runAsUser(cli, dir));
    const QStringList create = args({"ticket", "create", "--kind", "report", "--title", "Refused"});

    SECTION("a read-only file")
    {
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0400) == 0);
        const QByteArray list = cli.ok(args({"ticket", "list"}));
        CHECK(list.contains("Readable while read-only"));
        CHECK_FALSE(hasSideFiles(path));
        const CliResult refused = cli.run(create);
        CHECK(refused.exitCode == 5);
        CHECK(refused.err.contains("cert.firebreak"));
        CHECK(refused.err.contains("read-only"));
        CHECK(refused.err.contains("the file is read-only"));
        CHECK_FALSE(hasSideFiles(path));
        // Writable again: it opens for changes at once, nothing left behind blocks it.
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        CHECK(cli.run(create).exitCode == 0);
    }
    SECTION("a read-only folder")
    {
        REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        CHECK(cli.ok(args({"ticket", "list"})).contains("Readable while read-only"));
        const CliResult refused = cli.run(create);
        CHECK(refused.exitCode == 5);
        CHECK(refused.err.contains("folder"));
        CHECK(refused.err.contains("cases"));
        CHECK_FALSE(hasSideFiles(path));
        REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        CHECK(cli.run(create).exitCode == 0);
    }
    SECTION("side files an earlier run left read-only are given back their mode")
    {
        for (const char* suffix : {"-wal", "-shm"}) {
            const QString side = path + QLatin1String(suffix);
            writeAll(side, QByteArray());
            if (::geteuid() == 0)
                REQUIRE(::chown(QFile::encodeName(side).constData(), 65534, 65534) == 0);
            REQUIRE(::chmod(QFile::encodeName(side).constData(), 0400) == 0);
        }
        CHECK(cli.run(create).exitCode == 0);
    }
    SECTION("a -wal that holds changes is not ignored when the file is read-only")
    {
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0400) == 0);
        writeAll(path + QStringLiteral("-wal"), QByteArray(4096 + 32, 'w'));
        if (::geteuid() == 0)
            REQUIRE(::chown(QFile::encodeName(path + QStringLiteral("-wal")).constData(), 65534, 65534) == 0);
        const CliResult refused = cli.run(args({"ticket", "list"}));
        CHECK(refused.exitCode == 5);
        CHECK(refused.err.contains("cert.firebreak-wal"));
        CHECK(refused.err.contains("nothing has been changed"));
    }
}

TEST_CASE("a damaged page exits 2 calling it damage, and verify names what can still be read")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"demo"}));
    const QString path = cli.workspace();
    const QString pristine = dir.file(QStringLiteral("pristine.firebreak"));
    REQUIRE(QFile::copy(path, pristine));
    const int pages = int(QFileInfo(path).size() / 4096);
    REQUIRE(pages > 20);

    int damaged = 0;
    bool tableNamed = false;
    for (int page = 2; page <= pages; page += std::max(1, pages / 12)) {
        INFO("page " << page);
        QFile::remove(path);
        REQUIRE(QFile::copy(pristine, path));
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadWrite));
            REQUIRE(file.seek(qint64(page - 1) * 4096 + 1500));
            char byte = 0;
            REQUIRE(file.getChar(&byte));
            REQUIRE(file.seek(qint64(page - 1) * 4096 + 1500));
            REQUIRE(file.putChar(char(byte ^ 0x21)));
        }
        const CliResult verify = cli.run(args({"verify"}));
        CHECK((verify.exitCode == 0 || verify.exitCode == 2));
        CHECK_FALSE(verify.err.contains("logic error"));
        if (verify.exitCode == 2) {
            ++damaged;
            CHECK(verify.err.contains("damaged"));
            tableNamed = tableNamed || verify.out.contains("DAMAGED");
            const CliResult json = cli.run(args({"verify", "--json"}));
            CHECK(json.exitCode == 2);
            if (!json.out.isEmpty())
                CHECK(json.object().value(QStringLiteral("damaged")).toBool());
        }
        const CliResult list = cli.run(args({"ticket", "list", "--limit", "1000"}));
        CHECK((list.exitCode == 0 || list.exitCode == 2));
        if (list.exitCode == 2)
            CHECK(list.err.contains("damaged"));
    }
    CHECK(damaged >= 6);
    CHECK(tableNamed);
}

TEST_CASE("salvage copies what a damaged workspace can still read into a new one")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"demo"}));
    const QString path = cli.workspace();
    const QString pristine = dir.file(QStringLiteral("pristine.firebreak"));
    REQUIRE(QFile::copy(path, pristine));

    SECTION("an intact workspace is copied whole, and the copy verifies")
    {
        const QString out = dir.file(QStringLiteral("whole.firebreak"));
        const CliResult salvage = cli.run({QStringLiteral("salvage"), out, QStringLiteral("--json")});
        REQUIRE(salvage.exitCode == 0);
        CHECK(salvage.object().value(QStringLiteral("complete")).toBool());
        const QByteArray before = cli.ok(args({"ticket", "list", "--merged", "--limit", "1000", "--json"}));
        cli.setEnv(QStringLiteral("FIREBREAK_WORKSPACE"), out);
        CHECK(cli.ok(args({"ticket", "list", "--merged", "--limit", "1000", "--json"})) == before);
        CHECK(cli.ok(args({"verify"})).contains("chain intact"));
        CHECK(cli.ok(args({"ticket", "search", "ransomware"})).size() > 0);
        // Never over an existing file.
        cli.setEnv(QStringLiteral("FIREBREAK_WORKSPACE"), path);
        CHECK(cli.run({QStringLiteral("salvage"), out}).exitCode == 4);
    }
    SECTION("a damaged one gives every readable row, says rows were lost, and leaves the damaged file alone")
    {
        // Damage the page in the middle of the file that verify reports as a table page.
        const int pages = int(QFileInfo(path).size() / 4096);
        bool salvaged = false;
        for (int page = pages / 2; page < pages && !salvaged; ++page) {
            QFile::remove(path);
            REQUIRE(QFile::copy(pristine, path));
            {
                QFile file(path);
                REQUIRE(file.open(QIODevice::ReadWrite));
                REQUIRE(file.seek(qint64(page - 1) * 4096 + 900));
                REQUIRE(file.putChar('\x5a'));
            }
            const CliResult verify = cli.run(args({"verify"}));
            if (!verify.out.contains("DAMAGED"))
                continue;
            const QByteArray damagedBytes = readAll(path);
            const QString out = dir.file(QStringLiteral("salvaged-%1.firebreak").arg(page));
            const CliResult salvage = cli.run({QStringLiteral("salvage"), out, QStringLiteral("--json")});
            INFO("page " << page << ": " << salvage.err.toStdString());
            CHECK(salvage.exitCode == 2);
            CHECK(salvage.err.contains("could not be read"));
            CHECK(readAll(path) == damagedBytes);
            qint64 copied = 0;
            int runs = 0;
            for (const QJsonValue& table : salvage.object().value(QStringLiteral("tables")).toArray()) {
                copied += table.toObject().value(QStringLiteral("rowsCopied")).toInteger();
                runs += table.toObject().value(QStringLiteral("unreadableRuns")).toInt();
            }
            CHECK(runs >= 1);
            CHECK(copied > 100);
            // The copy is a sound workspace of its own.
            cli.setEnv(QStringLiteral("FIREBREAK_WORKSPACE"), out);
            const CliResult check = cli.run(args({"verify", "--json"}));
            CHECK((check.exitCode == 0 || check.exitCode == 2));
            CHECK_FALSE(check.object().value(QStringLiteral("damaged")).toBool());
            CHECK(cli.run(args({"ticket", "list"})).exitCode == 0);
            cli.setEnv(QStringLiteral("FIREBREAK_WORKSPACE"), path);
            salvaged = true;
        }
        CHECK(salvaged);
    }
}
