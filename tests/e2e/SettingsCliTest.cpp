// SPDX-License-Identifier: GPL-3.0-or-later
// firebreak-cli settings list|get|set: every setting of the GUI's Settings page, checked by the same rules; a
// subject tag set from a script threads replies; refused values and unknown keys change nothing.
#include "tests/e2e/CliRunner.h"

#include <QFileInfo>
#include <QSettings>

using namespace fb::test;

namespace {

// A CLI whose "this computer" settings live in the test's folder.
struct SettingsCli
{
    SettingsCli()
        : cli(dir)
    {
        cli.setEnv(QStringLiteral("XDG_CONFIG_HOME"), dir.file(QStringLiteral("config")));
        cli.ok(args({"init"}));
    }

    QString get(const char* key) { return QString::fromUtf8(cli.ok(args({"settings", "get", key}))).trimmed(); }

    TempDir dir;
    CliRunner cli;
};

} // namespace

TEST_CASE("CLI settings set subject-tag makes composed replies and imported answers carry it", "[e2e][settings]")
{
    SettingsCli s;
    CHECK(s.get("subject-tag") == QStringLiteral("FIREBREAK"));
    const QByteArray set = s.cli.ok(args({"settings", "set", "subject-tag", "CERT-XX"}));
    CHECK(set == "subject-tag = CERT-XX\n");
    CHECK(s.get("subject-tag") == QStringLiteral("CERT-XX"));
    const QJsonObject json = s.cli.run(args({"settings", "get", "subject-tag", "--json"})).object();
    CHECK(json.value(QStringLiteral("key")).toString() == QStringLiteral("subject-tag"));
    CHECK(json.value(QStringLiteral("value")).toString() == QStringLiteral("CERT-XX"));
    CHECK(json.value(QStringLiteral("scope")).toString() == QStringLiteral("workspace"));

    const qint64 report = s.cli.create(
        args({"--kind", "report", "--title", "Scans from 192.0.2.8", "--reporter", "abuse@isp.example.net"}));
    writeAll(s.dir.file(QStringLiteral("body.txt")), "We are looking into it.\n");
    const QString reply = s.dir.file(QStringLiteral("reply.eml"));
    s.cli.ok({QStringLiteral("mail"), QStringLiteral("compose"), QString::number(report), QStringLiteral("--from"),
              QStringLiteral("cert@team.example.org"), QStringLiteral("--tlp"), QStringLiteral("green"),
              QStringLiteral("--body-file"), s.dir.file(QStringLiteral("body.txt")), QStringLiteral("--out"), reply});
    const QByteArray subject = headerField(readAll(reply), "Subject");
    INFO(subject.toStdString());
    CHECK(subject.startsWith(QByteArray("[CERT-XX #" + QByteArray::number(report) + "] ")));

    // The reporter's answer, without In-Reply-To, threads by the tag alone.
    writeAll(s.dir.file(QStringLiteral("answer.eml")),
             "From: abuse@isp.example.net\nTo: cert@team.example.org\nDate: Tue, 03 Mar 2026 09:00:00 +0000\n"
             "Message-ID: <answer-1@isp.example.net>\nSubject: Re: [CERT-XX #" +
                 QByteArray::number(report) +
                 "] Scans from 192.0.2.8\nMIME-Version: 1.0\nContent-Type: text/plain\n\nThe host is cleaned.\n");
    const QJsonObject imported = s.cli
                                     .run({QStringLiteral("mail"), QStringLiteral("import"), QStringLiteral("--json"),
                                           s.dir.file(QStringLiteral("answer.eml"))})
                                     .object();
    CHECK(imported.value(QStringLiteral("threaded")).toInt() == 1);
    CHECK(imported.value(QStringLiteral("imported")).toInt() == 0);
}

TEST_CASE("CLI settings list shows every setting of the Settings page and set saves pairs together", "[e2e][settings]")
{
    SettingsCli s;
    s.cli.ok(args({"directory", "add", "Computer Emergency Response Team XX", "--short", "CERT-XX"}));

    const QJsonArray list = s.cli.run(args({"settings", "list", "--json"})).array();
    QStringList keys;
    for (const QJsonValue& v : list)
        keys.append(v.toObject().value(QStringLiteral("key")).toString());
    CHECK(keys ==
          args({"team", "signing-key", "subject-tag", "quote-original", "sla.critical.response", "sla.critical.resolve",
                "sla.high.response", "sla.high.resolve", "sla.medium.response", "sla.medium.resolve",
                "sla.low.response", "sla.low.resolve", "stale-days", "auto-lock", "language"}));
    CHECK(list.at(0).toObject().value(QStringLiteral("value")).isNull());
    CHECK(list.at(3).toObject().value(QStringLiteral("value")) == QJsonValue(true));
    CHECK(list.at(4).toObject().value(QStringLiteral("value")).toInt() == 60);
    CHECK(list.at(13).toObject().value(QStringLiteral("value")).toInt() == 10);
    CHECK(list.at(13).toObject().value(QStringLiteral("scope")).toString() == QStringLiteral("computer"));

    // Raising a response time past today's resolution time works only with the resolution in the same call.
    CHECK(s.cli.run(args({"settings", "set", "sla.high.response", "5000"})).exitCode == 2);
    s.cli.ok(args({"settings", "set", "sla.high.response", "5000", "sla.high.resolve", "6000", "team", "cert-xx",
                   "stale-days", "30", "auto-lock", "5", "language", "en", "quote-original", "no"}));
    CHECK(s.get("quote-original") == QStringLiteral("no"));
    CHECK(s.get("sla.high.response") == QStringLiteral("5000"));
    CHECK(s.get("sla.high.resolve") == QStringLiteral("6000"));
    CHECK(s.get("team") == QStringLiteral("CERT-XX"));
    CHECK(s.get("stale-days") == QStringLiteral("30"));
    CHECK(s.get("auto-lock") == QStringLiteral("5"));
    CHECK(s.get("language") == QStringLiteral("en"));
    // The same SLA as `sla show`, and this computer's settings where the GUI reads them.
    const QJsonArray sla = s.cli.run(args({"sla", "show", "--json"})).array();
    CHECK(sla.at(1).toObject().value(QStringLiteral("responseMinutes")).toInt() == 5000);
    QSettings gui(s.dir.file(QStringLiteral("config/Firebreak/firebreak.conf")), QSettings::IniFormat);
    CHECK(gui.value(QStringLiteral("lock/idleMinutes")).toInt() == 5);
    CHECK(gui.value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));

    const QByteArray text = s.cli.ok(args({"settings", "list"}));
    CHECK(text.contains("subject-tag"));
    CHECK(text.contains("FIREBREAK"));
    CHECK(text.contains("(automatic"));

    s.cli.ok(args({"settings", "set", "team", "none", "language", "system"}));
    CHECK(s.get("team").isEmpty());
    CHECK(s.get("language").isEmpty());
}

TEST_CASE("CLI settings refuses bad values with exit 2 and unknown keys with exit 1, changing nothing",
          "[e2e][settings]")
{
    SettingsCli s;
    s.cli.ok(args({"settings", "set", "subject-tag", "CERT-XX"}));

    const struct
    {
        QStringList arguments;
        int exitCode;
        const char* says;
    } cases[] = {
        {args({"settings", "set", "subject-tag", "[CERT]"}), 2, "The subject tag must be 1 to 40 characters"},
        {args({"settings", "set", "subject-tag", "CERT-XX-CERT-XX-CERT-XX-CERT-XX-CERT-XX-CERT-XX"}), 2,
         "The subject tag must be"},
        {args({"settings", "set", "sla.critical.response", "5"}), 2, "SLA times are 15 minutes to 365 days"},
        {args({"settings", "set", "sla.low.resolve", "three days"}), 2, "takes a whole number"},
        {args({"settings", "set", "sla.medium.response", "20000"}), 2,
         "The first response cannot be due after the resolution"},
        {args({"settings", "set", "stale-days", "0"}), 2, "stale after 1 to 3650 days"},
        {args({"settings", "set", "auto-lock", "2000"}), 2, "Auto-lock is 0 (never) to 1440 minutes"},
        {args({"settings", "set", "language", "xx"}), 2, "is not a language of Firebreak"},
        {args({"settings", "set", "quote-original", "maybe"}), 2, "takes yes or no"},
        {args({"settings", "set", "signing-key", "ABCD 1234"}), 2, "is not a full OpenPGP fingerprint"},
        {args({"settings", "set", "team", "NOBODY"}), 4, "There is no team"},
        {args({"settings", "set", "subject-tag", "OK-TAG", "stale-days", "4000"}), 2, "stale after"},
        {args({"settings", "get", "colour"}), 1, "There is no setting “colour”"},
        {args({"settings", "set", "colour", "red"}), 1, "There is no setting"},
        {args({"settings", "set", "subject-tag"}), 1, ""},
        {args({"settings", "set", "subject-tag", "A", "stale-days"}), 1, "has no value"},
    };
    for (const auto& c : cases) {
        const CliResult result = s.cli.run(c.arguments);
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << result.err.toStdString());
        CHECK(result.exitCode == c.exitCode);
        CHECK(result.out.isEmpty());
        CHECK(result.err.contains(c.says));
    }
    // Nothing changed, not even the good value saved with a bad one.
    CHECK(s.get("subject-tag") == QStringLiteral("CERT-XX"));
    CHECK(s.get("stale-days") == QStringLiteral("180"));
    CHECK(s.get("auto-lock") == QStringLiteral("10"));
    CHECK_FALSE(QFileInfo::exists(s.dir.file(QStringLiteral("config/Firebreak/firebreak.conf"))));

    // An unknown key is refused before the passphrase is needed.
    s.cli.unsetEnv(QStringLiteral("FIREBREAK_PASSPHRASE"));
    const CliResult noPassphrase = s.cli.run(args({"settings", "get", "colour"}));
    CHECK(noPassphrase.exitCode == 1);
    CHECK(noPassphrase.err.contains("There is no setting"));
}
