// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/PlaceholderPage.h"

namespace fb {

PlaceholderPage::PlaceholderPage(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("placeholderPage"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
}

void PlaceholderPage::showFor(const QString& name, const QString& arrivesWith)
{
    setText(tr("<h2>%1: not available yet</h2><p>%2</p>").arg(name.toHtmlEscaped(), arrivesWith.toHtmlEscaped()));
}

} // namespace fb
