// SPDX-License-Identifier: GPL-3.0-or-later
// How the ticket stores write times and ticket references: epoch ms in rows, ISO 8601 (UTC, with ms) and
// "#id" in history values and messages.
#pragma once

#include <QDateTime>
#include <QString>

namespace fb {

inline qint64 epochMs(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

inline QString isoOrEmpty(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QString ticketRef(qint64 id)
{
    return QStringLiteral("#") + QString::number(id);
}

} // namespace fb
