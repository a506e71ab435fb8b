// SPDX-License-Identifier: GPL-3.0-or-later
// Clock: where "now" comes from, so that tests can pin time.
#pragma once

#include <QDateTime>

namespace fb {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that says what it is told; for tests and reproducible demo data.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(now.toUTC())
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace fb
