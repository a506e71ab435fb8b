// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: firebreak-cli mail compose (signed, encrypted, refused) and mail export (mbox, one .eml), with keys
// generated for the test in throwaway GnuPG homes: our team's (as the user's own home) and a peer's.
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/e2e/CliRunner.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace fb;
using namespace fb::test;

TEST_CASE("CLI mail compose signs and encrypts and mail export writes mbox and eml", "[e2e][mail]")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    GnupgHome teamHome = makeHome();
    GnupgHome peerHome = makeHome();
    const QString teamKey = generateKey(teamHome, QStringLiteral("Our Team <cert@team.example.org>"),
                                        QStringLiteral("future-default"), QStringLiteral("default"));
    const QString peerKey = generateKey(peerHome, QStringLiteral("Peer CERT <cert@peer.example>"),
                                        QStringLiteral("future-default"), QStringLiteral("default"));
    cli.setEnv(QStringLiteral("GNUPGHOME"), teamHome.path()); // the user's own home holds our secret key
    const GpgRun peerPublic = gpg(peerHome, {QStringLiteral("--armor"), QStringLiteral("--export"), peerKey});
    REQUIRE(peerPublic.exitCode == 0);
    writeAll(dir.file(QStringLiteral("peer.asc")), peerPublic.out);
    cli.ok({QStringLiteral("directory"), QStringLiteral("keys"), QStringLiteral("--import"),
            dir.file(QStringLiteral("peer.asc"))});

    const qint64 ticket =
        cli.create(args({"--kind", "investigation", "--title", "C2 server at peer", "--tlp", "amber"}));
    const QString id = QString::number(ticket);
    writeAll(dir.file(QStringLiteral("body.txt")), "Your host 198.51.100.7 talks to a C2 server.\n");
    writeAll(dir.file(QStringLiteral("evidence.log")), "10:00 198.51.100.7 -> 203.0.113.5:443\n");
    const QStringList common{QStringLiteral("mail"),
                             QStringLiteral("compose"),
                             id,
                             QStringLiteral("--kind"),
                             QStringLiteral("notify"),
                             QStringLiteral("--from"),
                             QStringLiteral("Our Team <cert@team.example.org>"),
                             QStringLiteral("--to"),
                             QStringLiteral("Peer CERT <cert@peer.example>"),
                             QStringLiteral("--body-file"),
                             dir.file(QStringLiteral("body.txt")),
                             QStringLiteral("--attach"),
                             dir.file(QStringLiteral("evidence.log"))};

    // Signed with our key: PGP/MIME, stored on the ticket.
    const QString signedPath = dir.file(QStringLiteral("signed.eml"));
    const CliResult sent = cli.run(common + QStringList{QStringLiteral("--key"), teamKey, QStringLiteral("--out"),
                                                        signedPath, QStringLiteral("--json")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.object().value(QStringLiteral("signatureStatus")).toString() == QLatin1String("good"));
    CHECK(sent.object().value(QStringLiteral("signer")).toString() == teamKey);
    CHECK(sent.object().value(QStringLiteral("subject")).toString().contains(QLatin1String("TLP:AMBER")));
    const QByteArray signedEml = readAll(signedPath);
    CHECK(signedEml.contains("Content-Type: multipart/signed"));
    CHECK(signedEml.contains("evidence.log"));

    // The same file again is refused unless --force.
    const CliResult again =
        cli.run(common + QStringList{QStringLiteral("--key"), teamKey, QStringLiteral("--out"), signedPath});
    CHECK(again.exitCode == 4);
    CHECK(readAll(signedPath) == signedEml);

    // TLP:RED in the clear is refused, and no file is left behind.
    const QString redPath = dir.file(QStringLiteral("red.eml"));
    const CliResult red =
        cli.run(common + QStringList{QStringLiteral("--tlp"), QStringLiteral("red"), QStringLiteral("--out"), redPath});
    CHECK(red.exitCode == 2);
    CHECK(red.err.contains("TLP:RED"));
    CHECK_FALSE(QFileInfo::exists(redPath));

    // Encryption to a recipient without a key in the workspace keyring is refused by name.
    const CliResult noKey =
        cli.run(common + QStringList{QStringLiteral("--cc"), QStringLiteral("soc@other.example"),
                                     QStringLiteral("--encrypt"), QStringLiteral("--out"), redPath});
    CHECK(noKey.exitCode == 4);
    CHECK(noKey.err.contains("soc@other.example"));
    CHECK_FALSE(QFileInfo::exists(redPath));
    // Blind copies and encryption do not go together: the message would name their keys.
    const CliResult blindEncrypted =
        cli.run(common + QStringList{QStringLiteral("--bcc"), QStringLiteral("hidden@other.example"),
                                     QStringLiteral("--encrypt"), QStringLiteral("--out"), redPath});
    CHECK(blindEncrypted.exitCode != 0);
    CHECK(blindEncrypted.err.contains("Blind copies"));
    CHECK_FALSE(QFileInfo::exists(redPath));

    // TLP:RED signed and encrypted: the peer decrypts it with the stock gpg.
    cli.ok(common + QStringList{QStringLiteral("--tlp"), QStringLiteral("red"), QStringLiteral("--encrypt"),
                                QStringLiteral("--key"), teamKey, QStringLiteral("--out"), redPath});
    const QByteArray encrypted = readAll(redPath);
    CHECK(encrypted.contains("Content-Type: multipart/encrypted"));
    CHECK_FALSE(encrypted.contains("198.51.100.7"));
    const qsizetype begin = encrypted.indexOf("-----BEGIN PGP MESSAGE-----");
    const qsizetype end = encrypted.indexOf("-----END PGP MESSAGE-----");
    REQUIRE(begin > 0);
    REQUIRE(end > begin);
    const GpgRun decrypted = gpg(peerHome, {QStringLiteral("--decrypt")}, encrypted.mid(begin, end + 25 - begin));
    INFO(decrypted.err.toStdString());
    CHECK(decrypted.exitCode == 0);
    CHECK(decrypted.out.contains("198.51.100.7"));

    // The ticket's correspondence: both sent messages, as mboxrd and one by one.
    const QString mboxPath = dir.file(QStringLiteral("ticket.mbox"));
    const CliResult exported = cli.run({QStringLiteral("mail"), QStringLiteral("export"), id, QStringLiteral("--out"),
                                        mboxPath, QStringLiteral("--json")});
    REQUIRE(exported.exitCode == 0);
    const QJsonArray list = exported.array();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value(QStringLiteral("direction")).toString() == QLatin1String("out"));
    CHECK(list[1].toObject().value(QStringLiteral("encrypted")).toBool());
    const QByteArray mbox = readAll(mboxPath);
    CHECK(mbox.startsWith("From "));
    CHECK(mbox.count("\nFrom ") == 1); // one more message; any other "From " line is escaped (mboxrd)
    CHECK(mbox.contains(signedEml));

    const QString emlPath = dir.file(QStringLiteral("first.eml"));
    const QString firstId = QString::number(list[0].toObject().value(QStringLiteral("id")).toInteger());
    cli.ok({QStringLiteral("mail"), QStringLiteral("export"), id, QStringLiteral("--message"), firstId,
            QStringLiteral("--out"), emlPath});
    CHECK(readAll(emlPath) == signedEml);
    CHECK(cli.ok({QStringLiteral("mail"), QStringLiteral("export"), id, QStringLiteral("--message"), firstId}) ==
          signedEml);

    CHECK(cli.run({QStringLiteral("mail"), QStringLiteral("export"), id, QStringLiteral("--message"),
                   QStringLiteral("999")})
              .exitCode == 4);
    CHECK(cli.run({QStringLiteral("mail"), QStringLiteral("export"), QStringLiteral("999")}).exitCode == 4);
    CHECK(cli.run({QStringLiteral("mail"), QStringLiteral("compose"), id, QStringLiteral("--kind"),
                   QStringLiteral("frobnicate")})
              .exitCode == 1);
}

TEST_CASE("CLI mail compose replies to the reporter by default", "[e2e][mail]")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    const qint64 report =
        cli.create(args({"--kind", "report", "--title", "Spam from 192.0.2.8", "--reporter", "abuse@isp.example.net"}));
    writeAll(dir.file(QStringLiteral("body.txt")), "Thank you, we are on it.\n");
    const QString path = dir.file(QStringLiteral("reply.eml"));
    cli.ok({QStringLiteral("mail"), QStringLiteral("compose"), QString::number(report), QStringLiteral("--from"),
            QStringLiteral("cert@team.example.org"), QStringLiteral("--tlp"), QStringLiteral("green"),
            QStringLiteral("--body-file"), dir.file(QStringLiteral("body.txt")), QStringLiteral("--out"), path});
    const QByteArray eml = readAll(path);
    CHECK(eml.contains("To: abuse@isp.example.net"));
    CHECK(eml.contains("TLP:GREEN Spam from 192.0.2.8"));
    CHECK(eml.contains("\n\nTLP:GREEN\n\nThank you, we are on it.\n"));
    // The reply is the report's first response: the same core path as the GUI composer's (tests/core/mail).
    const QJsonObject shown =
        cli.run({QStringLiteral("ticket"), QStringLiteral("show"), QString::number(report), QStringLiteral("--json")})
            .object();
    CHECK(shown.value(QStringLiteral("firstResponseAt")).isString());

    // Nobody to reply to, no team address, signing without a team key: usage errors, nothing written.
    const qint64 anonymous = cli.create(args({"--kind", "report", "--title", "Anonymous tip"}));
    const QString nowhere = dir.file(QStringLiteral("nowhere.eml"));
    const QStringList base{QStringLiteral("mail"),
                           QStringLiteral("compose"),
                           QString::number(anonymous),
                           QStringLiteral("--body-file"),
                           dir.file(QStringLiteral("body.txt")),
                           QStringLiteral("--out"),
                           nowhere};
    CHECK(cli.run(base + QStringList{QStringLiteral("--from"), QStringLiteral("cert@team.example.org")}).exitCode == 1);
    CHECK(cli.run(base + QStringList{QStringLiteral("--to"), QStringLiteral("x@example.net")}).exitCode == 1);
    CHECK(cli.run(base + QStringList{QStringLiteral("--to"), QStringLiteral("x@example.net"), QStringLiteral("--from"),
                                     QStringLiteral("cert@team.example.org"), QStringLiteral("--sign")})
              .exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("CLI mail compose takes the signing key's passphrase from a file or the environment", "[e2e][mail]")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    GnupgHome teamHome = makeHome();
    const QString teamKey =
        generateKey(teamHome, QStringLiteral("Our Team <cert@team.example.org>"), QStringLiteral("ed25519"),
                    QStringLiteral("sign"), QStringLiteral("1y"), QStringLiteral("key-Passphrase-42"));
    cli.setEnv(QStringLiteral("GNUPGHOME"), teamHome.path());
    const qint64 ticket =
        cli.create(args({"--kind", "report", "--title", "Defacement", "--reporter", "web@example.net"}));
    writeAll(dir.file(QStringLiteral("body.txt")), "We saw it.\n");
    writeAll(dir.file(QStringLiteral("right")), "key-Passphrase-42\n");
    writeAll(dir.file(QStringLiteral("wrong")), "not-it\n");
    auto compose = [&](const QString& out, const QStringList& extra) {
        return cli.run(QStringList{QStringLiteral("mail"), QStringLiteral("compose"), QString::number(ticket),
                                   QStringLiteral("--from"), QStringLiteral("cert@team.example.org"),
                                   QStringLiteral("--body-file"), dir.file(QStringLiteral("body.txt")),
                                   QStringLiteral("--key"), teamKey, QStringLiteral("--out"), dir.file(out)} +
                       extra);
    };
    const CliResult none = compose(QStringLiteral("none.eml"), {});
    CHECK(none.exitCode == 3);
    CHECK(none.err.contains("passphrase"));
    const CliResult wrong = compose(QStringLiteral("wrong.eml"),
                                    {QStringLiteral("--key-passphrase-file"), dir.file(QStringLiteral("wrong"))});
    CHECK(wrong.exitCode == 3);
    INFO(wrong.err.toStdString());
    CHECK(wrong.err.toLower().contains("passphrase"));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("wrong.eml"))));
    CHECK(compose(QStringLiteral("file.eml"),
                  {QStringLiteral("--key-passphrase-file"), dir.file(QStringLiteral("right"))})
              .exitCode == 0);
    cli.setEnv(QStringLiteral("FIREBREAK_KEY_PASSPHRASE"), QStringLiteral("key-Passphrase-42"));
    const CliResult fromEnvironment = compose(QStringLiteral("env.eml"), {});
    CHECK(fromEnvironment.exitCode == 0);
    CHECK_FALSE(fromEnvironment.out.contains("key-Passphrase-42"));
    CHECK(readAll(dir.file(QStringLiteral("env.eml"))).contains("multipart/signed"));
}
