// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailAttachment.h"

namespace fb {

bool MailAttachment::isText() const
{
    return mimeType.startsWith(QLatin1String("text/")) || mimeType == QLatin1String("message/feedback-report") ||
           mimeType == QLatin1String("application/json") || mimeType == QLatin1String("message/rfc822");
}

} // namespace fb
