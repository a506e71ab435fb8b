// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for the mail tests: a fresh workspace and hand-written messages.
#pragma once

#include "core/base/Clock.h"
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
};

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

} // namespace fb::test
