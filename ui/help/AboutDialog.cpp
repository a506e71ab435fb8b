// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace fb {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Firebreak"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(text(), this);
    label->setObjectName(QStringLiteral("aboutTextLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    layout->addWidget(label, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString AboutDialog::text()
{
    const QString licence = QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");
    return QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p>")
        .arg(tr("Firebreak %1").arg(QStringLiteral(FB_VERSION)).toHtmlEscaped(),
             tr("An incident-handling workbench for CSIRTs.").toHtmlEscaped(),
             tr("Licence: %1. Firebreak is free software: you may share and change it under the terms of the GNU "
                "General Public License, version 3 or any later version. It comes with no warranty.")
                 .toHtmlEscaped()
                 .arg(QStringLiteral("<a href=\"%1\">GPL-3.0-or-later</a>").arg(licence)),
             tr("Built with Qt %1, running on Qt %2.")
                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                 .toHtmlEscaped());
}

} // namespace fb
