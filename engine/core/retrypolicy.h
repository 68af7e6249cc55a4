#pragma once
// How failed attempts are retried: shared by jobs and the tasks of a workflow.

#include <QList>

namespace Takt {

/// How failed attempts are retried.
struct RetryPolicy
{
    enum class Backoff { Fixed, Exponential };

    int maxRetries = 0;             ///< attempts after the first; 0 = never retry
    Backoff backoff = Backoff::Fixed;
    qint64 delayMs = 10'000;        ///< first retry delay (exponential doubles it each time)
    qint64 maxDelayMs = 3'600'000;  ///< cap for exponential backoff
    double jitter = 0.0;            ///< 0..1: random fraction of the delay added or removed
    QList<int> retryExitCodes;      ///< empty = every failure is retried

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

} // namespace Takt
