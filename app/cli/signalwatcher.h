#pragma once
// SignalWatcher: turns SIGTERM/SIGINT into a Qt signal. The POSIX handler only writes the
// signal number to a pipe (nothing else is async-signal-safe); a QSocketNotifier reads it in
// the event loop, where Qt may be used.

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace Takt::Cli {

class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    /// Installs handlers for `signalNumbers`; one watcher per process.
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    /// Restores the default handlers.
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readPipe();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Takt::Cli
