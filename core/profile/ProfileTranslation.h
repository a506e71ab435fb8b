// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileTranslation: how a translation of the team profile starts: a copy of the original's text in the new
// language that names the original (language and URL), so that its renderings carry the notice that only the
// original binds.
#pragma once

#include "core/profile/TeamProfile.h"

namespace fb {

class ProfileTranslation
{
public:
    ProfileTranslation() = delete;

    // The first draft of the translation of `original` into `language`: the translator starts from the original.
    static TeamProfile start(const TeamProfile& original, const QString& language);
};

} // namespace fb
