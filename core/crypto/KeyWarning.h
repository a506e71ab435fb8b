// SPDX-License-Identifier: GPL-3.0-or-later
// KeyWarning: one problem with a key that people should know about before they rely on it.
#pragma once

#include <QString>

namespace fb {

struct KeyWarning
{
    enum class Kind { Revoked, Expired, ExpiringSoon, Weak, CannotSign, CannotEncrypt, Disabled, Invalid };

    Kind kind;
    QString message; // a translated sentence
};

} // namespace fb
