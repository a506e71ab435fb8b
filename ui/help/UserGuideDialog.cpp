// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/UserGuideDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb {

namespace {

const QString kGuide = QStringLiteral(":/docs/gui.md");

} // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Firebreak user guide"));
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideTextBrowser"));
    // Links to web pages open in the browser; the guide's links to other files of the source tree go nowhere.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    layout->addWidget(m_browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const Result<QString> text = markdown();
    if (text)
        m_browser->setMarkdown(*text);
    else
        m_browser->setPlainText(text.error().message);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 40);
}

Result<QString> UserGuideDialog::markdown()
{
    QFile file(kGuide);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("This build of Firebreak has no user guide."), kGuide);
    QString text = QString::fromUtf8(file.readAll());
    // The screenshots are not built in: their lines go (indented ones in a list too), and so would a broken-image box.
    static const QRegularExpression image(QStringLiteral("^[ \\t]*!\\[[^\\]]*\\]\\([^)]*\\)\\s*$"),
                                          QRegularExpression::MultilineOption);
    text.remove(image);
    return text;
}

} // namespace fb
