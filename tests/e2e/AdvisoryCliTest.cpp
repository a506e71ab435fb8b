// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: firebreak-cli advisory new, edit, show, list, lint, import and export (CSAF validated with the
// official schema, clear-signed text verified by stock gpg, PDF read back with pdftotext), and exit codes.
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/e2e/CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace fb;
using namespace fb::test;

namespace {

const char* const kVector = "cve=CVE-2026-1234;cvss=CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H;cwe=CWE-787;"
                            "cwe-name=Out-of-bounds Write;title=Heap overflow";

// A workspace with one complete advisory (#1, lint-clean) and returns its identifier.
QString newAdvisory(const CliRunner& cli)
{
    cli.ok(args({"init"}));
    const CliResult created = cli.run(args({"advisory",
                                            "new",
                                            "--json",
                                            "--title",
                                            "RCE in Example HTTP Server",
                                            "--tlp",
                                            "green",
                                            "--summary",
                                            "Update now.",
                                            "--description",
                                            "The decoder trusts the length field.",
                                            "--solution",
                                            "Update to 2.4.7.",
                                            "--vulnerability",
                                            kVector,
                                            "--product",
                                            "vendor=Example Corp;product=HTTP Server;range=vers:semver/<2.4.7",
                                            "--product",
                                            "vendor=Example Corp;product=HTTP Server;version=2.4.7;"
                                            "status=fixed",
                                            "--reference",
                                            "https://example.com/sa/2026-01 Vendor advisory"}));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString identifier = created.object().value(QStringLiteral("identifier")).toString();
    REQUIRE(identifier.startsWith(QStringLiteral("FIREBREAK-")));
    return identifier;
}

QMap<QString, QString> csafValidation(const QString& file)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {sourcePath(QStringLiteral("tests/tools/csaf_validate.py")),
                                                      conformancePath(QStringLiteral("csaf")), file});
    REQUIRE(python.waitForFinished(120000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    QMap<QString, QString> out;
    for (const QString& line : QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts))
        out.insert(line.section(u'\t', 0, 0), line.section(u'\t', 1));
    return out;
}

// advisory 1 exported as CSAF into out: refused (exit code 4, naming the field) with nothing written; after fix,
// written and valid by the official schema.
void exportCsafOnceFixed(const CliRunner& cli, const QString& out, const char* field, const QStringList& fix)
{
    const QStringList exportCsaf = args({"advisory", "export", "1", "--format", "csaf", "--out"}) + QStringList{out};
    const CliResult refused = cli.run(exportCsaf);
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(field));
    CHECK_FALSE(QFile::exists(out));
    cli.ok(fix);
    cli.ok(exportCsaf);
    CHECK(csafValidation(out).value(out) == QStringLiteral("valid"));
}

} // namespace

TEST_CASE("advisory new show list edit and lint")
{
    TempDir dir;
    CliRunner cli(dir);
    const QString id = newAdvisory(cli);

    const QJsonObject shown = QJsonDocument::fromJson(cli.ok({QStringLiteral("advisory"), QStringLiteral("show"), id,
                                                              QStringLiteral("--json")}))
                                  .object();
    CHECK(shown.value(QStringLiteral("title")).toString() == QStringLiteral("RCE in Example HTTP Server"));
    CHECK(shown.value(QStringLiteral("tlp")).toString() == QStringLiteral("green"));
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    CHECK(shown.value(QStringLiteral("products")).toArray().size() == 2);
    CHECK(shown.value(QStringLiteral("vulnerabilities")).toArray()[0].toObject().value(QStringLiteral("cve")) ==
          QStringLiteral("CVE-2026-1234"));
    const QByteArray text = cli.ok(args({"advisory", "show", "1"}));
    CHECK(text.contains("TLP:GREEN"));
    CHECK(text.contains("9.8"));

    const QJsonArray listed = QJsonDocument::fromJson(cli.ok(args({"advisory", "list", "--json"}))).array();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].toObject().value(QStringLiteral("base_score")).toDouble() == Approx(9.8));
    CHECK(cli.ok(args({"advisory", "list"})).contains("RCE in Example"));

    cli.ok({QStringLiteral("advisory"), QStringLiteral("lint"), id});
    // The audience names distribution lists of the directory.
    const CliResult noList = cli.run(args({"advisory", "edit", "1", "--audience", "isps"}));
    CHECK(noList.exitCode == 4);
    CHECK(noList.err.contains("audience[0]"));
    cli.ok(args({"directory", "dlist", "add", "isps"}));
    cli.ok(args({"advisory", "edit", "1", "--title", "RCE in Example HTTP Server 2.4", "--audience", "isps"}));
    const QJsonObject published =
        QJsonDocument::fromJson(cli.ok(args({"advisory", "edit", "1", "--publish", "final", "--revision-summary",
                                             "Initial release.", "--json"})))
            .object();
    CHECK(published.value(QStringLiteral("version")).toString() == QStringLiteral("1"));
    const QJsonObject after = QJsonDocument::fromJson(cli.ok(args({"advisory", "show", "1", "--json"}))).object();
    CHECK(after.value(QStringLiteral("title")).toString() == QStringLiteral("RCE in Example HTTP Server 2.4"));
    CHECK(after.value(QStringLiteral("status")).toString() == QStringLiteral("final"));
    CHECK(after.value(QStringLiteral("revisions")).toArray().size() == 1); // the draft's "0" is not published
    CHECK(after.value(QStringLiteral("audience")).toArray() == QJsonArray{QStringLiteral("isps")});

    // Lint errors: exit 2 with the findings on stdout and the first field at fault on stderr.
    cli.ok(args({"advisory", "new", "--title", "Half done"}));
    const CliResult lint = cli.run(args({"advisory", "lint", "2", "--json"}));
    CHECK(lint.exitCode == 2);
    CHECK(lint.object().value(QStringLiteral("blocksFinal")).toBool());
    bool namesProducts = false;
    for (const QJsonValue& f : lint.object().value(QStringLiteral("findings")).toArray())
        namesProducts =
            namesProducts || f.toObject().value(QStringLiteral("field")).toString() == QStringLiteral("products");
    CHECK(namesProducts);
    CHECK(lint.err.contains("error"));
    // Publishing it as final is refused (conflict with lint), nothing changes.
    CHECK(cli.run(args({"advisory", "edit", "2", "--publish", "final", "--revision-summary", "x"})).exitCode == 4);
    CHECK(QJsonDocument::fromJson(cli.ok(args({"advisory", "show", "2", "--json"})))
              .object()
              .value(QStringLiteral("status")) == QStringLiteral("draft"));

    // --from-json round trip: show --json of #1 starts #3 with the same content.
    const QString json = dir.file(QStringLiteral("a.json"));
    writeAll(json, cli.ok(args({"advisory", "show", "1", "--json"})));
    cli.ok({QStringLiteral("advisory"), QStringLiteral("new"), QStringLiteral("--from-json"), json});
    const QJsonObject copy = QJsonDocument::fromJson(cli.ok(args({"advisory", "show", "3", "--json"}))).object();
    for (const char* key : {"title", "tlp", "summary", "products", "vulnerabilities", "references", "audience"})
        CHECK(copy.value(QString::fromLatin1(key)) == after.value(QString::fromLatin1(key)));
    CHECK(copy.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
}

TEST_CASE("advisory exit codes name what is wrong")
{
    TempDir dir;
    CliRunner cli(dir);
    newAdvisory(cli);
    CHECK(cli.run(args({"advisory", "frobnicate"})).exitCode == 1);
    CHECK(cli.run(args({"advisory", "new"})).exitCode == 1);       // no title
    CHECK(cli.run(args({"advisory", "edit", "1"})).exitCode == 1); // nothing to change
    CHECK(cli.run(args({"advisory", "export", "1", "--format", "docx"})).exitCode == 1);
    CHECK(cli.run(args({"advisory", "export", "1", "--format", "html", "--sign"})).exitCode == 1);
    CHECK(cli.run(args({"advisory", "edit", "1", "--publish", "draft", "--revision-summary", "x"})).exitCode == 1);

    const CliResult tlp = cli.run(args({"advisory", "new", "--title", "x", "--tlp", "pink"}));
    CHECK(tlp.exitCode == 2);
    CHECK(tlp.err.contains("pink"));
    const CliResult cvss = cli.run(args({"advisory", "edit", "1", "--vulnerability",
                                         "cve=CVE-2026-9999;cvss=CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}));
    CHECK(cvss.exitCode == 2);
    CHECK(cvss.err.contains("AV"));
    // CVSS 3.0 is refused where a vector is typed in (docs/advisories.md).
    const CliResult v30 = cli.run(args({"advisory", "edit", "1", "--vulnerability",
                                        "cve=CVE-2026-9999;cvss=CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}));
    CHECK(v30.exitCode == 2);
    CHECK(v30.err.contains("CVSS:3.1/"));
    const CliResult spec = cli.run(args({"advisory", "edit", "1", "--product", "vendor=A;colour=blue"}));
    CHECK(spec.exitCode == 2);
    CHECK(spec.err.contains("colour"));
    // The refused edits changed nothing.
    CHECK(QJsonDocument::fromJson(cli.ok(args({"advisory", "show", "1", "--json"})))
              .object()
              .value(QStringLiteral("vulnerabilities"))
              .toArray()
              .size() == 1);

    CHECK(cli.run(args({"advisory", "show", "FIREBREAK-1999-0001"})).exitCode == 4);
    CHECK(cli.run(args({"advisory", "show", "42"})).exitCode == 4);
    CHECK(cli.run(args({"advisory", "import", "/nonexistent/csaf.json"})).exitCode == 4);
    const QString broken = dir.file(QStringLiteral("broken.json"));
    writeAll(broken, "{\"document\": ");
    CHECK(cli.run({QStringLiteral("advisory"), QStringLiteral("import"), broken}).exitCode == 2);
    const QString notJson = dir.file(QStringLiteral("edit.json"));
    writeAll(notJson, "[1, 2]");
    CHECK(cli.run({QStringLiteral("advisory"), QStringLiteral("edit"), QStringLiteral("1"),
                   QStringLiteral("--from-json"), notJson})
              .exitCode == 2);
    // No team key and no --key: a usage error before anything is written.
    CHECK(cli.run(args({"advisory", "export", "1", "--format", "text", "--sign"})).exitCode == 1);
    cli.setEnv(QStringLiteral("FIREBREAK_PASSPHRASE"), QStringLiteral("not the passphrase"));
    CHECK(cli.run(args({"advisory", "list"})).exitCode == 3);
}

TEST_CASE("advisory export writes CSAF that the official schema accepts, HTML and PDF")
{
    TempDir dir;
    CliRunner cli(dir);
    const QString id = newAdvisory(cli);
    const QString folder = dir.file(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    cli.ok({QStringLiteral("advisory"), QStringLiteral("export"), id, QStringLiteral("--format"),
            QStringLiteral("csaf"), QStringLiteral("--out"), folder});
    const QString csaf = QDir(folder).filePath(id.toLower() + QStringLiteral(".json")); // FIREBREAK-2026-0001
    REQUIRE(QFile::exists(csaf));
    CHECK(csafValidation(csaf).value(csaf) == QStringLiteral("valid"));
    const QJsonObject document = QJsonDocument::fromJson(readAll(csaf)).object();
    CHECK(document.value(QStringLiteral("document"))
              .toObject()
              .value(QStringLiteral("tracking"))
              .toObject()
              .value(QStringLiteral("id"))
              .toString() == id);

    const QByteArray html = cli.ok(args({"advisory", "export", "1", "--format", "html"}));
    CHECK(html.contains("<html"));
    CHECK(html.contains("RCE in Example HTTP Server"));

    const QString pdf = dir.file(QStringLiteral("advisory.pdf"));
    cli.ok({QStringLiteral("advisory"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--out"), pdf});
    CHECK(readAll(pdf).startsWith("%PDF-"));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    const QByteArray pdfText = pdftotext.readAllStandardOutput();
    CHECK(pdfText.contains("Example HTTP Server")); // the title may wrap
    CHECK(pdfText.contains("CVE-2026-1234"));
    CHECK(pdfText.contains("TLP:GREEN"));
    CHECK(cli.run(args({"advisory", "export", "1", "--format", "pdf"})).exitCode == 1); // needs --out
}

TEST_CASE("advisory import keeps the source document's publisher and tracking id")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const QString source = conformancePath(QStringLiteral("csaf/examples/bsi-2022-0001.json"));
    const CliResult imported =
        cli.run({QStringLiteral("advisory"), QStringLiteral("import"), source, QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject provenance = imported.object().value(QStringLiteral("source")).toObject();
    const QJsonObject original =
        QJsonDocument::fromJson(readAll(source)).object().value(QStringLiteral("document")).toObject();
    CHECK(provenance.value(QStringLiteral("publisher")) ==
          original.value(QStringLiteral("publisher")).toObject().value(QStringLiteral("name")));
    CHECK(provenance.value(QStringLiteral("tracking_id")) ==
          original.value(QStringLiteral("tracking")).toObject().value(QStringLiteral("id")));
    CHECK(provenance.value(QStringLiteral("sha256")).toString().size() == 64);
    const QByteArray shown = cli.ok(args({"advisory", "show", "1"}));
    CHECK(shown.contains(
        original.value(QStringLiteral("tracking")).toObject().value(QStringLiteral("id")).toString().toUtf8()));
    // Ours gets our identifier; the export is valid CSAF again once lint is satisfied (the source has no summary).
    const QString out = dir.file(QStringLiteral("again.json"));
    exportCsafOnceFixed(cli, out, "summary",
                        args({"advisory", "edit", "1", "--summary", "Update the Gallagher command centre."}));
}

TEST_CASE("advisory import names each dropped or corrected item by its JSON path")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    QJsonObject source =
        QJsonDocument::fromJson(readAll(conformancePath(QStringLiteral("csaf/examples/bsi-2022-0001.json")))).object();
    QJsonArray vulnerabilities = source.value(QStringLiteral("vulnerabilities")).toArray();
    QJsonObject v = vulnerabilities[0].toObject();
    QJsonArray scores = v.value(QStringLiteral("scores")).toArray();
    QJsonObject score = scores[0].toObject();
    QJsonObject v3 = score.value(QStringLiteral("cvss_v3")).toObject();
    v3[QStringLiteral("baseScore")] = 9.1;
    score[QStringLiteral("cvss_v3")] = v3;
    scores[0] = score;
    v[QStringLiteral("scores")] = scores;
    vulnerabilities[0] = v;
    source[QStringLiteral("vulnerabilities")] = vulnerabilities;
    const QString file = dir.file(QStringLiteral("wrong-score.json"));
    writeAll(file, QJsonDocument(source).toJson());
    const CliResult imported = cli.run({QStringLiteral("advisory"), QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains("warning: /vulnerabilities/0/scores/0/cvss_v3/baseScore: 9.1 given, 6.1 computed "
                                "from the vector; corrected"));
    CHECK(imported.out.contains("warning: /vulnerabilities/0/ids: "));
}

TEST_CASE("advisory export refuses a draft that lint calls unfinished, and writes nothing")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    cli.ok(args({"advisory", "new", "--title", "Half done", "--summary", "Soon.", "--vulnerability", kVector}));
    const QString out = dir.file(QStringLiteral("half.json"));
    exportCsafOnceFixed(
        cli, out, "product",
        args({"advisory", "edit", "1", "--product", "vendor=Example Corp;product=HTTP Server;version=2.4.6"}));
    const QJsonObject written = QJsonDocument::fromJson(readAll(out)).object();
    CHECK(written.value(QStringLiteral("vulnerabilities")).toArray().size() == 1);
    CHECK(written.value(QStringLiteral("document"))
              .toObject()
              .value(QStringLiteral("tracking"))
              .toObject()
              .value(QStringLiteral("status")) == QStringLiteral("draft"));
}

TEST_CASE("advisory export text --sign verifies with stock gpg and a tampered copy fails")
{
    TempDir dir;
    CliRunner cli(dir);
    newAdvisory(cli);
    GnupgHome home = makeHome();
    const QString fingerprint = generateKey(home, QStringLiteral("Firebreak Test CERT <cert@example.org>"));
    cli.setEnv(QStringLiteral("GNUPGHOME"), home.path());

    const QString signedFile = dir.file(QStringLiteral("advisory.txt.asc"));
    cli.ok({QStringLiteral("advisory"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
            QStringLiteral("text"), QStringLiteral("--sign"), QStringLiteral("--key"), fingerprint,
            QStringLiteral("--out"), signedFile});
    const QByteArray signedText = readAll(signedFile);
    CHECK(signedText.startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));
    CHECK(signedText.contains("TLP:GREEN"));
    const GpgRun good = gpg(home, {QStringLiteral("--verify"), signedFile});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.err.contains("Good signature"));

    QByteArray tampered = signedText;
    tampered.replace("Update to 2.4.7.", "Update to 2.4.6.");
    REQUIRE(tampered != signedText);
    const QString tamperedFile = dir.file(QStringLiteral("tampered.txt.asc"));
    writeAll(tamperedFile, tampered);
    CHECK(gpg(home, {QStringLiteral("--verify"), tamperedFile}).exitCode != 0);

    // A key that is not in the home: refused, nothing written.
    const QString nowhere = dir.file(QStringLiteral("never.asc"));
    const CliResult missing =
        cli.run({QStringLiteral("advisory"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                 QStringLiteral("text"), QStringLiteral("--key"), QString(40, u'A'), QStringLiteral("--out"), nowhere});
    CHECK(missing.exitCode != 0);
    CHECK_FALSE(QFile::exists(nowhere));
    home.shutDown();
}

TEST_CASE("advisory export --format mail goes through the TLP gate and writes an .eml file")
{
    TempDir dir;
    CliRunner cli(dir);
    const QString id = newAdvisory(cli); // TLP:GREEN
    cli.ok(args({"directory", "add", "CERT Amber", "--short", "CERT-AM", "--set", "highest_tlp=amber", "--email",
                 "cert@am.example.org"}));
    cli.ok(args({"directory", "add", "CERT Green", "--short", "CERT-GR", "--set", "highest_tlp=green", "--email",
                 "cert@gr.example.org"}));
    cli.ok(args({"directory", "dlist", "add", "partners"}));
    cli.ok(args({"directory", "dlist", "member-add", "partners", "--team", "CERT-AM", "--team", "CERT-GR"}));
    const QString eml = dir.file(QStringLiteral("advisory.eml"));
    const QStringList mail{QStringLiteral("advisory"), QStringLiteral("export"), QStringLiteral("1"),
                           QStringLiteral("--format"), QStringLiteral("mail"),   QStringLiteral("--list"),
                           QStringLiteral("partners"), QStringLiteral("--out"),  eml};

    // Signing is the default: without a team key (and before PGP/MIME lands) say so, write nothing.
    CHECK(cli.run(mail).exitCode == 1);
    CHECK_FALSE(QFile::exists(eml));
    CHECK(cli.run(args({"advisory", "export", "1", "--format", "mail", "--no-sign"})).exitCode == 1); // no --list

    // A draft is not mailed to a list: publish it first.
    const CliResult draft = cli.run(mail + QStringList{QStringLiteral("--no-sign")});
    CHECK(draft.exitCode == 4);
    CHECK(draft.err.contains("draft"));
    CHECK_FALSE(QFile::exists(eml));
    cli.ok(args({"advisory", "edit", "1", "--publish", "interim", "--revision-summary", "Early warning."}));

    // TLP:AMBER: CERT-GR may only receive up to GREEN; the whole send is refused, naming it.
    cli.ok(args({"advisory", "edit", "1", "--tlp", "amber"}));
    const CliResult refused = cli.run(mail + QStringList{QStringLiteral("--no-sign")});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains("CERT-GR (up to TLP:GREEN)"));
    CHECK_FALSE(refused.err.contains("CERT-AM"));
    CHECK_FALSE(QFile::exists(eml));

    // Taken off the list, the rest may receive it.
    cli.ok(args({"directory", "dlist", "member-remove", "partners", "--team", "CERT-GR"}));
    const CliResult sent = cli.run(mail + QStringList{QStringLiteral("--no-sign"), QStringLiteral("--json")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    // Members are blind copies; To is our own address.
    CHECK(sent.object().value(QStringLiteral("bcc")).toString().contains(QStringLiteral("cert@am.example.org")));
    CHECK_FALSE(sent.object().value(QStringLiteral("to")).toString().contains(QStringLiteral("cert@am.example.org")));

    // Python's own e-mail parser reads what we wrote: subject, recipient, the CSAF attachment.
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import email, email.policy, json, sys\n"
                        "m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)\n"
                        "print(m['Subject']); print(m['Bcc'])\n"
                        "for p in m.iter_attachments():\n"
                        "    print(p.get_filename(), json.loads(p.get_content())['document']['tracking']['id'])\n"),
         eml});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n');
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].startsWith(QStringLiteral("TLP:AMBER ") + id + QStringLiteral(": RCE in Example HTTP Server")));
    CHECK(lines[1] == QStringLiteral("cert@am.example.org"));
    CHECK(lines[2] == id.toLower() + QStringLiteral(".json ") + id);
}
