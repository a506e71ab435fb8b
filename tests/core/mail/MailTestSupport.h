// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for the mail tests: a fresh workspace and hand-written messages.
#pragma once

#include "core/base/Clock.h"
#include "core/history/ChangeContext.h"
#include "core/crypto/OpenPgp.h"
#include "core/mail/MailImporter.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

#include <memory>

namespace fb::test {

struct MailWorkspace
{
    TempDir dir;
    QString path = dir.file(QStringLiteral("mail.firebreak"));
    std::unique_ptr<Vault> vault;
    FixedClock clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};

    MailWorkspace()
    {
        auto created = Vault::create(path, SecretBytes("mail-test", 9));
        REQUIRE(created);
        vault = std::move(*created);
    }
    // Changes made by `actor` at the workspace's clock.
    ChangeContext change(const QString& actor = QStringLiteral("tester"))
    {
        return ChangeContext{*vault, clock, actor};
    }
};

// Imports files and folders into ws as the tester; the test fails on an error.
inline MailImportReport importPaths(MailWorkspace& ws, const QStringList& paths)
{
    MailImporter importer(ws.change());
    DirectJobControl job;
    auto report = importer.importPaths(paths, job);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return *report;
}

// Imports one message into ws as the tester; the test fails on an error.
inline ImportCase importOne(MailWorkspace& ws, const QByteArray& raw)
{
    MailImporter importer(ws.change());
    auto c = importer.importBytes(raw, QStringLiteral("test"));
    if (!c)
        FAIL(c.error().toString().toStdString());
    return *c;
}

// A plain message; headers given as "Name: value\n" lines are added before the body.
inline QByteArray plainMessage(const QByteArray& messageId, const QByteArray& subject, const QByteArray& body,
                               const QByteArray& extraHeaders = {})
{
    QByteArray m = "From: Reporter <reporter@isp.example.net>\nTo: cert@team.example.org\n"
                   "Date: Mon, 02 Mar 2026 10:00:00 +0100\n";
    if (!messageId.isEmpty())
        m += "Message-ID: <" + messageId + ">\n";
    m += "Subject: " + subject + "\n" + extraHeaders +
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n";
    return m;
}

// A mailbox with n messages; message i mentions 198.51.100.<i % 250>.
inline QByteArray mailbox(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        out += "From sender@example.org Mon Mar  2 10:00:00 2026\n";
        out += plainMessage("m" + QByteArray::number(i) + "@example.org", "Report " + QByteArray::number(i),
                            "Attack from 198.51.100." + QByteArray::number(i % 250) + "\n>From the logs.\n");
        out += "\n";
    }
    return out;
}

// A PGP/MIME (RFC 3156) multipart/signed message whose text part is signed by signer in pgp's home.
inline QByteArray signedMessage(OpenPgp& pgp, const QString& signer, const QByteArray& messageId,
                                const QByteArray& subject, const QByteArray& body)
{
    const QByteArray part = "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
                            QByteArray(body).replace("\n", "\r\n") + "\r\n";
    auto signature = pgp.detachedSign(part, signer);
    REQUIRE(signature);
    const QByteArray boundary = "=-signed-boundary-7c1";
    QByteArray m = "From: Reporter <reporter@isp.example.net>\r\nTo: cert@team.example.org\r\n"
                   "Date: Mon, 02 Mar 2026 10:00:00 +0100\r\nMessage-ID: <" +
                   messageId + ">\r\nSubject: " + subject +
                   "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/signed; micalg=" + signature->micalg.toLatin1() +
                   "; protocol=\"application/pgp-signature\"; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\n" + part + "\r\n--" + boundary +
         "\r\nContent-Type: application/pgp-signature; name=\"signature.asc\"\r\n\r\n" + signature->signature +
         "\r\n--" + boundary + "--\r\n";
    return m;
}

} // namespace fb::test
