// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: every command has the same shape: its --help is generated from its description (the options
// listed are exactly the ones it accepts, its arguments are named), and every command that needs the workspace
// reports a missing or absent workspace in the same words and with the same exit code.
#include "tests/e2e/CliRunner.h"

#include <QRegularExpression>

using namespace fb;
using namespace fb::test;

namespace {

// The command names of the top-level help's "Commands:" table.
QStringList commandNames(const QByteArray& topHelp)
{
    const QString text = QString::fromUtf8(topHelp);
    const qsizetype start = text.indexOf(QStringLiteral("Commands:\n"));
    const qsizetype end = text.indexOf(QStringLiteral("\n\n"), start);
    REQUIRE(start >= 0);
    QStringList names;
    for (const QString& line : text.mid(start, end - start).split(QLatin1Char('\n')).mid(1)) {
        // "  ticket create   Create a ticket...": the name ends at the first run of two spaces.
        const QString row = line.mid(2);
        const qsizetype gap = row.indexOf(QStringLiteral("  "));
        REQUIRE(gap > 0);
        names.append(row.left(gap));
    }
    return names;
}

// The rows of one section ("Options:", "Arguments:") of a command's help: the text left of the description.
QStringList sectionRows(const QString& help, const QString& title)
{
    const qsizetype start = help.indexOf(QLatin1Char('\n') + title + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const qsizetype end = help.indexOf(QStringLiteral("\n\n"), start + 1);
    QStringList rows;
    for (const QString& line : help.mid(start + title.size() + 2, end - start - title.size() - 2).split(u'\n')) {
        if (line.startsWith(QStringLiteral("  ")) && !line.startsWith(QStringLiteral("   ")))
            rows.append(line.mid(2).section(QStringLiteral("  "), 0, 0).trimmed());
    }
    return rows;
}

QStringList split(const QString& name)
{
    return name.split(QLatin1Char(' '));
}

} // namespace

TEST_CASE("every command's --help is generated from its description")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.unsetEnv(QStringLiteral("FIREBREAK_WORKSPACE"));
    const QStringList names = commandNames(cli.ok(args({"--help"})));
    CHECK(names.size() > 50);
    CHECK(names.contains(QStringLiteral("directory dlist member-add")));
    CHECK(names.contains(QStringLiteral("mail quarantine show")));

    for (const QString& name : names) {
        INFO(name.toStdString());
        const QString help = QString::fromUtf8(cli.ok(split(name) + QStringList{QStringLiteral("--help")}));
        const QString usage = help.section(QLatin1Char('\n'), 0, 0);
        REQUIRE(usage.startsWith(QStringLiteral("Usage: firebreak-cli %1 [options]").arg(name)));
        // The description follows the usage line.
        CHECK_FALSE(help.section(QLatin1Char('\n'), 2, 2).trimmed().isEmpty());
        // Every command takes the global options.
        const QStringList globals = sectionRows(help, QStringLiteral("Global options:"));
        CHECK(globals.contains(QStringLiteral("--json")));
        CHECK(globals.contains(QStringLiteral("-h, --help")));
        CHECK(globals.contains(QStringLiteral("-w, --workspace FILE")));
        // A command with positional arguments names them.
        const QString synopsis = usage.section(QStringLiteral("[options]"), 1).trimmed();
        const QStringList arguments = sectionRows(help, QStringLiteral("Arguments:"));
        CHECK(synopsis.isEmpty() == arguments.isEmpty());
        for (const QString& argument : arguments)
            CHECK(synopsis.contains(argument.section(QLatin1Char('.'), 0, 0)));
        // The workspace it needs is said.
        CHECK((help.contains(QStringLiteral("Opens the workspace")) ||
               help.contains(QStringLiteral("Creates the "
                                            "workspace")) ||
               help.contains(QStringLiteral("Names the workspace")) ||
               help.contains(QStringLiteral("Needs no workspace."))));
        // The options listed are the ones the parser accepts (help is shown after a successful parse) ...
        for (const QString& row : sectionRows(help, QStringLiteral("Options:"))) {
            INFO(row.toStdString());
            const QStringList parts = row.split(QLatin1Char(' '));
            QStringList withOption =
                split(name) + QStringList{parts.first().chopped(parts.first().endsWith(u',') ? 1 : 0)};
            if (parts.size() > 1 && !parts.last().startsWith(u'-'))
                withOption.append(QStringLiteral("x"));
            withOption.append(QStringLiteral("--help"));
            CHECK(cli.run(withOption).exitCode == 0);
        }
        // ... and one it does not list is refused as a usage error naming the command's usage.
        const CliResult unknown = cli.run(split(name) + QStringList{QStringLiteral("--no-such-option")});
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(usage.toUtf8()));
    }
}

TEST_CASE("every command that needs the workspace reports a missing one the same way")
{
    TempDir dir;
    CliRunner cli(dir);
    const QString file = dir.file(QStringLiteral("some.txt"));
    QFile text(file);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Some text.\n");
    text.close();
    const QString event = dir.file(QStringLiteral("event.json")); // incident import reads the format first
    QFile json(event);
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write("{\"Event\": {}}\n");
    json.close();
    const QString out = dir.file(QStringLiteral("out.bin"));
    const QString csaf = conformancePath(QStringLiteral("csaf/examples/bsi-2022-0001.json"));

    // Arguments each command accepts before it needs the workspace.
    const QMap<QString, QStringList> valid{
        {QStringLiteral("init"), {}},
        {QStringLiteral("passwd"), {}},
        {QStringLiteral("verify"), {}},
        {QStringLiteral("unlock"), {}},
        {QStringLiteral("lock"), {}},
        {QStringLiteral("salvage"), {out}},
        {QStringLiteral("demo"), {}},
        {QStringLiteral("ticket create"), args({"--kind", "report", "--title", "x"})},
        {QStringLiteral("ticket list"), {}},
        {QStringLiteral("ticket show"), args({"1"})},
        {QStringLiteral("ticket set"), args({"1", "title", "x"})},
        {QStringLiteral("ticket transition"), args({"1", "open"})},
        {QStringLiteral("ticket link"), args({"1", "2"})},
        {QStringLiteral("ticket unlink"), args({"1", "2"})},
        {QStringLiteral("ticket merge"), args({"1", "2"})},
        {QStringLiteral("ticket tag"), args({"1", "x"})},
        {QStringLiteral("ticket untag"), args({"1", "x"})},
        {QStringLiteral("ticket observe"), args({"1", "192.0.2.1"})},
        {QStringLiteral("ticket unobserve"), args({"1", "192.0.2.1"})},
        {QStringLiteral("ticket comment"), args({"1", "x"})},
        {QStringLiteral("ticket bulk"), args({"1", "2", "--set", "tlp=green"})},
        {QStringLiteral("ticket search"), args({"phishing"})},
        {QStringLiteral("ticket history"), args({"1"})},
        {QStringLiteral("ticket investigate"), args({"1"})},
        {QStringLiteral("ticket report"), QStringList{QStringLiteral("1"), QStringLiteral("--format"),
                                                      QStringLiteral("md"), QStringLiteral("--out"), out}},
        {QStringLiteral("observable search"), args({"192.0.2.1"})},
        {QStringLiteral("task add"), args({"1", "x"})},
        {QStringLiteral("task list"), {}},
        {QStringLiteral("task done"), args({"1"})},
        {QStringLiteral("task na"), args({"1"})},
        {QStringLiteral("task reopen"), args({"1"})},
        {QStringLiteral("task assign"), args({"1", "bob"})},
        {QStringLiteral("task due"), args({"1", "4h"})},
        {QStringLiteral("task note"), args({"1", "x"})},
        {QStringLiteral("timeline add"), args({"1", "x", "--at", "2026-03-01T10:00:00Z"})},
        {QStringLiteral("timeline list"), args({"1"})},
        {QStringLiteral("timeline edit"), args({"1"})},
        {QStringLiteral("timeline remove"), args({"1"})},
        {QStringLiteral("timeline import"), args({"1"}) + QStringList{file}},
        {QStringLiteral("timeline export"), args({"1"})},
        {QStringLiteral("playbook list"), {}},
        {QStringLiteral("evidence add"), QStringList{QStringLiteral("1"), file}},
        {QStringLiteral("evidence list"), args({"1"})},
        {QStringLiteral("evidence export"), QStringList{QStringLiteral("1"), QStringLiteral("--out"), out}},
        {QStringLiteral("evidence remove"), args({"1"})},
        {QStringLiteral("playbook show"), args({"phishing"})},
        {QStringLiteral("playbook import"), {file}},
        {QStringLiteral("playbook export"), {}},
        {QStringLiteral("playbook remove"), args({"phishing"})},
        {QStringLiteral("playbook apply"), args({"1", "phishing"})},
        {QStringLiteral("sla show"), {}},
        {QStringLiteral("sla set"), args({"1", "60", "120"})},
        {QStringLiteral("settings list"), {}},
        {QStringLiteral("settings get"), args({"team"})},
        {QStringLiteral("settings set"), args({"team", "none"})},
        {QStringLiteral("directory add"), args({"CERT-X"})},
        {QStringLiteral("directory edit"), args({"CERT-X"})},
        {QStringLiteral("directory show"), args({"CERT-X"})},
        {QStringLiteral("directory list"), {}},
        {QStringLiteral("directory lookup"), args({"192.0.2.1"})},
        {QStringLiteral("directory import"), args({"keys.asc"})},
        {QStringLiteral("directory export"), {out}},
        {QStringLiteral("directory stale"), {}},
        {QStringLiteral("directory keys"), {}},
        {QStringLiteral("directory dlist add"), args({"partners"})},
        {QStringLiteral("directory dlist remove"), args({"partners"})},
        {QStringLiteral("directory dlist show"), args({"partners"})},
        {QStringLiteral("directory dlist list"), {}},
        {QStringLiteral("directory dlist member-add"), args({"partners", "--team", "CERT-X"})},
        {QStringLiteral("directory dlist member-remove"), args({"partners", "--team", "CERT-X"})},
        {QStringLiteral("advisory new"), args({"--title", "x"})},
        {QStringLiteral("advisory edit"), args({"1", "--title", "y"})},
        {QStringLiteral("advisory show"), args({"1"})},
        {QStringLiteral("advisory list"), {}},
        {QStringLiteral("advisory lint"), args({"1"})},
        {QStringLiteral("advisory export"), args({"1", "--format", "csaf"})},
        {QStringLiteral("advisory import"), {csaf}},
        {QStringLiteral("mail import"), {dir.path()}},
        {QStringLiteral("mail compose"),
         QStringList{QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--body-file"), file}},
        {QStringLiteral("mail export"), args({"1"})},
        {QStringLiteral("mail reply-all"), args({"1"})},
        {QStringLiteral("mail show"), args({"1"})},
        {QStringLiteral("mail attachment save"),
         QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("--out"), out}},
        {QStringLiteral("mail quarantine list"), {}},
        {QStringLiteral("mail quarantine show"), args({"1"})},
        {QStringLiteral("profile edit"), {}},
        {QStringLiteral("profile show"), {}},
        {QStringLiteral("profile lint"), {}},
        {QStringLiteral("profile render"), {}},
        {QStringLiteral("profile versions"), {}},
        {QStringLiteral("profile diff"), args({"1"})},
        {QStringLiteral("profile sign"), {}},
        {QStringLiteral("profile verify"), {file}},
        {QStringLiteral("profile securitytxt"), {}},
        {QStringLiteral("profile import"), {file}},
        {QStringLiteral("misp export"), args({"1"})},
        {QStringLiteral("misp import"), {file}},
        {QStringLiteral("stats export"), args({"--from", "2026-01-01", "--to", "2026-01-31", "--format", "csv"})},
        {QStringLiteral("incident export"), args({"1", "--format", "misp"})},
        {QStringLiteral("incident import"), {event}},
        {QStringLiteral("report constituency"),
         args({"--from", "2026-01-01", "--to", "2026-01-31", "--format", "text"})},
    };

    cli.unsetEnv(QStringLiteral("FIREBREAK_WORKSPACE"));
    const QStringList names = commandNames(cli.ok(args({"--help"})));
    int needing = 0;
    for (const QString& name : names) {
        INFO(name.toStdString());
        const QString help = QString::fromUtf8(cli.ok(split(name) + QStringList{QStringLiteral("--help")}));
        const bool opens = help.contains(QStringLiteral("Opens the workspace"));
        if (!opens && !help.contains(QStringLiteral("Creates the workspace")) &&
            !help.contains(QStringLiteral("Names the workspace")))
            continue;
        ++needing;
        // A new command that needs the workspace gets its line in the table above.
        REQUIRE(valid.contains(name));
        const QStringList arguments = split(name) + valid.value(name);

        cli.unsetEnv(QStringLiteral("FIREBREAK_WORKSPACE"));
        const CliResult missing = cli.run(arguments);
        CHECK(missing.exitCode == 1);
        CHECK(missing.out.isEmpty());
        CHECK(missing.err == "firebreak-cli: No workspace given: use --workspace FILE or set FIREBREAK_WORKSPACE.\n");

        if (!opens)
            continue;
        const QString absent = dir.file(QStringLiteral("absent.firebreak"));
        cli.setEnv(QStringLiteral("FIREBREAK_WORKSPACE"), absent);
        const CliResult notThere = cli.run(arguments);
        CHECK(notThere.exitCode == 4);
        CHECK(notThere.err ==
              QStringLiteral("firebreak-cli: There is no workspace file at %1.\n").arg(absent).toUtf8());
        CHECK_FALSE(QFile::exists(absent));
    }
    CHECK(needing > 50);
}
