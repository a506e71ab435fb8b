// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailAttachment.h"
#include "core/mail/QuotedText.h"

#include <QStringList>

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("A reply's quotes are told from what the sender wrote, with their attribution", "[mail][quotes]")
{
    const QString body = QStringLiteral("Thanks, we blocked it.\n"
                                        "\n"
                                        "On Mon, 2 Mar 2026, CERT <cert@team.example.org> wrote:\n"
                                        "> Please block 192.0.2.7.\n"
                                        ">> Original report\n"
                                        " > indented quote\n"
                                        "\n"
                                        "-- \n"
                                        "Rita");
    const QList<TextBlock> blocks = QuotedText::split(body);
    REQUIRE(blocks.size() == 3);
    CHECK_FALSE(blocks.at(0).quoted);
    CHECK(blocks.at(0).lines == 2);
    CHECK(blocks.at(1).quoted);
    CHECK(blocks.at(1).lines == 4);
    CHECK(blocks.at(1).text.startsWith(QStringLiteral("On Mon")));
    CHECK_FALSE(blocks.at(2).quoted);
    // Joining the blocks gives the body back: nothing is lost by folding.
    QStringList texts;
    for (const TextBlock& block : blocks)
        texts.append(block.text);
    CHECK(texts.join(QLatin1Char('\n')) == body);

    CHECK(QuotedText::folded(body) ==
          QStringLiteral("Thanks, we blocked it.\n\n[4 quoted line(s) hidden]\n\n-- \nRita"));
}

TEST_CASE("Text without quotes, a lone 'wrote:' line and mbox '>From' stay as they are", "[mail][quotes]")
{
    CHECK(QuotedText::split(QString()).size() == 1);
    CHECK(QuotedText::folded(QStringLiteral("Plain text.")) == QStringLiteral("Plain text."));
    const QString notQuotes = QStringLiteral("The attacker wrote:\nrm -rf /\n>From the logs: nothing.");
    CHECK(QuotedText::folded(notQuotes) == notQuotes);
    const QList<TextBlock> german =
        QuotedText::split(QStringLiteral("Danke.\nAm 2. März 2026 schrieb CERT <cert@example.org>:\n> Bitte sperren."));
    REQUIRE(german.size() == 2);
    CHECK(german.at(1).lines == 2);
}

TEST_CASE("OpenPGP parts are told from attachments a person sent", "[mail][quotes]")
{
    MailAttachment part;
    for (const char* type : {"application/pgp-signature", "application/pgp-keys", "application/pgp-encrypted"}) {
        part.mimeType = QString::fromLatin1(type);
        CHECK(part.isOpenPgpPart());
    }
    for (const char* type : {"application/pdf", "text/plain", "application/octet-stream"}) {
        part.mimeType = QString::fromLatin1(type);
        CHECK_FALSE(part.isOpenPgpPart());
    }
}

TEST_CASE("Hostile bodies fold without loss: CRLF, NUL bytes, a huge quote, nothing but quotes", "[mail][quotes]")
{
    // CRLF line ends (as some parsers leave them) and NUL bytes: the lines are told apart all the same.
    const QString crlf =
        QStringLiteral("Hi,\r\nOn Mon, Jo wrote:\r\n> old\r\n> older\r\nBye") + QChar(0) + QStringLiteral("\r\n");
    const QList<TextBlock> blocks = QuotedText::split(crlf);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks.at(1).quoted);
    CHECK(blocks.at(1).lines == 3);
    QStringList texts;
    for (const TextBlock& block : blocks)
        texts.append(block.text);
    CHECK(texts.join(QLatin1Char('\n')) == crlf);

    // A thread quoted 200,000 lines deep folds into one line, in one pass.
    QString huge = QStringLiteral("Top reply.\n");
    for (int i = 0; i < 200000; ++i)
        huge += QStringLiteral("> line %1\n").arg(i);
    const QString folded = QuotedText::folded(huge);
    CHECK(folded.startsWith(QStringLiteral("Top reply.\n[200000 quoted line(s) hidden]")));
    CHECK(folded.size() < 100);

    // Nothing but quotes, and a lone ">".
    CHECK(QuotedText::folded(QStringLiteral(">")) == QStringLiteral("[1 quoted line(s) hidden]"));
    CHECK(QuotedText::folded(QStringLiteral("> a\n> b")) == QStringLiteral("[2 quoted line(s) hidden]"));
}
