// SPDX-License-Identifier: GPL-3.0-or-later
// CliRunner: runs firebreak-cli (FB_CLI_PATH) in a sealed environment for end-to-end tests, without a controlling
// terminal, and checks that the passphrase never shows in what it prints. Header-only: the e2e target builds
// its *Test.cpp files only.
#pragma once

#include "tests/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>

#include <catch2/catch.hpp>

#include <unistd.h>

namespace fb::test {

// A command line from words: args({"ticket", "show", "3"}).
inline QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

inline const QString kE2ePassphrase = QStringLiteral("e2e-Passphrase-7f3a91-horse");

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

class CliRunner
{
public:
    // A workspace path inside dir; FIREBREAK_PASSPHRASE and FIREBREAK_WORKSPACE point at it unless changed.
    explicit CliRunner(const TempDir& dir);

    QString workspace() const { return m_workspace; }
    // Sets (or with an empty value, removes) an environment variable for the next runs.
    void setEnv(const QString& name, const QString& value);
    void unsetEnv(const QString& name);
    // A program (and its arguments) that the next runs go through, e.g. strace or setpriv; empty for none.
    void setWrapper(const QStringList& wrapper) { m_wrapper = wrapper; }
    // Another copy of firebreak-cli to run (one another user can reach); FB_CLI_PATH by default.
    void setProgram(const QString& program) { m_program = program; }

    CliResult run(const QStringList& arguments, const QByteArray& input = {}) const;
    // Runs and REQUIREs exit code 0; returns standard output.
    QByteArray ok(const QStringList& arguments, const QByteArray& input = {}) const;
    // Runs `ticket create` and returns the new id.
    qint64 create(const QStringList& arguments) const;

private:
    QString m_workspace;
    QMap<QString, QString> m_env;
    QStringList m_wrapper;
    QString m_program = QStringLiteral(FB_CLI_PATH);
};

inline CliRunner::CliRunner(const TempDir& dir)
    : m_workspace(dir.file(QStringLiteral("cert.firebreak")))
{
    m_env.insert(QStringLiteral("FIREBREAK_PASSPHRASE"), kE2ePassphrase);
    m_env.insert(QStringLiteral("FIREBREAK_WORKSPACE"), m_workspace);
    m_env.insert(QStringLiteral("FIREBREAK_ACTOR"), QStringLiteral("tester"));
    // English messages whatever the machine's locale; a test sets LANG to check a translation.
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    // A private "user's own" GnuPG home, so no test reaches the account's ~/.gnupg; tests with a team key
    // point GNUPGHOME at their own.
    const QString gnupg = dir.file(QStringLiteral("gnupg-user"));
    QDir().mkpath(gnupg);
    QFile::setPermissions(gnupg, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_env.insert(QStringLiteral("GNUPGHOME"), gnupg);
}

inline void CliRunner::setEnv(const QString& name, const QString& value)
{
    m_env.insert(name, value);
}

inline void CliRunner::unsetEnv(const QString& name)
{
    m_env.remove(name);
}

inline CliResult CliRunner::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    QProcessEnvironment environment;
    for (const char* keep : {"PATH", "HOME", "TMPDIR", "TZ", "USER"}) {
        const QString name = QString::fromLatin1(keep);
        if (qEnvironmentVariableIsSet(keep))
            environment.insert(name, qEnvironmentVariable(keep));
    }
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    // A new session has no controlling terminal: a prompt must fail instead of waiting for a person.
    process.setChildProcessModifier([] { ::setsid(); });
    QElapsedTimer timer;
    timer.start();
    if (m_wrapper.isEmpty())
        process.start(m_program, arguments);
    else
        process.start(m_wrapper.constFirst(), m_wrapper.mid(1) + QStringList{m_program} + arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    REQUIRE(finished);
    CliResult result;
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    INFO("firebreak-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    // The passphrase never shows, whatever the command did.
    CHECK_FALSE(result.out.contains(kE2ePassphrase.toUtf8()));
    CHECK_FALSE(result.err.contains(kE2ePassphrase.toUtf8()));
    // Errors are one line, named after the program.
    if (!result.err.isEmpty()) {
        CHECK(result.err.startsWith("firebreak-cli: "));
        CHECK(result.err.count('\n') == 1);
    }
    return result;
}

inline QByteArray CliRunner::ok(const QStringList& arguments, const QByteArray& input) const
{
    const CliResult result = run(arguments, input);
    INFO("firebreak-cli " << arguments.join(QLatin1Char(' ')).toStdString()
                          << "\nstderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out;
}

inline qint64 CliRunner::create(const QStringList& arguments) const
{
    const CliResult result =
        run(QStringList{QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--json")} + arguments);
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const qint64 id = result.object().value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);
    return id;
}

} // namespace fb::test
