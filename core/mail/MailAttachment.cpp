// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailAttachment.h"

namespace fb {

bool MailAttachment::isText() const
{
    return mimeType.startsWith(QLatin1String("text/")) || mimeType == QLatin1String("message/feedback-report") ||
           mimeType == QLatin1String("application/json") || mimeType == QLatin1String("message/rfc822");
}

bool MailAttachment::isOpenPgpPart() const
{
    return mimeType == QLatin1String("application/pgp-signature") ||
           mimeType == QLatin1String("application/pgp-keys") || mimeType == QLatin1String("application/pgp-encrypted");
}

} // namespace fb
