#pragma once
// LogStream: `takt logs ID --follow` — follows a run's log over the engine's live-events
// socket (subscribeLog) until the run ends. When the socket drops it reconnects and
// subscribes again from the last byte received, so nothing is lost or printed twice.

#include "engineconnection.h"

#include <engine/core/run.h>

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <functional>

namespace Takt::Cli {

class LogStream final : public QObject
{
    Q_OBJECT
public:
    /// `print` gets the raw log bytes of each chunk, in order.
    LogStream(const EngineAddress &engine, RunId run, int attempt, std::function<void(const QByteArray &)> print);

    /// Follows until the run ends; the result is the exit status the command ends with: the
    /// run's exit code, 128 + the signal that ended it, or 1 when it failed without a code.
    Result<int> exec();

    /// How many times the socket was opened again after a drop (for tests and messages).
    int reconnects() const { return m_reconnects; }

private:
    void open();
    void onConnected();
    void onText(const QString &text);
    void onDisconnected();
    void finish(const Result<int> &result);

    EngineAddress m_engine;
    RunId m_run;
    int m_attempt;
    qint64 m_offset = 0;
    std::function<void(const QByteArray &)> m_print;
    QWebSocket m_socket;
    QTimer m_retry;
    int m_reconnects = 0;
    int m_failedOpens = 0;
    bool m_everConnected = false;   ///< a first connection that fails ends the command at once
    bool m_done = false;
    Result<int> m_result;
    QEventLoop *m_loop = nullptr;
};

} // namespace Takt::Cli
