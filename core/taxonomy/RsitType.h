// SPDX-License-Identifier: GPL-3.0-or-later
// RsitType: one incident type of an RSIT class (a machine-tag value, e.g. "c2-server").
#pragma once

#include <QString>

namespace fb {

struct RsitType
{
    QString key;         // machine-tag value, e.g. "c2-server"; the stable storage form
    QString name;        // display name, translated ("C2 Server")
    QString description; // one paragraph, translated
};

} // namespace fb
