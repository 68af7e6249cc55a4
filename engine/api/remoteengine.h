#pragma once
// RemoteEngine: the EngineApi of a `takt serve` reached over its HTTP API — what the CLI uses,
// and what the GUI uses to attach to a remote engine. Never blocks: each call sends one
// request and fulfils its QFuture when the reply arrives, in this object's thread.

#include <engine/api/engineapi.h>

#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Takt {

class RemoteEvents;
class RemoteLogFollower;

class RemoteEngine final : public EngineApi
{
    Q_OBJECT
public:
    /// `baseUrl` is the server's root ("http://127.0.0.1:8611"); `token` is sent with every
    /// request as "Authorization: Bearer <token>".
    RemoteEngine(const QUrl &baseUrl, const QString &token, QObject *parent = nullptr);
    ~RemoteEngine() override;

    QUrl baseUrl() const { return m_baseUrl; }
    /// A request that gets no answer within this time fails as Unavailable. Default 30 s.
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /// The server's URL.
    QString displayName() const override;

    QFuture<Result<QList<Job>>> jobs() override;
    QFuture<Result<Job>> job(const QString &name) override;
    QFuture<Result<Job>> createJob(const JobSpec &spec) override;
    QFuture<Result<Job>> applyJob(const JobSpec &spec) override;
    QFuture<Result<void>> deleteJob(const QString &name) override;
    QFuture<Result<Job>> setJobPaused(const QString &name, bool paused) override;
    QFuture<Result<RunRecord>> runJobNow(const QString &name) override;

    QFuture<Result<RunPage>> runs(const RunQuery &query) override;
    QFuture<Result<RunRecord>> run(RunId id) override;
    QFuture<Result<QList<AttemptRecord>>> attempts(RunId id) override;
    QFuture<Result<RunRecord>> cancelRun(RunId id) override;
    QFuture<Result<LogChunk>> readLog(RunId id, int attempt, qint64 offset, qint64 maxBytes) override;
    QFuture<Result<RunRecord>> runJobNow(const QString &name, const QMap<QString, QString> &params) override;
    QFuture<Result<QList<RunRecord>>> taskRuns(RunId workflowRun) override;
    QFuture<Result<WorkflowRunDetail>> workflowRun(RunId id) override;
    QFuture<Result<RunRecord>> rerunWorkflow(RunId id, const QString &task = {}) override;
    QFuture<Result<BackfillResult>> backfill(const QString &name, qint64 fromMs, qint64 toMs, int parallel) override;
    QFuture<Result<QList<NodeInfo>>> nodes() override;

    /// Pushed over the events socket; resubscribed from its offset after a reconnection.
    LogFollower *followLog(RunId id, int attempt, qint64 offset, QObject *parent) override;
    /// False once the events socket was lost (or never came up) until it is back.
    bool isConnected() const override;
    /// Also true for a read-only token, as the server's hello says (known once events flow).
    bool isReadOnly() const override;
    /// Opens the events socket (GET /api/v1/events); it reopens by itself when it drops.
    void startEvents() override;
    /// How a silent events connection is noticed (see RemoteEvents::setKeepAlive): pinged every
    /// `pingIntervalMs`, dropped and reopened after `deadAfterMs` without an answer.
    void setEventsKeepAlive(int pingIntervalMs, int deadAfterMs);
    /// The events socket's reason for the last drop; empty while connected.
    QString connectionError() const;
    /// The server's epoch and the id of the last change event passed on (0 = none).
    QString eventEpoch() const;
    qint64 lastEventId() const;

Q_SIGNALS:
    /// Every change event passed on (jobChanged, jobRemoved, runChanged follow it), with its id.
    void eventReceived(qint64 id, const QString &type);

protected:
    /// Connecting to a change signal is wanting events: that opens the socket.
    void connectNotify(const QMetaMethod &signal) override;

private:
    void applyEvent(const QJsonObject &event);
    void routeLogFrame(const QJsonObject &frame);
    void subscribe(RemoteLogFollower *follower);

    /// Sends one request; `parse` turns a 2xx reply into the value, anything else becomes
    /// the server's error (or Unavailable naming the URL when there is no HTTP answer).
    /// `encodedPath` is percent-encoded ("/api/v1/jobs/nightly%2Fbackup"); `query` is not.
    template<typename T, typename Parse>
    QFuture<Result<T>> send(const QByteArray &verb, const QByteArray &encodedPath,
                            const QList<QPair<QString, QString>> &query, const QByteArray &body,
                            Parse parse);
    /// The error a finished reply stands for (its `body` already read), or an invalid Error.
    Error replyError(QNetworkReply *reply, const QByteArray &body) const;

    QUrl m_baseUrl;
    QByteArray m_authorization;
    int m_timeoutMs = 30'000;
    QNetworkAccessManager *m_network;
    RemoteEvents *m_events = nullptr; // made by startEvents()
    bool m_eventsWereUp = false;
    int m_pingIntervalMs = 10'000;
    int m_deadAfterMs = 25'000;
    QList<QPointer<RemoteLogFollower>> m_followers;
};

} // namespace Takt
