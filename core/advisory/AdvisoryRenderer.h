// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryRenderer: an Advisory for people: plain text (UTF-8, 72 columns, TLP label first and last; the
// body that gets clear-signed) and a standalone HTML page (everything escaped). PDF needs QtGui: not in core.
#pragma once

#include "core/advisory/Advisory.h"

#include <QCoreApplication>
#include <QString>

namespace fb {

class AdvisoryRenderer
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryRenderer)

public:
    AdvisoryRenderer() = delete;

    static constexpr int kTextWidth = 72;

    static QString toText(const Advisory& advisory);
    static QString toHtml(const Advisory& advisory);
};

} // namespace fb
