// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/Error.h"

namespace fb {

QString Error::toString() const
{
    if (where.isEmpty())
        return message;
    return message + QStringLiteral(" (") + where + QStringLiteral(")");
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::BadInput:
        return QStringLiteral("bad-input");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::NotAWorkspace:
        return QStringLiteral("not-a-workspace");
    case ErrorCode::Damaged:
        return QStringLiteral("damaged");
    case ErrorCode::TooNew:
        return QStringLiteral("too-new");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace fb
