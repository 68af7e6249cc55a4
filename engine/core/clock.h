#pragma once
// The engine's source of "now", in UTC epoch milliseconds. Tests inject a ManualClock
// so that no test sleeps to wait for a due time.

#include <QObject>

namespace Takt {

class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override;

    virtual qint64 nowMs() const = 0;
    /// True for a clock that only moves when told (tests): the scheduler then re-plans on
    /// `jumped` instead of trusting wall-clock timers.
    virtual bool isManual() const { return false; }

Q_SIGNALS:
    /// Emitted when the time moved other than by passing (a manual advance).
    void jumped();
};

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    qint64 nowMs() const override;
};

/// A clock for tests: starts where it is set and moves only by set()/advance().
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(qint64 startMs, QObject *parent = nullptr) : Clock(parent), m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    bool isManual() const override { return true; }
    void set(qint64 ms) { m_now = ms; Q_EMIT jumped(); }
    void advance(qint64 ms) { set(m_now + ms); }

private:
    qint64 m_now;
};

} // namespace Takt
