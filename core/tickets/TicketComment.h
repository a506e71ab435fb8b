// SPDX-License-Identifier: GPL-3.0-or-later
// TicketComment: a handler's internal comment on a ticket: never mailed, kept as written (a correction is another
// comment).
#pragma once

#include <QDateTime>
#include <QString>

namespace fb {

struct TicketComment
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString author;
    QDateTime at;
    QString body;
};

} // namespace fb
