// SPDX-License-Identifier: GPL-3.0-or-later
// KeyStatusText: how a directory key's state is shown (STYLE.md §14): a short word for table cells, a full
// sentence for the tooltip, and whether it deserves a warning icon. Classify first (concern), then phrase.
#pragma once

#include "core/directory/DirectoryKeys.h"

#include <QCoreApplication>
#include <QIcon>

namespace fb {

enum class KeyConcern {
    None,    // valid, nothing to say
    Soon,    // usable, but expiring within 30 days, weak or limited
    Problem, // missing from the keyring, revoked, expired or unusable
};

class KeyStatusText
{
    Q_DECLARE_TR_FUNCTIONS(fb::KeyStatusText)

public:
    static KeyConcern concern(const LinkedKey& key);
    static QString word(const LinkedKey& key);
    static QString sentence(const LinkedKey& key);
    // A warning icon for Soon, a critical one for Problem, none otherwise.
    static QIcon icon(KeyConcern concern);
};

} // namespace fb
