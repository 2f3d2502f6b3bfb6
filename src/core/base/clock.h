// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>

namespace pavt {

// Time is injected wherever behaviour depends on it, so tests can fix "now".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
    static const SystemClock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime when) : m_when(std::move(when)) { }
    QDateTime now() const override { return m_when; }
    void set(QDateTime when) { m_when = std::move(when); }

private:
    QDateTime m_when;
};

} // namespace pavt
