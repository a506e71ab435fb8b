// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/TicketAudit.h"
#include "core/vault/Transaction.h"

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

TEST_CASE("A comment is kept as written, stamped, recorded in the history and found by search", "[comments]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Ransomware at the utility"));
    const QString text =
        QStringLiteral("\n\n  Called the utility's IT lead.\n  > quoted log line\nBackups are offline.  \n\n");
    auto added = f.comments->addComment(id, text);
    REQUIRE(added);
    f.clock.advanceSecs(60);
    SqliteTicketRepository bob(f.change(QStringLiteral("bob")));
    REQUIRE(CommentStore(bob).addComment(id, QStringLiteral("Isolated the file server.")));

    const auto comments = f.comments->comments(id).value();
    REQUIRE(comments.size() == 2);
    CHECK(comments.at(0).id == *added);
    CHECK(comments.at(0).ticketId == id);
    // Blank lines around and trailing spaces go; the first line's indentation and the inner lines stay.
    CHECK(comments.at(0).body ==
          QStringLiteral("  Called the utility's IT lead.\n  > quoted log line\nBackups are offline."));
    CHECK(comments.at(0).author == QStringLiteral("alice"));
    CHECK(comments.at(1).author == QStringLiteral("bob"));
    CHECK(comments.at(1).at == comments.at(0).at.addSecs(60));

    const auto history = f.tickets->history().forTicket(id).value();
    REQUIRE(history.size() == 3); // create, two comments
    CHECK(history.at(1).action == QStringLiteral("comment"));
    CHECK(history.at(1).newValue == comments.at(0).body);
    CHECK(history.at(2).actor == QStringLiteral("bob"));
    CHECK(f.tickets->history().verify().value().intact);

    // Search finds a ticket by a word only its comments hold.
    CHECK(f.search->fullText(QStringLiteral("backups")).value() == QList<qint64>{id});
    CHECK(f.search->fullText(QStringLiteral("isolated server")).value() == QList<qint64>{id});
    CHECK(f.search->fullText(QStringLiteral("backups isolated")).value().isEmpty()); // in two comments, not one
}

TEST_CASE("An empty, overlong or misplaced comment is refused and changes nothing", "[comments]")
{
    TicketFixture f;
    const qint64 a = f.make(TicketKind::Report, QStringLiteral("Phishing mail"));
    const qint64 b = f.make(TicketKind::Report, QStringLiteral("Same phishing mail"));
    const auto before = f.tickets->history().forTicket(a).value().size();

    for (const QString& empty : {QString(), QStringLiteral("   "), QStringLiteral("\n \t\n")}) {
        auto refused = f.comments->addComment(a, empty);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::BadInput);
        CHECK(refused.error().where == QStringLiteral("comment"));
    }
    auto tooLong = f.comments->addComment(a, QString(CommentStore::kMaxLength + 1, QLatin1Char('x')));
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().code == ErrorCode::BadInput);
    CHECK(tooLong.error().message.contains(QStringLiteral("at most")));
    CHECK(f.comments->addComment(a, QString(CommentStore::kMaxLength, QLatin1Char('x'))));

    CHECK(f.comments->addComment(9999, QStringLiteral("Nobody home.")).error().code == ErrorCode::NotFound);
    CHECK(f.comments->comments(9999).error().code == ErrorCode::NotFound);

    // A merged report takes no more comments (they go to the report it was merged into); its own stay readable.
    REQUIRE(f.comments->addComment(b, QStringLiteral("Second copy of the same mail.")));
    REQUIRE(f.workflow->merge(a, b));
    auto merged = f.comments->addComment(b, QStringLiteral("Too late."));
    REQUIRE_FALSE(merged);
    CHECK(merged.error().code == ErrorCode::Conflict);
    CHECK(f.comments->comments(b).value().size() == 1);

    CHECK(f.comments->comments(a).value().size() == 1);
    CHECK(f.tickets->history().forTicket(a).value().size() == before + 2); // the long comment, the merge
}

TEST_CASE("A comment inside a change that is rolled back leaves neither row nor history", "[comments]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Report);
    const auto before = f.tickets->history().forTicket(id).value().size();
    {
        Transaction outer(*f.vault);
        REQUIRE(f.comments->addComment(id, QStringLiteral("Written, then undone.")));
        outer.rollback();
    }
    CHECK(f.comments->comments(id).value().isEmpty());
    CHECK(f.tickets->history().forTicket(id).value().size() == before);
    CHECK(f.search->fullText(QStringLiteral("undone")).value().isEmpty());
    CHECK(f.tickets->history().verify().value().intact);
}
