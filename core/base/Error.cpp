// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/Error.h"

namespace fb {

QString Error::toString() const
{
    if (where.isEmpty())
        return message;
    return message + QStringLiteral(" (") + where + QStringLiteral(")");
}

} // namespace fb
