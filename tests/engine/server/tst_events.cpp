// The live-events socket (GET /api/v1/events) of a real `takt serve` on 127.0.0.1: change
// events with increasing ids, a reconnecting client that resumes with its last id missing
// nothing and getting nothing twice, followed logs from a byte offset across retries, and the
// socket's answers to bad tokens, paths and frames.

#include "serveprocess.h"

#include <QRegularExpression>
#include <QSet>

using namespace TestServer;

class tst_Events : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helloAndLiveEvents();
    void resumeAfterReconnectMissesNothing();
    void resumeFromOtherEpochResets();
    void refusals();
    void followLogFromOffset();
    void followLogAcrossRetries();
    void followRunNotStartedYet();
    void garbageFramesAnswered();

private:
    qint64 runJob(const QString &name);
    /// Waits for the hello and returns it.
    QJsonObject hello(EventClient &client);

    ServeProcess m_serve;
};

void tst_Events::initTestCase()
{
    QVERIFY(m_serve.start());
}

qint64 tst_Events::runJob(const QString &name)
{
    const HttpReply run = m_serve.request("POST", u"/api/v1/jobs/"_qs + name + u"/run"_qs);
    if (run.status != 201)
        qWarning() << "run failed" << run.status << run.body;
    return run.json[u"id"].toInteger();
}

QJsonObject tst_Events::hello(EventClient &client)
{
    if (!client.waitConnected())
        return {};
    QElapsedTimer timer;
    timer.start();
    while (client.framesOfType(u"hello"_qs).isEmpty() && timer.elapsed() < 20'000)
        QTest::qWait(10);
    return client.framesOfType(u"hello"_qs).value(0);
}

void tst_Events::helloAndLiveEvents()
{
    EventClient client;
    client.open(m_serve.url(), m_serve.token());
    const QJsonObject greeting = hello(client);
    QCOMPARE(greeting[u"type"].toString(), u"hello"_qs);
    QVERIFY(!greeting[u"epoch"].toString().isEmpty());
    const qint64 start = greeting[u"lastEventId"].toInteger(-1);
    QVERIFY(start >= 0);
    QCOMPARE(client.frames().first(), greeting); // the first frame

    const HttpReply created = m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"live"_qs}, {u"command"_qs, u"echo live"_qs}});
    QCOMPARE(created.status, 201);
    // The job event carries the job as GET /jobs/live gives it.
    QTRY_VERIFY_WITH_TIMEOUT(!client.framesOfType(u"job"_qs).isEmpty(), 20'000);
    const QJsonObject jobEvent = client.framesOfType(u"job"_qs).first();
    QCOMPARE(jobEvent[u"id"].toInteger(), start + 1);
    QCOMPARE(jobEvent[u"job"].toObject(), m_serve.request("GET", u"/api/v1/jobs/live"_qs).json);

    const qint64 id = runJob(u"live"_qs);
    const QJsonObject final = m_serve.waitForFinalRun(id);
    QCOMPARE(final[u"state"].toString(), u"succeeded"_qs);
    // The last run event is the run as GET /runs/{id} gives it, and ids go up by one.
    QTRY_VERIFY_WITH_TIMEOUT(!client.framesOfType(u"run"_qs).isEmpty()
                                 && client.framesOfType(u"run"_qs).last()[u"run"][u"state"].toString() == u"succeeded",
                             20'000);
    QCOMPARE(client.framesOfType(u"run"_qs).last()[u"run"].toObject(), final);
    const QList<QJsonObject> events = client.changeEvents();
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(events[i][u"id"].toInteger(), start + 1 + i);
    QStringList states;
    for (const QJsonObject &e : client.framesOfType(u"run"_qs))
        states << e[u"run"][u"state"].toString();
    QVERIFY2(states.contains(u"running"_qs), qPrintable(states.join(u',')));

    const HttpReply deleted = m_serve.request("DELETE", u"/api/v1/jobs/live"_qs);
    QCOMPARE(deleted.status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(!client.framesOfType(u"jobRemoved"_qs).isEmpty(), 20'000);
    QCOMPARE(client.framesOfType(u"jobRemoved"_qs).first()[u"name"].toString(), u"live"_qs);
}

void tst_Events::resumeAfterReconnectMissesNothing()
{
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"many"_qs}, {u"command"_qs, u"true"_qs}}).status, 201);

    // A witness that stays connected sees every event.
    EventClient witness;
    witness.open(m_serve.url(), m_serve.token());
    const QJsonObject witnessHello = hello(witness);
    QVERIFY(!witnessHello.isEmpty());

    EventClient client;
    client.open(m_serve.url(), m_serve.token());
    const QJsonObject first = hello(client);
    QVERIFY(!first.isEmpty());
    QList<QJsonObject> seen;

    QList<qint64> runs;
    for (int round = 0; round < 3; ++round) {
        // Events while connected…
        for (int i = 0; i < 5; ++i)
            runs << runJob(u"many"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!client.changeEvents().isEmpty(), 20'000);
        QTest::qWait(100);
        seen += client.changeEvents();
        const qint64 lastId = seen.last()[u"id"].toInteger();
        // …the connection drops without a goodbye…
        client.abort();
        client.frames().clear();
        // …events while away…
        for (int i = 0; i < 5; ++i)
            runs << runJob(u"many"_qs);
        for (qint64 id : runs)
            QVERIFY(!m_serve.waitForFinalRun(id).isEmpty());
        // …and back with the last id seen.
        client.open(m_serve.url(), m_serve.token());
        QVERIFY(client.waitConnected());
        client.send({{u"type"_qs, u"resume"_qs}, {u"epoch"_qs, first[u"epoch"].toString()}, {u"after"_qs, lastId}});
        QTRY_VERIFY_WITH_TIMEOUT(!client.framesOfType(u"hello"_qs).isEmpty(), 20'000);
        QVERIFY(client.framesOfType(u"reset"_qs).isEmpty());
    }
    for (int i = 0; i < 3; ++i)
        runs << runJob(u"many"_qs);
    for (qint64 id : runs)
        QVERIFY(!m_serve.waitForFinalRun(id).isEmpty());

    // Everything the witness saw, the client saw exactly once, in the same order.
    QTRY_VERIFY_WITH_TIMEOUT(!client.changeEvents().isEmpty()
                                 && client.changeEvents().last()[u"id"] == witness.changeEvents().last()[u"id"],
                             20'000);
    seen += client.changeEvents();
    QList<qint64> ids;
    for (const QJsonObject &e : seen)
        ids << e[u"id"].toInteger();
    QList<qint64> witnessIds;
    for (const QJsonObject &e : witness.changeEvents())
        witnessIds << e[u"id"].toInteger();
    QCOMPARE(ids, witnessIds);
    for (qsizetype i = 1; i < ids.size(); ++i)
        QCOMPARE(ids[i], ids[i - 1] + 1); // no gap, no double
    QCOMPARE(seen, witness.changeEvents());
    QVERIFY(ids.size() > 18 * 3); // each run: scheduled/queued/running/succeeded at least
}

void tst_Events::resumeFromOtherEpochResets()
{
    EventClient client;
    client.open(m_serve.url(), m_serve.token());
    QVERIFY(client.waitConnected());
    client.send({{u"type"_qs, u"resume"_qs}, {u"epoch"_qs, u"an-earlier-server"_qs}, {u"after"_qs, 3}});
    QTRY_VERIFY_WITH_TIMEOUT(!client.framesOfType(u"reset"_qs).isEmpty(), 20'000);
    const QJsonObject greeting = client.framesOfType(u"hello"_qs).value(0);
    const QJsonObject reset = client.framesOfType(u"reset"_qs).first();
    QCOMPARE(reset[u"epoch"], greeting[u"epoch"]);
    QCOMPARE(reset[u"lastEventId"], greeting[u"lastEventId"]);
    // Nothing older than the reset point is replayed; new events follow it.
    QVERIFY(client.changeEvents().isEmpty());
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"after-reset"_qs}, {u"command"_qs, u"true"_qs}}).status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(!client.changeEvents().isEmpty(), 20'000);
    QCOMPARE(client.changeEvents().first()[u"id"].toInteger(), reset[u"lastEventId"].toInteger() + 1);

    // A resume point the server never reached in this epoch is a reset too.
    EventClient future;
    future.open(m_serve.url(), m_serve.token());
    QVERIFY(future.waitConnected());
    future.send({{u"type"_qs, u"resume"_qs}, {u"epoch"_qs, greeting[u"epoch"]}, {u"after"_qs, 1'000'000'000}});
    QTRY_VERIFY_WITH_TIMEOUT(!future.framesOfType(u"reset"_qs).isEmpty(), 20'000);
}

void tst_Events::refusals()
{
    EventClient anonymous;
    anonymous.open(m_serve.url(), {});
    QTRY_VERIFY_WITH_TIMEOUT(anonymous.isClosed(), 20'000);
    QCOMPARE(anonymous.closeCode(), 4401);
    QVERIFY2(anonymous.closeReason().contains(u"token"), qPrintable(anonymous.closeReason()));
    QVERIFY(anonymous.frames().isEmpty()); // not even the hello

    EventClient wrong;
    wrong.open(m_serve.url(), QByteArray(64, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(wrong.isClosed(), 20'000);
    QCOMPARE(wrong.closeCode(), 4401);

    EventClient lost;
    lost.open(m_serve.url(), m_serve.token(), u"/api/v1/nowhere"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(lost.isClosed(), 20'000);
    QCOMPARE(lost.closeCode(), 4404);
    QVERIFY(lost.frames().isEmpty());

    // Without the upgrade the route says what it is.
    const HttpReply plain = m_serve.request("GET", u"/api/v1/events"_qs);
    QCOMPARE(plain.status, 426);
    QCOMPARE(plain.errorCode(), u"invalid_argument"_qs);
    QCOMPARE(m_serve.request("GET", u"/api/v1/events"_qs, {}, "").status, 401);
}

void tst_Events::followLogFromOffset()
{
    // Lines come out over a second or so, so the log is followed while it grows.
    const QString script = u"for i in $(seq 1 20); do echo \"line $i äöü\"; sleep 0.05; done; exit 3"_qs;
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"talker"_qs}, {u"command"_qs, script}}).status, 201);
    const qint64 id = runJob(u"talker"_qs);

    EventClient client;
    client.open(m_serve.url(), m_serve.token());
    QVERIFY(!hello(client).isEmpty());
    client.send({{u"type"_qs, u"subscribeLog"_qs}, {u"run"_qs, id}, {u"attempt"_qs, 0}, {u"offset"_qs, 0}});
    // Some lines, then the connection is dropped.
    QTRY_VERIFY_WITH_TIMEOUT(!client.framesOfType(u"log"_qs).isEmpty(), 30'000);
    QByteArray received;
    qint64 next = 0;
    for (const QJsonObject &f : client.framesOfType(u"log"_qs)) {
        QCOMPARE(f[u"run"].toInteger(), id);
        QCOMPARE(f[u"attempt"].toInt(), 1);
        QCOMPARE(f[u"offset"].toInteger(), next); // contiguous
        const QByteArray data = f[u"data"].toString().toUtf8();
        QVERIFY2(data.endsWith('\n'), data.constData()); // whole lines only
        received += data;
        next = f[u"next"].toInteger();
        QCOMPARE(next, f[u"offset"].toInteger() + data.size());
    }
    QVERIFY(client.framesOfType(u"logEnd"_qs).isEmpty() || received.size() > 0);
    client.abort();

    // Back, from the offset reached: the rest, nothing twice.
    EventClient again;
    again.open(m_serve.url(), m_serve.token());
    QVERIFY(!hello(again).isEmpty());
    again.send({{u"type"_qs, u"subscribeLog"_qs}, {u"run"_qs, id}, {u"attempt"_qs, 0}, {u"offset"_qs, next}});
    QTRY_VERIFY_WITH_TIMEOUT(!again.framesOfType(u"logEnd"_qs).isEmpty(), 60'000);
    for (const QJsonObject &f : again.framesOfType(u"log"_qs)) {
        QCOMPARE(f[u"offset"].toInteger(), next);
        received += f[u"data"].toString().toUtf8();
        next = f[u"next"].toInteger();
    }
    const QJsonObject end = again.framesOfType(u"logEnd"_qs).first();
    QCOMPARE(end[u"run"].toInteger(), id);
    QCOMPARE(end[u"attempt"].toInt(), 1);
    QCOMPARE(end[u"state"].toString(), u"failed"_qs);
    QCOMPARE(end[u"exitCode"].toInt(), 3);
    QCOMPARE(end[u"offset"].toInteger(), next);
    // logEnd is the last log frame.
    QCOMPARE(again.frames().last()[u"type"].toString(), u"logEnd"_qs);

    const QByteArray stored = m_serve.log(id, 1);
    QCOMPARE(received, stored);
    for (int i = 1; i <= 20; ++i)
        QVERIFY(received.contains(QStringLiteral("line %1 äöü\n").arg(i).toUtf8()));
}

void tst_Events::followLogAcrossRetries()
{
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"flaky"_qs},
                                                {u"command"_qs, u"echo try; exit 4"_qs},
                                                {u"retries"_qs, 2},
                                                {u"retry_delay"_qs, u"200ms"_qs}})
                 .status,
             201);
    EventClient client;
    client.open(m_serve.url(), m_serve.token());
    QVERIFY(!hello(client).isEmpty());
    const qint64 id = runJob(u"flaky"_qs);
    client.send({{u"type"_qs, u"subscribeLog"_qs}, {u"run"_qs, id}});
    QTRY_VERIFY_WITH_TIMEOUT(!client.framesOfType(u"logEnd"_qs).isEmpty(), 60'000);
    QSet<int> attempts;
    QHash<int, QByteArray> texts;
    for (const QJsonObject &f : client.framesOfType(u"log"_qs)) {
        attempts.insert(f[u"attempt"].toInt());
        texts[f[u"attempt"].toInt()] += f[u"data"].toString().toUtf8();
    }
    QCOMPARE(attempts, (QSet<int>{1, 2, 3}));
    for (int a = 1; a <= 3; ++a)
        QCOMPARE(texts[a], m_serve.log(id, a));
    const QJsonObject end = client.framesOfType(u"logEnd"_qs).first();
    QCOMPARE(end[u"attempt"].toInt(), 3);
    QCOMPARE(end[u"state"].toString(), u"failed"_qs);
    QCOMPARE(end[u"exitCode"].toInt(), 4);
}

void tst_Events::followRunNotStartedYet()
{
    // A paused job's run waits in the queue until it is cancelled: the follower gets logEnd.
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"blocker"_qs}, {u"command"_qs, u"sleep 30"_qs},
                                                {u"max_concurrent"_qs, 1}})
                 .status,
             201);
    const qint64 first = runJob(u"blocker"_qs);
    const qint64 second = runJob(u"blocker"_qs);
    EventClient client;
    client.open(m_serve.url(), m_serve.token());
    QVERIFY(!hello(client).isEmpty());
    client.send({{u"type"_qs, u"subscribeLog"_qs}, {u"run"_qs, second}, {u"offset"_qs, 0}});
    QTest::qWait(300);
    QVERIFY(client.framesOfType(u"logEnd"_qs).isEmpty());
    QCOMPARE(m_serve.request("POST", u"/api/v1/runs/%1/cancel"_qs.arg(second)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!client.framesOfType(u"logEnd"_qs).isEmpty(), 30'000);
    QCOMPARE(client.framesOfType(u"logEnd"_qs).first()[u"state"].toString(), u"cancelled"_qs);
    QVERIFY(client.framesOfType(u"logEnd"_qs).first()[u"exitCode"].isNull());
    QCOMPARE(m_serve.request("POST", u"/api/v1/runs/%1/cancel"_qs.arg(first)).status, 200);
}

void tst_Events::garbageFramesAnswered()
{
    EventClient client;
    client.open(m_serve.url(), m_serve.token());
    QVERIFY(!hello(client).isEmpty());
    struct Case { QString text; QString field; };
    const QList<Case> cases = {
        {u"this is not json"_qs, u"frame"_qs},
        {u"[1,2,3]"_qs, u"frame"_qs},
        {u"{\"type\":\"dance\"}"_qs, u"type"_qs},
        {u"{\"type\":\"subscribeLog\",\"run\":\"seven\"}"_qs, u"run"_qs},
        {u"{\"type\":\"subscribeLog\",\"run\":-4}"_qs, u"run"_qs},
        {u"{\"type\":\"subscribeLog\",\"run\":1.5}"_qs, u"run"_qs},
        {u"{\"type\":\"subscribeLog\",\"run\":999999}"_qs, u"run"_qs},
        {u"{\"type\":\"subscribeLog\",\"run\":1,\"offset\":\"x\"}"_qs, u"offset"_qs},
        {u"{\"type\":\"resume\",\"epoch\":1,\"after\":2}"_qs, u"type"_qs}, // not the first frame
        {u"{\"type\":\"unsubscribeLog\"}"_qs, u"run"_qs},
    };
    for (const Case &c : cases) {
        const qsizetype before = client.framesOfType(u"error"_qs).size();
        client.sendText(c.text);
        QTRY_COMPARE_WITH_TIMEOUT(client.framesOfType(u"error"_qs).size(), before + 1, 20'000);
        const QJsonObject error = client.framesOfType(u"error"_qs).last()[u"error"].toObject();
        QVERIFY2(error[u"field"].toString() == c.field, qPrintable(c.text + u" -> "_qs + error[u"field"].toString()));
        QVERIFY(!error[u"message"].toString().isEmpty());
        QVERIFY(!error[u"code"].toString().isEmpty());
    }
    client.socket().sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
    QTRY_VERIFY_WITH_TIMEOUT(client.framesOfType(u"error"_qs).last()[u"error"][u"field"].toString() == u"frame", 20'000);
    QVERIFY(!client.isClosed());

    // A frame over the limit closes the socket (1009); the server goes on serving.
    client.sendText(QString(100 * 1024, u'x'));
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 20'000);
    QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
    QCOMPARE(m_serve.request("GET", u"/healthz"_qs).status, 200);
    EventClient other;
    other.open(m_serve.url(), m_serve.token());
    QVERIFY(!hello(other).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Events)
#include "tst_events.moc"
