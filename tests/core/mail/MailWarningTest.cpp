// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailWarning.h"

#include "core/mail/MailImporter.h"
#include "core/mail/MailStore.h"
#include "core/mail/MessageParser.h"
#include "tests/core/mail/MailTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("Mail warnings say the same sentences as before, made from their code", "[mail][warning]")
{
    // Known answers: the texts stored in workspaces and shown until now.
    CHECK(MailWarning(MailWarningCode::HeaderValueCut,
                      {QStringLiteral("Subject"), QStringLiteral("20000"), QStringLiteral("16384")})
              .text() == QStringLiteral("The Subject header field is 20000 characters long; only the first 16384 "
                                        "are kept."));
    CHECK(MailWarning(MailWarningCode::NotDecrypted).text() ==
          QStringLiteral("The message is encrypted and was not decrypted."));
    CHECK(MailWarning(MailWarningCode::UnknownTicket, {QStringLiteral("4242")}).text() ==
          QStringLiteral("The subject names ticket #4242, which does not exist; the message was imported as a new "
                         "report and can be attached to the right ticket later."));
    CHECK(MailWarning(MailWarningCode::AttachmentTooLarge, {QStringLiteral("big.bin.gpg"), QStringLiteral("41")})
              .text() == QStringLiteral("The attachment “big.bin.gpg” decrypts to 41 MB, more than a message may "
                                        "hold; only the encrypted file is kept."));
    // A sentence made elsewhere (an error, the signature sentence) is passed through as it is.
    CHECK(MailWarning(MailWarningCode::ArfReportRejected, {QStringLiteral("No Feedback-Type.")}).text() ==
          QStringLiteral("No Feedback-Type."));
    CHECK(MailWarning::stored(QStringLiteral("As shown in 2025.")).text() == QStringLiteral("As shown in 2025."));
}

TEST_CASE("Every mail warning code has a sentence", "[mail][warning]")
{
    for (int code = 0; code <= static_cast<int>(MailWarningCode::Stored); ++code) {
        const MailWarning warning(static_cast<MailWarningCode>(code),
                                  {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")});
        INFO(code);
        CHECK(!warning.text().isEmpty());
        CHECK(!warning.text().contains(QLatin1String("%1")));
    }
}

TEST_CASE("Parser warnings are codes with arguments", "[mail][warning]")
{
    const QByteArray longSubject(MessageParser::kMaxHeaderValue + 10, 'x');
    const QByteArray raw =
        "From: a@example.org\nTo: b@example.org\nMessage-ID: <w1@example.org>\nSubject: " + longSubject + "\n\nBody\n";
    const MessageParser::Outcome outcome = MessageParser::parse(raw);
    REQUIRE(outcome.quarantineReason.isEmpty());
    const MailWarning cut(MailWarningCode::HeaderValueCut,
                          {QStringLiteral("Subject"), QString::number(longSubject.size()),
                           QString::number(MessageParser::kMaxHeaderValue)});
    CHECK(outcome.message.warnings.contains(cut));
    CHECK(warningTexts(outcome.message.warnings).contains(cut.text()));
}

TEST_CASE("Stored mail warnings come back with the text they were shown with", "[mail][warning]")
{
    test::MailWorkspace ws;
    const QByteArray raw = "From: a@example.org\nTo: b@example.org\nMessage-ID: <w2@example.org>\nSubject: Hi\n\n"
                           "-----BEGIN PGP MESSAGE-----\nabc\n-----END PGP MESSAGE-----\n";
    MailImporter importer(ws.change());
    auto imported = importer.importBytes(raw, QStringLiteral("test"));
    REQUIRE(imported);
    REQUIRE(hasWarning(imported->warnings, MailWarningCode::InlineNotDecrypted));
    CHECK(imported->notes == warningTexts(imported->warnings));
    auto loaded = MailStore(*ws.vault).messagesOf(imported->ticketId, false);
    REQUIRE(loaded);
    REQUIRE(loaded->size() == 1);
    const QList<MailWarning>& stored = loaded->first().message.warnings;
    CHECK(warningTexts(stored) == imported->notes);
    for (const MailWarning& w : stored)
        CHECK(w.code() == MailWarningCode::Stored);
}
