// SPDX-License-Identifier: GPL-3.0-or-later
// utcTimeOf: a time column stored as milliseconds since the epoch, read back in UTC (invalid when NULL).
#pragma once

#include "core/vault/Query.h"

#include <QDateTime>

namespace fb {

inline QDateTime utcTimeOf(const Query& row, int column)
{
    if (row.isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC);
}

} // namespace fb
