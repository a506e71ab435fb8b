// SPDX-License-Identifier: GPL-3.0-or-later
// ExchangeWarning: one odd part of an imported exchange document (MISP event, IODEF document), named by its place.
#pragma once

#include <QString>

namespace fb {

struct ExchangeWarning
{
    QString where;   // "Event.Attribute[4]", "Address (line 19)", "line 44"
    QString message; // translated sentence
};

} // namespace fb
