// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: firebreak-cli unlock and lock: a workspace key kept in the kernel keyring for later commands, gone
// after its time, after lock and after a passphrase change. Each test has a session keyring of its own.
#include "core/vault/Vault.h"
#include "core/vault/WorkspaceFile.h"
#include "core/vault/WorkspaceSession.h"
#include "tests/KeyringTestSupport.h"
#include "tests/e2e/CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

namespace {

const QString kPassphraseVariable = QStringLiteral("FIREBREAK_PASSPHRASE");

// A session keyring of the test's own and a workspace with one ticket; false where the kernel keyring is closed to
// this process (the test says so and has nothing to exercise).
[[nodiscard]] bool prepare(CliRunner& cli)
{
    int error = 0;
    const KeyringAccess access = joinNewSessionKeyring(&error);
    if (access == KeyringAccess::Closed) {
        WARN("The kernel keyring is closed to this process (keyctl: " << std::strerror(error)
                                                                      << "): this test cannot run here.");
        return false;
    }
    REQUIRE(access == KeyringAccess::Joined);
    cli.ok(args({"init"}));
    cli.create(args({"--kind", "incident", "--title", "Session ticket"}));
    return true;
}

void withoutPassphrase(CliRunner& cli)
{
    cli.unsetEnv(kPassphraseVariable);
}

// The command asked for the passphrase: with no terminal, a usage error naming where a passphrase can come from.
void checkAsked(const CliResult& result)
{
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("FIREBREAK_PASSPHRASE"));
    CHECK(result.out.isEmpty());
}

// The name the workspace's key is kept under, as the file is now.
QByteArray keptName(const QString& path)
{
    auto probe = WorkspaceFile::probe(path);
    REQUIRE(probe);
    return WorkspaceSession::keyName(path, probe->head);
}

} // namespace

TEST_CASE("after unlock, commands open the workspace without a passphrase until lock")
{
    TempDir dir;
    CliRunner cli(dir);
    if (!prepare(cli))
        return;
    const QByteArray unlocked = cli.ok(args({"unlock"}));
    CHECK(unlocked.contains("Unlocked"));

    withoutPassphrase(cli);
    const QByteArray list = cli.ok(args({"ticket", "list"}));
    CHECK(list.contains("Session ticket"));
    // Changes work too, and are recorded.
    cli.ok(args({"ticket", "set", "1", "title", "Renamed in a session"}));
    CHECK(cli.ok(args({"ticket", "show", "1"})).contains("Renamed in a session"));

    // Opt-out, by option or variable: asked for the passphrase.
    checkAsked(cli.run(args({"ticket", "list", "--no-session"})));
    checkAsked(cli.run(args({"--no-session", "ticket", "list"})));
    cli.setEnv(QStringLiteral("FIREBREAK_NO_SESSION"), QStringLiteral("1"));
    checkAsked(cli.run(args({"ticket", "list"})));
    cli.setEnv(QStringLiteral("FIREBREAK_NO_SESSION"), QStringLiteral("0"));
    cli.ok(args({"ticket", "list"}));
    cli.unsetEnv(QStringLiteral("FIREBREAK_NO_SESSION"));

    // unlock itself and passwd insist on the passphrase.
    checkAsked(cli.run(args({"unlock"})));
    checkAsked(cli.run(args({"passwd"})));

    const QByteArray locked = cli.ok(args({"lock"}));
    CHECK(locked.contains("Locked"));
    checkAsked(cli.run(args({"ticket", "list"})));
    // Locking again is fine and says so.
    CHECK(cli.ok(args({"lock"})).contains("No key was kept"));
}

TEST_CASE("unlock prints when the session ends, and lock what it forgot, as JSON")
{
    TempDir dir;
    CliRunner cli(dir);
    if (!prepare(cli))
        return;
    const CliResult result = cli.run(args({"unlock", "--for", "2h", "--json"}));
    REQUIRE(result.exitCode == 0);
    const QJsonObject object = result.object();
    CHECK(object.value(QStringLiteral("seconds")).toInteger() == 7200);
    const QDateTime until = QDateTime::fromString(object.value(QStringLiteral("until")).toString(), Qt::ISODate);
    REQUIRE(until.isValid());
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(until);
    CHECK(left > 7000);
    CHECK(left <= 7200);
    CHECK(object.value(QStringLiteral("path")).toString() == cli.workspace());

    const CliResult locked = cli.run(args({"lock", "--json"}));
    REQUIRE(locked.exitCode == 0);
    CHECK(locked.object().value(QStringLiteral("forgotten")).toInt() == 1);
}

TEST_CASE("an unlocked session ends by itself after its time")
{
    TempDir dir;
    CliRunner cli(dir);
    if (!prepare(cli))
        return;
    // Searched from this process, which shares the session keyring, right after unlock: the kernel counts whole
    // seconds, so a 3-second key lives at least 2.
    cli.ok(args({"unlock", "--for", "3s"}));
    QElapsedTimer sinceUnlock;
    sinceUnlock.start();
    CHECK(findSessionKey(keptName(cli.workspace())) > 0);
    QThread::msleep(std::max<qint64>(0, 4500 - sinceUnlock.elapsed()));
    CHECK(findSessionKey(keptName(cli.workspace())) == 0);
    withoutPassphrase(cli);
    checkAsked(cli.run(args({"ticket", "list"})));
}

TEST_CASE("unlock refuses a duration it does not understand before asking for the passphrase")
{
    TempDir dir;
    CliRunner cli(dir);
    if (!prepare(cli))
        return;
    withoutPassphrase(cli);
    for (const char* duration : {"0", "0s", "13h", "1d", "soon", "-5m"}) {
        INFO(duration);
        const CliResult result = cli.run(args({"unlock", "--for", duration}));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains("12h"));
    }
}

TEST_CASE("passwd forgets the kept key: the next command asks for the new passphrase")
{
    TempDir dir;
    CliRunner cli(dir);
    if (!prepare(cli))
        return;
    cli.ok(args({"unlock"}));
    const QByteArray oldName = keptName(cli.workspace());
    REQUIRE(findSessionKey(oldName) > 0);
    cli.setEnv(QStringLiteral("FIREBREAK_NEW_PASSPHRASE"), QStringLiteral("the-new-e2e-passphrase-5c1d"));
    cli.ok(args({"passwd"}));
    CHECK(findSessionKey(oldName) == 0);

    withoutPassphrase(cli);
    checkAsked(cli.run(args({"ticket", "list"})));
    cli.setEnv(kPassphraseVariable, QStringLiteral("the-new-e2e-passphrase-5c1d"));
    CHECK(cli.ok(args({"ticket", "list"})).contains("Session ticket"));
}

TEST_CASE("a passphrase change elsewhere makes the kept key stale: the next command asks and does not crash")
{
    TempDir dir;
    CliRunner cli(dir);
    if (!prepare(cli))
        return;
    cli.ok(args({"unlock"}));
    // Re-keyed by another program (the GUI), which knows nothing of the session.
    {
        const QByteArray old = kE2ePassphrase.toUtf8();
        auto vault = Vault::open(cli.workspace(), SecretBytes(old.constData(), std::size_t(old.size())));
        REQUIRE(vault);
        REQUIRE((*vault)->changePassphrase(SecretBytes("changed-elsewhere-77", 20)));
    }
    withoutPassphrase(cli);
    checkAsked(cli.run(args({"ticket", "list"})));
    cli.setEnv(kPassphraseVariable, QStringLiteral("changed-elsewhere-77"));
    CHECK(cli.ok(args({"ticket", "list"})).contains("Session ticket"));
    // A wrong passphrase is still a wrong passphrase.
    cli.setEnv(kPassphraseVariable, QStringLiteral("not-it"));
    CHECK(cli.run(args({"ticket", "list"})).exitCode == 3);
}

TEST_CASE("a kept key does not open another workspace, and lock --all forgets every one")
{
    TempDir dir;
    CliRunner cli(dir);
    if (!prepare(cli))
        return;
    TempDir otherDir;
    CliRunner other(otherDir);
    other.ok(args({"init"}));

    cli.ok(args({"unlock"}));
    withoutPassphrase(other);
    checkAsked(other.run(args({"ticket", "list"})));
    other.setEnv(kPassphraseVariable, kE2ePassphrase);
    other.ok(args({"unlock"}));
    withoutPassphrase(other);
    other.ok(args({"ticket", "list"}));

    withoutPassphrase(cli);
    const CliResult all = cli.run(args({"lock", "--all", "--json"}));
    REQUIRE(all.exitCode == 0);
    // At least these two: the user keyring is searched too (for keys kept by processes without a session keyring).
    CHECK(all.object().value(QStringLiteral("forgotten")).toInt() >= 2);
    checkAsked(cli.run(args({"ticket", "list"})));
    checkAsked(other.run(args({"ticket", "list"})));
    // lock --all needs no workspace.
    cli.unsetEnv(QStringLiteral("FIREBREAK_WORKSPACE"));
    CHECK(cli.ok(args({"lock", "--all"})).contains("Forgot "));
    // lock of a file that is not there: not found.
    CHECK(cli.run({QStringLiteral("lock"), QStringLiteral("--workspace"), dir.file(QStringLiteral("none"))}).exitCode ==
          4);
}
