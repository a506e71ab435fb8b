// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lock/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace fb {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setIdleMinutes(int minutes)
{
    m_minutes = minutes;
    setEnabled(m_enabled);
}

void IdleWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (m_enabled && m_minutes > 0)
        m_timer->start(m_minutes * 60 * 1000);
    else
        m_timer->stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_enabled && m_minutes > 0)
            m_timer->start(m_minutes * 60 * 1000);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fb
