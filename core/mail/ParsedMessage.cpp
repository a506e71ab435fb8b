// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/ParsedMessage.h"

namespace fb {

QString ParsedMessage::dedupKey() const
{
    if (!messageId.isEmpty())
        return QStringLiteral("mid:") + messageId;
    return QStringLiteral("sha256:") + QString::fromLatin1(rawSha256.toHex());
}

} // namespace fb
