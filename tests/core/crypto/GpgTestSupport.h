// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the OpenPGP tests: the stock gpg on a sealed home, keys generated during the test.
#pragma once

#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "core/crypto/SecretBytes.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QThread>

#include <cstring>
#include <optional>

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

} // namespace Catch

namespace fb::test {

struct GpgRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the stock gpg in batch mode on home; bounded, so a test never hangs.
inline GpgRun gpg(const GnupgHome& home, QStringList args, const QByteArray& input = {})
{
    QProcess process;
    args.prepend(home.path());
    args.prepend(QStringLiteral("--homedir"));
    args.prepend(QStringLiteral("--batch"));
    process.start(QStandardPaths::findExecutable(QStringLiteral("gpg")), args);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    GpgRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Generates a key with gpg --quick-gen-key; returns its fingerprint. Extra options (e.g.
// --faked-system-time) go before the command.
inline QString generateKey(const GnupgHome& home, const QString& userId,
                           const QString& algo = QStringLiteral("ed25519"),
                           const QString& usage = QStringLiteral("sign"), const QString& expire = QStringLiteral("1y"),
                           const QString& passphrase = {}, const QStringList& extra = {})
{
    QStringList args = extra;
    args << QStringLiteral("--pinentry-mode") << QStringLiteral("loopback") << QStringLiteral("--passphrase")
         << passphrase << QStringLiteral("--quick-gen-key") << userId << algo << usage << expire;
    const GpgRun run = gpg(home, args);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const GpgRun list = gpg(home, {QStringLiteral("--with-colons"), QStringLiteral("--list-keys"), userId});
    QString fpr;
    bool afterPrimary = false;
    for (const QByteArray& line : list.out.split('\n')) {
        if (afterPrimary && line.startsWith("fpr:"))
            fpr = QString::fromLatin1(line.split(':').value(9)); // the last primary listed is the newest
        afterPrimary = line.startsWith("pub:");
    }
    REQUIRE(fpr.size() == 40);
    return fpr;
}

// A temporary home for one test. Its agent protects secret keys with the smallest S2K count: the
// agent's own calibration costs seconds per passphrase on a busy machine, and test keys guard nothing.
inline GnupgHome makeHome()
{
    auto home = GnupgHome::createTemporary();
    REQUIRE(home);
    QFile conf(home->path() + QStringLiteral("/gpg-agent.conf"));
    REQUIRE(conf.open(QIODevice::Append));
    conf.write("s2k-count 65536\n");
    return std::move(*home);
}

inline SecretBytes secret(const char* text)
{
    return SecretBytes(text, std::strlen(text));
}

// True when some process still runs with path on its command line (gpg-agent --homedir path...).
inline bool processesMention(const QString& path)
{
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), path});
    pgrep.waitForFinished(5000);
    return pgrep.exitCode() == 0;
}

// Waits a little for daemons that were told to stop.
inline bool noProcessesMentionSoon(const QString& path)
{
    for (int i = 0; i < 30; ++i) {
        if (!processesMention(path))
            return true;
        QThread::msleep(100);
    }
    return false;
}

// Runs gpg-connect-agent on home, which starts its gpg-agent; async-signal-safe enough for a forked child.
inline bool startAgent(const QByteArray& home)
{
    const char* argv[] = {"gpg-connect-agent", "--homedir", home.constData(), "/bye", nullptr};
    pid_t pid = 0;
    if (::posix_spawnp(&pid, "gpg-connect-agent", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0)
        return false;
    int status = 0;
    return ::waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

struct KilledHolder
{
    QString home;
    pid_t pid = 0;
};

// Forks a process that makes a temporary home in parent, imports armoredKey (if any) into it and starts its agent, then
// waits; this kills it with SIGKILL, as a crash or the OOM killer would.
inline KilledHolder forkAndKillHolder(const QString& parent, const QByteArray& armoredKey)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        auto home = GnupgHome::createTemporaryIn(parent);
        if (home && (armoredKey.isEmpty() || OpenPgp(*home).importKeys(armoredKey)) &&
            startAgent(QFile::encodeName(home->path()))) {
            const QByteArray path = QFile::encodeName(home->path());
            if (::write(fds[1], path.constData(), size_t(path.size())) == path.size()) {
                ::close(fds[1]);
                for (;;)
                    ::pause();
            }
        }
        ::_exit(1);
    }
    ::close(fds[1]);
    QByteArray path;
    pollfd wait{fds[0], POLLIN, 0};
    while (::poll(&wait, 1, 60000) > 0) {
        char buffer[512];
        const ssize_t got = ::read(fds[0], buffer, sizeof buffer);
        if (got <= 0)
            break;
        path.append(buffer, got);
    }
    ::close(fds[0]);
    REQUIRE(::kill(child, SIGKILL) == 0);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(!path.isEmpty());
    return {QFile::decodeName(path), child};
}

} // namespace fb::test
