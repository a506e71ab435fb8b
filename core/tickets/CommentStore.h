// SPDX-License-Identifier: GPL-3.0-or-later
// CommentStore: handlers' internal comments on a ticket (the worklog): never mailed, never changed, each one change
// with its history entry (which holds the text, so the hash chain covers it). Searched with the ticket's text.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketComment.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class TicketRepository;

class CommentStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::CommentStore)

public:
    static constexpr qsizetype kMaxLength = 64 * 1024; // characters; longer notes belong in an attachment

    explicit CommentStore(TicketRepository& tickets);

    // Adds a comment to ticket `id` (not to a merged ticket); the text is kept as written, less surrounding blank
    // lines. BadInput when it is empty or longer than kMaxLength.
    Result<qint64> addComment(qint64 id, const QString& text);
    // The ticket's comments, oldest first.
    Result<QList<TicketComment>> comments(qint64 id);

private:
    TicketRepository& m_tickets;
};

} // namespace fb
