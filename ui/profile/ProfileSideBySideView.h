// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileSideBySideView: two read-only monospace text views showing a line diff (ProfileDiff's operations) side
// by side: the old text on the left, the new text on the right, one row per line so that both sides stay aligned.
// Every row carries its line number and a marker in its gutter ('-' removed, '+' added); changed rows also get a
// background colour, so the change is not told by colour alone.
#pragma once

#include "core/profile/ProfileDiff.h"

#include <QWidget>

class QPlainTextEdit;

namespace fb {

class ProfileSideBySideView : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSideBySideView(QWidget* parent = nullptr);

    void setDiff(const QList<DiffLine>& lines);
    void setMessage(const QString& message);
    // The rows of each side, aligned: row i of the left is shown next to row i of the right.
    QStringList leftRows() const;
    QStringList rightRows() const;

private:
    QPlainTextEdit* makeView(const QString& objectName);

    QPlainTextEdit* m_left = nullptr;
    QPlainTextEdit* m_right = nullptr;
};

} // namespace fb
