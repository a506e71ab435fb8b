// SPDX-License-Identifier: GPL-3.0-or-later
// RsitClass: one RSIT incident class (a machine-tag predicate, e.g. "malicious-code") and its types.
#pragma once

#include "core/taxonomy/RsitType.h"

#include <QList>
#include <QString>

namespace fb {

struct RsitClass
{
    QString key;         // machine-tag predicate, e.g. "malicious-code"; the stable storage form
    QString name;        // display name, translated ("Malicious Code")
    QString description; // one paragraph, translated
    QList<RsitType> types;
};

} // namespace fb
