// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/CommentStore.h"

#include "core/tickets/TicketRepository.h"

#include <QRegularExpression>

namespace fb {

CommentStore::CommentStore(TicketRepository& tickets)
    : m_tickets(tickets)
{
}

Result<qint64> CommentStore::addComment(qint64 id, const QString& text)
{
    // Blank lines and trailing spaces around the text go; indentation of its first line stays (a pasted log).
    static const QRegularExpression leadingBlankLines(QStringLiteral("^(\\s*\\n)+"));
    QString body = text;
    body.remove(leadingBlankLines);
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    if (body.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("A comment cannot be empty."), QStringLiteral("comment"));
    if (body.size() > kMaxLength)
        return fail(ErrorCode::BadInput,
                    tr("A comment can be at most %L1 characters long; this one has %L2. Attach long texts as files.")
                        .arg(kMaxLength)
                        .arg(body.size()),
                    QStringLiteral("comment"));
    FB_TRY(m_tickets.getForChange(id));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY_ASSIGN(auto commentId, m_tickets.insertComment(id, body));
    FB_TRY(m_tickets.record(id, QStringLiteral("comment"), {}, std::nullopt, body));
    FB_TRY(change->commit());
    return commentId;
}

Result<QList<TicketComment>> CommentStore::comments(qint64 id)
{
    FB_TRY(m_tickets.get(id));
    return m_tickets.comments(id);
}

} // namespace fb
