// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TicketNumber.h"

namespace fb {

std::optional<qint64> TicketNumber::parse(const QString& text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('#')))
        digits = digits.mid(1).trimmed();
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : std::as_const(digits)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<qint64> TicketNumber::parseHashed(const QString& text)
{
    return text.trimmed().startsWith(QLatin1Char('#')) ? parse(text) : std::nullopt;
}

} // namespace fb
