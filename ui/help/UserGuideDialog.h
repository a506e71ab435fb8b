// SPDX-License-Identifier: GPL-3.0-or-later
// UserGuideDialog: Help → User guide: docs/gui.md (built in as a resource) rendered as Markdown, without its
// screenshots. Non-modal, so that it can stay open beside the window.
#pragma once

#include "core/base/Result.h"

#include <QDialog>

class QTextBrowser;

namespace fb {

class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    // The guide's Markdown with the image references taken out; an error when the build lacks it.
    static Result<QString> markdown();
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace fb
