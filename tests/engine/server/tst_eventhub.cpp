// EventHub against a real EngineCore (temporary directory): every committed change becomes
// one event with the next id, and a resume point is served only while every later event is
// still kept — older ones get a reset, never a replay with a hole.

#include <engine/scheduler/enginecore.h>
#include <engine/server/eventhub.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

class tst_EventHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void changesBecomeNumberedEvents();
    void replayOnlyWhileNothingIsMissing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EngineCore> m_core;
};

void tst_EventHub::initTestCase()
{
    EngineCore::Options options;
    options.dataDir = m_dir.path();
    m_core = std::make_unique<EngineCore>(options);
    const Result<void> started = m_core->start();
    QVERIFY2(started.isOk(), qPrintable(started.error().toString()));
}

void tst_EventHub::cleanupTestCase()
{
    m_core->stop();
}

void tst_EventHub::changesBecomeNumberedEvents()
{
    EventHub hub(m_core.get());
    QSignalSpy added(&hub, &EventHub::eventAdded);
    QCOMPARE(hub.lastEventId(), 0);
    JobSpec spec;
    spec.name = u"numbered"_qs;
    spec.command = {u"true"_qs};
    QVERIFY(m_core->createJob(spec).isOk());
    QVERIFY(m_core->setJobPaused(u"numbered"_qs, true).isOk());
    QVERIFY(m_core->deleteJob(u"numbered"_qs).isOk());
    QTRY_COMPARE(added.size(), 3);
    QStringList types;
    for (int i = 0; i < added.size(); ++i) {
        QCOMPARE(added[i][0].toLongLong(), i + 1);
        const QJsonObject frame = QJsonDocument::fromJson(added[i][1].toByteArray()).object();
        QCOMPARE(frame[u"id"].toInteger(), i + 1);
        types << frame[u"type"].toString();
    }
    QCOMPARE(types, (QStringList{u"job"_qs, u"job"_qs, u"jobRemoved"_qs}));
    QCOMPARE(hub.eventsBetween(1, 3).size(), 2);
    QVERIFY(!hub.epoch().isEmpty());
    QVERIFY(EventHub(m_core.get()).epoch() != hub.epoch()); // one per server process
}

void tst_EventHub::replayOnlyWhileNothingIsMissing()
{
    EventHub hub(m_core.get(), 5);
    JobSpec spec;
    spec.name = u"churn"_qs;
    spec.command = {u"true"_qs};
    QVERIFY(m_core->createJob(spec).isOk());
    for (int i = 0; i < 11; ++i)
        QVERIFY(m_core->setJobPaused(u"churn"_qs, i % 2 == 0).isOk());
    QTRY_COMPARE(hub.lastEventId(), 12);
    // Kept: 8..12. A client that saw 7 misses nothing; one that saw 6 would miss 7.
    QVERIFY(hub.canReplayAfter(12));
    QVERIFY(hub.canReplayAfter(7));
    QVERIFY(!hub.canReplayAfter(6));
    QVERIFY(!hub.canReplayAfter(0));
    QVERIFY(!hub.canReplayAfter(13)); // never reached
    QList<qint64> ids;
    for (const EventHub::Event &event : hub.eventsBetween(7, 12))
        ids << event.id;
    QCOMPARE(ids, (QList<qint64>{8, 9, 10, 11, 12}));
    QCOMPARE(hub.eventsBetween(9, 10).size(), 1);
    QVERIFY(m_core->deleteJob(u"churn"_qs).isOk());
}

QTEST_GUILESS_MAIN(tst_EventHub)
#include "tst_eventhub.moc"
