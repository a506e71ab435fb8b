// SPDX-License-Identifier: GPL-3.0-or-later
// firebreak-cli mail show, mail attachment save and the correspondence of ticket show, on a message imported from a
// hand-made .eml with a text and a binary attachment: decoded text, attachment list, bytes saved back unchanged
// (owner-only, never over a file without --force), and the error paths with their exit codes.
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/e2e/CliRunner.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace fb;
using namespace fb::test;

namespace {

QByteArray binaryAttachment()
{
    QByteArray bytes;
    for (int i = 0; i < 300; ++i)
        bytes.append(char(i % 256));
    return bytes;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + '\n';
    return out;
}

QByteArray evidenceMessage()
{
    return "From: Abuse Desk <abuse@isp.example.net>\n"
           "To: cert@team.example.org\n"
           "Date: Mon, 02 Mar 2026 10:00:00 +0100\n"
           "Message-ID: <evidence-1@isp.example.net>\n"
           "Subject: =?utf-8?q?Beweise_f=C3=BCr?= scans\n"
           "MIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\n"
           "\n"
           "--b1\n"
           "Content-Type: text/plain; charset=utf-8\n"
           "Content-Transfer-Encoding: quoted-printable\n"
           "\n"
           "Gr=C3=BC=C3=9Fe, scans from 198.51.100.7 are attached.\n"
           "--b1\n"
           "Content-Type: text/plain; charset=utf-8; name=\"notes.txt\"\n"
           "Content-Disposition: attachment; filename=\"notes.txt\"\n"
           "\n"
           "first line\n"
           "second line\n"
           "--b1\n"
           "Content-Type: application/octet-stream; name=\"sample.bin\"\n"
           "Content-Disposition: attachment; filename=\"sample.bin\"\n"
           "Content-Transfer-Encoding: base64\n"
           "\n" +
           base64Lines(binaryAttachment()) + "--b1--\n";
}

struct MailFixture
{
    MailFixture()
        : cli(dir)
    {
        cli.ok(args({"init"}));
        writeAll(dir.file(QStringLiteral("evidence.eml")), evidenceMessage());
        cli.ok({QStringLiteral("mail"), QStringLiteral("import"), dir.file(QStringLiteral("evidence.eml"))});
        const QJsonArray tickets = cli.run(args({"ticket", "list", "--json"})).array();
        REQUIRE(tickets.size() == 1);
        ticket = tickets.first().toObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject shown = cli.run({QStringLiteral("ticket"), QStringLiteral("show"), QString::number(ticket),
                                           QStringLiteral("--json")})
                                      .object();
        const QJsonArray correspondence = shown.value(QStringLiteral("correspondence")).toArray();
        REQUIRE(correspondence.size() == 1);
        message = QString::number(correspondence.first().toObject().value(QStringLiteral("id")).toInteger());
    }

    CliResult save(const QStringList& extra) const
    {
        return cli.run(QStringList{QStringLiteral("mail"), QStringLiteral("attachment"), QStringLiteral("save")} +
                       extra);
    }

    TempDir dir;
    CliRunner cli;
    qint64 ticket = 0;
    QString message;
};

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kAnyPermission = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

TEST_CASE("CLI ticket show lists the ticket's correspondence", "[e2e][mail]")
{
    MailFixture f;
    const QJsonObject shown = f.cli
                                  .run({QStringLiteral("ticket"), QStringLiteral("show"), QString::number(f.ticket),
                                        QStringLiteral("--json")})
                                  .object();
    const QJsonObject m = shown.value(QStringLiteral("correspondence")).toArray().first().toObject();
    CHECK(m.value(QStringLiteral("direction")).toString() == QStringLiteral("in"));
    CHECK(m.value(QStringLiteral("from")).toString() == QStringLiteral("Abuse Desk <abuse@isp.example.net>"));
    CHECK(m.value(QStringLiteral("subject")).toString() == QStringLiteral("Beweise für scans"));
    CHECK(m.value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-02T09:00:00Z"));
    CHECK(m.value(QStringLiteral("encrypted")).toBool() == false);
    const QJsonObject signature = m.value(QStringLiteral("signature")).toObject();
    CHECK(signature.value(QStringLiteral("status")).toString() == QStringLiteral("not-signed"));
    CHECK_FALSE(signature.value(QStringLiteral("label")).toString().isEmpty());

    const QByteArray text = f.cli.ok({QStringLiteral("ticket"), QStringLiteral("show"), QString::number(f.ticket)});
    INFO(text.toStdString());
    CHECK(text.contains("Correspondence:"));
    CHECK(text.contains("MSG"));
    CHECK(text.contains("Beweise für scans"));
    CHECK(text.contains("abuse@isp.example.net"));
    // A ticket without mail shows no correspondence section.
    const qint64 quiet = f.cli.create(args({"--kind", "incident", "--title", "No mail here"}));
    CHECK_FALSE(f.cli.ok({QStringLiteral("ticket"), QStringLiteral("show"), QString::number(quiet)})
                    .contains("Correspondence:"));
}

TEST_CASE("CLI mail show gives the headers, the decoded text and the attachments", "[e2e][mail]")
{
    MailFixture f;
    const QByteArray text = f.cli.ok({QStringLiteral("mail"), QStringLiteral("show"), f.message});
    INFO(text.toStdString());
    CHECK(text.contains("From:       Abuse Desk <abuse@isp.example.net>"));
    CHECK(text.contains("To:         cert@team.example.org"));
    CHECK(text.contains("Subject:    Beweise für scans"));
    CHECK(text.contains("Grüße, scans from 198.51.100.7 are attached."));
    CHECK(text.contains("Attachments:"));
    CHECK(text.contains("notes.txt"));
    CHECK(text.contains("sample.bin"));
    CHECK(text.contains("application/octet-stream"));
    CHECK(text.contains("300 bytes"));

    const QJsonObject json =
        f.cli.run({QStringLiteral("mail"), QStringLiteral("show"), f.message, QStringLiteral("--json")}).object();
    CHECK(json.value(QStringLiteral("id")).toInteger() == f.message.toLongLong());
    CHECK(json.value(QStringLiteral("ticket")).toInteger() == f.ticket);
    CHECK(json.value(QStringLiteral("messageId")).toString() == QStringLiteral("evidence-1@isp.example.net"));
    CHECK(json.value(QStringLiteral("to")).toString() == QStringLiteral("cert@team.example.org"));
    CHECK(json.value(QStringLiteral("text"))
              .toString()
              .startsWith(QStringLiteral("Grüße, scans from 198.51.100.7 are attached.")));
    CHECK(json.value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("not-signed"));
    CHECK(json.value(QStringLiteral("encrypted")).toBool() == false);
    const QJsonArray attachments = json.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 2);
    const QJsonObject notes = attachments.at(0).toObject();
    CHECK(notes.value(QStringLiteral("index")).toInt() == 1);
    CHECK(notes.value(QStringLiteral("name")).toString() == QStringLiteral("notes.txt"));
    CHECK(notes.value(QStringLiteral("type")).toString() == QStringLiteral("text/plain"));
    const QJsonObject sample = attachments.at(1).toObject();
    CHECK(sample.value(QStringLiteral("index")).toInt() == 2);
    CHECK(sample.value(QStringLiteral("name")).toString() == QStringLiteral("sample.bin"));
    CHECK(sample.value(QStringLiteral("type")).toString() == QStringLiteral("application/octet-stream"));
    CHECK(sample.value(QStringLiteral("size")).toInt() == 300);
    CHECK(sample.value(QStringLiteral("sha256")).toString() ==
          QString::fromLatin1(QCryptographicHash::hash(binaryAttachment(), QCryptographicHash::Sha256).toHex()));
}

TEST_CASE("CLI mail attachment save writes the attachment's bytes owner-only and never over a file unasked",
          "[e2e][mail]")
{
    MailFixture f;
    // By number: the binary attachment, byte for byte.
    const QString binary = f.dir.file(QStringLiteral("out/sample.bin"));
    QDir(f.dir.path()).mkpath(QStringLiteral("out"));
    const QJsonObject saved =
        f.save({f.message, QStringLiteral("2"), QStringLiteral("--out"), binary, QStringLiteral("--json")}).object();
    CHECK(saved.value(QStringLiteral("name")).toString() == QStringLiteral("sample.bin"));
    CHECK(saved.value(QStringLiteral("size")).toInt() == 300);
    CHECK(readAll(binary) == binaryAttachment());
    CHECK((QFile::permissions(binary) & kAnyPermission) == kOwnerOnly);

    // By name: the text attachment, its digest as mail show gives it.
    const QString notes = f.dir.file(QStringLiteral("out/notes.txt"));
    const QByteArray said = f.save({f.message, QStringLiteral("notes.txt"), QStringLiteral("--out"), notes}).out;
    CHECK(said.contains("Saved notes.txt"));
    const QByteArray notesBytes = readAll(notes);
    CHECK(notesBytes.startsWith("first line\nsecond line"));
    const QJsonArray listed =
        f.cli.run({QStringLiteral("mail"), QStringLiteral("show"), f.message, QStringLiteral("--json")})
            .object()
            .value(QStringLiteral("attachments"))
            .toArray();
    CHECK(listed.at(0).toObject().value(QStringLiteral("sha256")).toString() ==
          QString::fromLatin1(QCryptographicHash::hash(notesBytes, QCryptographicHash::Sha256).toHex()));

    // An existing file stays unless --force; with it, it is replaced and made owner-only.
    writeAll(notes, "keep me");
    QFile::setPermissions(notes, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const CliResult refused = f.save({f.message, QStringLiteral("2"), QStringLiteral("--out"), notes});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains("already exists; give --force"));
    CHECK(readAll(notes) == "keep me");
    f.cli.ok({QStringLiteral("mail"), QStringLiteral("attachment"), QStringLiteral("save"), f.message,
              QStringLiteral("2"), QStringLiteral("--out"), notes, QStringLiteral("--force")});
    CHECK(readAll(notes) == binaryAttachment());
    CHECK((QFile::permissions(notes) & kAnyPermission) == kOwnerOnly);
    // Written whole through a temporary file: nothing else is left in the folder.
    CHECK(QDir(f.dir.file(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("CLI mail show and attachment save name what is missing or unwritable", "[e2e][mail]")
{
    MailFixture f;
    const QString out = f.dir.file(QStringLiteral("x.bin"));
    const struct
    {
        QStringList arguments;
        int exitCode;
        const char* says;
    } cases[] = {
        {args({"mail", "show", "999"}), 4, "There is no stored message 999"},
        {args({"mail", "show", "abc"}), 2, "is not a message id"},
        {QStringList{QStringLiteral("mail"), QStringLiteral("attachment"), QStringLiteral("save"),
                     QStringLiteral("999"), QStringLiteral("1"), QStringLiteral("--out"), out},
         4, "There is no stored message 999"},
        {QStringList{QStringLiteral("mail"), QStringLiteral("attachment"), QStringLiteral("save"), f.message,
                     QStringLiteral("3"), QStringLiteral("--out"), out},
         4, "has no attachment 3"},
        {QStringList{QStringLiteral("mail"), QStringLiteral("attachment"), QStringLiteral("save"), f.message,
                     QStringLiteral("0"), QStringLiteral("--out"), out},
         4, "has no attachment 0"},
        {QStringList{QStringLiteral("mail"), QStringLiteral("attachment"), QStringLiteral("save"), f.message,
                     QStringLiteral("missing.pdf"), QStringLiteral("--out"), out},
         4, "has no attachment called “missing.pdf”"},
        {QStringList{QStringLiteral("mail"), QStringLiteral("attachment"), QStringLiteral("save"), f.message,
                     QStringLiteral("1"), QStringLiteral("--out"), f.dir.file(QStringLiteral("no/such/folder/x.bin"))},
         2, "there is no folder"},
        {QStringList{QStringLiteral("mail"), QStringLiteral("attachment"), QStringLiteral("save"), f.message,
                     QStringLiteral("1"), QStringLiteral("--out"), f.dir.path()},
         2, "it is a folder"},
        {QStringList{QStringLiteral("mail"), QStringLiteral("attachment"), QStringLiteral("save"), f.message,
                     QStringLiteral("1")},
         1, "Give --out FILE"},
        {args({"mail", "attachment", "open"}), 1, "needs save"},
    };
    for (const auto& c : cases) {
        const CliResult result = f.cli.run(c.arguments);
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << result.err.toStdString());
        CHECK(result.exitCode == c.exitCode);
        CHECK(result.err.contains(c.says));
        CHECK(result.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("CLI mail show and ticket show check a signature against the workspace keyring, as the GUI does",
          "[e2e][mail]")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    GnupgHome teamHome = makeHome();
    const QString teamKey = generateKey(teamHome, QStringLiteral("Our Team <cert@team.example.org>"),
                                        QStringLiteral("future-default"), QStringLiteral("default"));
    cli.setEnv(QStringLiteral("GNUPGHOME"), teamHome.path());
    const qint64 report = cli.create(
        args({"--kind", "report", "--title", "Scans from 192.0.2.8", "--reporter", "abuse@isp.example.net"}));
    writeAll(dir.file(QStringLiteral("body.txt")), "We are looking into it.\n");
    cli.ok({QStringLiteral("mail"), QStringLiteral("compose"), QString::number(report), QStringLiteral("--from"),
            QStringLiteral("Our Team <cert@team.example.org>"), QStringLiteral("--tlp"), QStringLiteral("green"),
            QStringLiteral("--key"), teamKey, QStringLiteral("--body-file"), dir.file(QStringLiteral("body.txt")),
            QStringLiteral("--out"), dir.file(QStringLiteral("signed.eml"))});

    const QJsonArray correspondence =
        cli.run({QStringLiteral("ticket"), QStringLiteral("show"), QString::number(report), QStringLiteral("--json")})
            .object()
            .value(QStringLiteral("correspondence"))
            .toArray();
    REQUIRE(correspondence.size() == 1);
    const QJsonObject sent = correspondence.first().toObject();
    CHECK(sent.value(QStringLiteral("direction")).toString() == QStringLiteral("out"));
    // The workspace keyring does not hold our public key yet: the signature cannot be checked.
    CHECK(sent.value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("no-public-key"));
    const QString message = QString::number(sent.value(QStringLiteral("id")).toInteger());
    auto signature = [&]() {
        return cli.run({QStringLiteral("mail"), QStringLiteral("show"), message, QStringLiteral("--json")})
            .object()
            .value(QStringLiteral("signature"))
            .toObject();
    };
    const QJsonObject missing = signature();
    CHECK(missing.value(QStringLiteral("status")).toString() == QStringLiteral("no-public-key"));
    CHECK_FALSE(missing.value(QStringLiteral("label")).toString().isEmpty());
    CHECK_FALSE(missing.value(QStringLiteral("sentence")).toString().isEmpty());
    CHECK_FALSE(missing.value(QStringLiteral("guidance")).toString().isEmpty());

    // With our public key in the workspace keyring the same message checks out.
    const GpgRun exported = gpg(teamHome, {QStringLiteral("--armor"), QStringLiteral("--export"), teamKey});
    REQUIRE(exported.exitCode == 0);
    writeAll(dir.file(QStringLiteral("team.asc")), exported.out);
    cli.ok({QStringLiteral("directory"), QStringLiteral("keys"), QStringLiteral("--import"),
            dir.file(QStringLiteral("team.asc"))});
    const QJsonObject checked = signature();
    const QString status = checked.value(QStringLiteral("status")).toString();
    INFO(status.toStdString());
    CHECK((status == QStringLiteral("good") || status == QStringLiteral("good-untrusted")));
    CHECK(checked.value(QStringLiteral("signedAt")).isString());
    const QByteArray text = cli.ok({QStringLiteral("mail"), QStringLiteral("show"), message});
    CHECK(text.contains("Signature:"));
    CHECK(text.contains("We are looking into it."));
}
