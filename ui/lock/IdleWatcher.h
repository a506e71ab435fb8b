// SPDX-License-Identifier: GPL-3.0-or-later
// IdleWatcher: says when the user has not touched keyboard or mouse for a while (auto-lock).
#pragma once

#include <QObject>

class QTimer;

namespace fb {

class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    // Watches every input event of the application; 0 minutes: never idle.
    explicit IdleWatcher(QObject* parent = nullptr);
    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_minutes; }
    void setEnabled(bool enabled);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer = nullptr;
    int m_minutes = 0;
    bool m_enabled = false;
};

} // namespace fb
