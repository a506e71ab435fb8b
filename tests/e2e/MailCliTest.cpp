// SPDX-License-Identifier: GPL-3.0-or-later
// firebreak-cli mail import / mail quarantine, run as a user would: summaries and JSON, exit codes, the
// quarantine's raw bytes back out unchanged, Ctrl+C that keeps what was stored, and a re-run that completes.
#include "tests/e2e/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/types.h>

using namespace fb::test;

namespace {

QByteArray message(int i, const QByteArray& subject, const QByteArray& extra = {})
{
    return "From: Abuse Desk <abuse@isp.example.net>\nTo: cert@team.example.org\n"
           "Date: Mon, 02 Mar 2026 10:00:00 +0100\nMessage-ID: <m" +
           QByteArray::number(i) + "@isp.example.net>\nSubject: " + subject + "\n" + extra +
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nScans from 198.51.100." +
           QByteArray::number(i % 250 + 1) + " seen at 10:00.\n";
}

QByteArray mbox(const QList<QByteArray>& messages)
{
    QByteArray out;
    for (const QByteArray& m : messages)
        out += "From abuse@isp.example.net Mon Mar  2 10:00:00 2026\n" + m + "\n";
    return out;
}

// A header that is all binary: GMime finds no message in it, so it is quarantined.
const QByteArray kNotAMessage("\x01\x02\x03\x04 not mail at all \xff\xfe\n", 28);

} // namespace

TEST_CASE("mail import reads mbox and Maildir and .eml into tickets and a re-run adds nothing")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));

    writeAll(dir.file(QStringLiteral("box.mbox")),
             mbox({message(1, "Scanning from your network"), message(2, "=?utf-8?q?Beschwerde_=C3=BCber?= spam"),
                   message(3, "Re: Scanning from your network", "In-Reply-To: <m1@isp.example.net>\n")}));
    QDir(dir.path()).mkpath(QStringLiteral("md/cur"));
    QDir(dir.path()).mkpath(QStringLiteral("md/new"));
    writeAll(dir.file(QStringLiteral("md/new/1.host")), message(4, "Phishing site"));
    writeAll(dir.file(QStringLiteral("one.eml")), message(5, "Malware sample"));

    const QByteArray text =
        cli.ok({QStringLiteral("mail"), QStringLiteral("import"), dir.file(QStringLiteral("box.mbox")),
                dir.file(QStringLiteral("md")), dir.file(QStringLiteral("one.eml"))});
    INFO(text.toStdString());
    CHECK(text.contains("Messages read: 5"));
    CHECK(text.contains("new reports: 4"));
    CHECK(text.contains("added to existing tickets: 1"));
    CHECK(text.contains("duplicates: 0"));
    CHECK(text.contains("quarantined: 0"));

    const QJsonArray tickets = cli.run(args({"ticket", "list", "--json"})).array();
    CHECK(tickets.size() == 4);

    const CliResult again = cli.run({QStringLiteral("mail"), QStringLiteral("import"), QStringLiteral("--json"),
                                     dir.file(QStringLiteral("box.mbox")), dir.file(QStringLiteral("md")),
                                     dir.file(QStringLiteral("one.eml"))});
    CHECK(again.exitCode == 0);
    CHECK(again.err.isEmpty()); // no progress line without a terminal
    const QJsonObject summary = again.object();
    CHECK(summary.value(QStringLiteral("messages")).toInt() == 5);
    CHECK(summary.value(QStringLiteral("duplicates")).toInt() == 5);
    CHECK(summary.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(summary.value(QStringLiteral("cancelled")).toBool() == false);
    CHECK(summary.value(QStringLiteral("cases")).toArray().isEmpty());
    CHECK(cli.run(args({"ticket", "list", "--json"})).array().size() == 4);
}

TEST_CASE("mail import quarantines bad input with its reason and exits 2 and quarantine list and show see it")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    writeAll(dir.file(QStringLiteral("empty.eml")), QByteArray());
    writeAll(dir.file(QStringLiteral("good.eml")), message(7, "Scanning"));

    const CliResult imported = cli.run({QStringLiteral("mail"), QStringLiteral("import"), QStringLiteral("--json"),
                                        dir.file(QStringLiteral("empty.eml")), dir.file(QStringLiteral("good.eml"))});
    CHECK(imported.exitCode == 2);
    CHECK(imported.err.contains("quarantined"));
    const QJsonObject summary = imported.object();
    CHECK(summary.value(QStringLiteral("imported")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("quarantined")).toInt() == 1);
    const QJsonArray cases = summary.value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("quarantined"));
    CHECK(cases.first().toObject().value(QStringLiteral("source")).toString().endsWith(QStringLiteral("empty.eml")));
    CHECK_FALSE(cases.first().toObject().value(QStringLiteral("notes")).toArray().isEmpty());

    // The text summary names the case and why.
    writeAll(dir.file(QStringLiteral("also-empty.eml")), QByteArray());
    const CliResult text =
        cli.run({QStringLiteral("mail"), QStringLiteral("import"), dir.file(QStringLiteral("also-empty.eml"))});
    CHECK(text.exitCode == 2);
    CHECK(text.out.contains("also-empty.eml"));
    CHECK(text.out.contains("quarantined"));

    const QJsonArray list = cli.run(args({"mail", "quarantine", "list", "--json"})).array();
    REQUIRE(list.size() == 2);
    const QJsonObject first = list.first().toObject();
    CHECK(first.value(QStringLiteral("id")).toInt() == 1);
    CHECK(first.value(QStringLiteral("size")).toInt() == 0);
    CHECK_FALSE(first.value(QStringLiteral("reason")).toString().isEmpty());
    CHECK(cli.ok(args({"mail", "quarantine", "list"})).contains("empty.eml"));

    const QString saved = dir.file(QStringLiteral("saved.eml"));
    const CliResult shown = cli.run({QStringLiteral("mail"), QStringLiteral("quarantine"), QStringLiteral("show"),
                                     QStringLiteral("1"), QStringLiteral("--out"), saved, QStringLiteral("--json")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.object().value(QStringLiteral("written")).toString() == QDir::toNativeSeparators(saved));
    CHECK(QFileInfo::exists(saved));
    CHECK(readAll(saved) == QByteArray());
    CHECK((QFileInfo(saved).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    // An existing file is not replaced without --force.
    const CliResult exists = cli.run({QStringLiteral("mail"), QStringLiteral("quarantine"), QStringLiteral("show"),
                                      QStringLiteral("1"), QStringLiteral("--out"), saved});
    CHECK(exists.exitCode == 4);
    CHECK(cli.run(args({"mail", "quarantine", "show", "99"})).exitCode == 4);
    CHECK(cli.run(args({"mail", "quarantine", "show", "abc"})).exitCode == 2);
    CHECK(cli.run(args({"mail", "quarantine"})).exitCode == 1);
    CHECK(cli.run(args({"mail", "quarantine", "show"})).exitCode == 1);
}

TEST_CASE("mail quarantine show gives back exactly the bytes that were kept")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    writeAll(dir.file(QStringLiteral("binary.eml")), kNotAMessage);
    const CliResult imported =
        cli.run({QStringLiteral("mail"), QStringLiteral("import"), dir.file(QStringLiteral("binary.eml"))});
    const QJsonArray list = cli.run(args({"mail", "quarantine", "list", "--json"})).array();
    if (imported.exitCode == 0) {
        // GMime read it as a message after all: then nothing is in quarantine.
        CHECK(list.isEmpty());
        return;
    }
    CHECK(imported.exitCode == 2);
    REQUIRE(list.size() == 1);
    const QString saved = dir.file(QStringLiteral("back.eml"));
    cli.ok({QStringLiteral("mail"), QStringLiteral("quarantine"), QStringLiteral("show"), QStringLiteral("1"),
            QStringLiteral("--out"), saved});
    CHECK(readAll(saved) == kNotAMessage);
    // Standard output is no terminal here, so '-' writes the raw bytes to it.
    const CliResult raw = cli.run(args({"mail", "quarantine", "show", "1", "--out", "-"}));
    CHECK(raw.exitCode == 0);
    CHECK(raw.out == kNotAMessage);
}

TEST_CASE("mail import with a missing path fails before the passphrase is asked for")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    cli.unsetEnv(QStringLiteral("FIREBREAK_PASSPHRASE"));
    const CliResult missing =
        cli.run({QStringLiteral("mail"), QStringLiteral("import"), dir.file(QStringLiteral("nope.mbox"))});
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains("nope.mbox"));
    CHECK(cli.run(args({"mail", "import"})).exitCode == 1);
}

TEST_CASE("mail import stops on Ctrl+C between messages and keeps what was stored and a re-run completes it")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const int n = 12000; // enough that the import is still running when Ctrl+C comes
    QList<QByteArray> messages;
    for (int i = 0; i < n; ++i)
        messages.append(message(i, "Scanning " + QByteArray::number(i)));
    const QString box = dir.file(QStringLiteral("big.mbox"));
    writeAll(box, mbox(messages));

    QProcess process;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("FIREBREAK_PASSPHRASE"), kE2ePassphrase);
    environment.insert(QStringLiteral("FIREBREAK_WORKSPACE"), cli.workspace());
    environment.insert(QStringLiteral("FIREBREAK_ACTOR"), QStringLiteral("tester"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FB_CLI_PATH),
                  {QStringLiteral("mail"), QStringLiteral("import"), QStringLiteral("--json"), box});
    REQUIRE(process.waitForStarted(10000));
    // Wait until the import catches SIGINT (after the workspace is open), then press Ctrl+C.
    const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
    bool catching = false;
    for (int i = 0; i < 6000 && !catching && process.state() == QProcess::Running; ++i) {
        QFile file(status);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n'))
                if (line.startsWith("SigCgt:"))
                    catching = (line.mid(7).trimmed().toULongLong(nullptr, 16) & (1ull << (SIGINT - 1))) != 0;
        }
        if (!catching)
            process.waitForFinished(10);
    }
    REQUIRE(catching);
    process.waitForFinished(100); // let some messages through
    REQUIRE(process.state() == QProcess::Running);
    ::kill(pid_t(process.processId()), SIGINT);
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 5);
    const QByteArray err = process.readAllStandardError();
    CHECK(err.contains("interrupted"));
    const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    CHECK(summary.value(QStringLiteral("cancelled")).toBool());
    const int stored = summary.value(QStringLiteral("imported")).toInt();
    CHECK(stored < n);

    const CliResult rerun = cli.run({QStringLiteral("mail"), QStringLiteral("import"), QStringLiteral("--json"), box});
    CHECK(rerun.exitCode == 0);
    CHECK(rerun.object().value(QStringLiteral("duplicates")).toInt() == stored);
    CHECK(rerun.object().value(QStringLiteral("imported")).toInt() == n - stored);
    // Every message is now stored exactly once: a third run finds only duplicates.
    const CliResult third = cli.run({QStringLiteral("mail"), QStringLiteral("import"), QStringLiteral("--json"), box});
    CHECK(third.exitCode == 0);
    CHECK(third.object().value(QStringLiteral("duplicates")).toInt() == n);
    CHECK(third.object().value(QStringLiteral("imported")).toInt() == 0);
}
