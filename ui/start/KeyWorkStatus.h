// SPDX-License-Identifier: GPL-3.0-or-later
// KeyWorkStatus: the two lines under a passphrase form (start dialog, change passphrase): a message, or while the
// key is derived or the workspace re-encrypted a busy bar saying so.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace fb {

class KeyWorkStatus : public QWidget
{
    Q_OBJECT

public:
    KeyWorkStatus(const QString& busyText, QWidget* parent);

    // A problem is marked (the "problem" property) for the style sheet.
    void showMessage(const QString& text, bool problem);
    void clearMessage();
    // Busy: the bar shows and the message goes.
    void setBusy(bool busy);
    void setBusyText(const QString& text);

private:
    QLabel* m_message = nullptr;
    QProgressBar* m_busyBar = nullptr;
};

} // namespace fb
