// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileTranslation.h"

namespace fb {

TeamProfile ProfileTranslation::start(const TeamProfile& original, const QString& language)
{
    TeamProfile profile = original;
    profile.language = language;
    profile.originalLanguage = original.language;
    for (const QString& location : original.locations) {
        if (location.startsWith(QLatin1String("https://"))) {
            profile.originalUrl = location;
            break;
        }
    }
    return profile;
}

} // namespace fb
