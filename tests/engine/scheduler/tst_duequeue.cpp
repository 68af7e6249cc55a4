// DueQueue and RunQueue: the order in which jobs come due and queued runs start.
#include <engine/scheduler/duequeue.h>
#include <engine/scheduler/runqueue.h>

#include <QTest>

using namespace Takt;

class tst_DueQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takesDueJobsEarliestFirst()
    {
        DueQueue q;
        q.set(1, 300);
        q.set(2, 100);
        q.set(3, 200);
        q.set(4, 900);
        QCOMPARE(q.earliest(), 100);
        const auto due = q.takeDue(300);
        QCOMPARE(due.size(), 3);
        QCOMPARE(due.at(0).first, 2);
        QCOMPARE(due.at(1).first, 3);
        QCOMPARE(due.at(2).first, 1);
        QCOMPARE(q.size(), 1);
        QCOMPARE(q.earliest(), 900);
    }

    void rescheduleReplacesTheOldTime()
    {
        DueQueue q;
        q.set(1, 100);
        q.set(1, 500);
        QVERIFY(q.takeDue(400).isEmpty());
        QCOMPARE(q.takeDue(500).size(), 1);
        q.set(2, 100);
        q.remove(2);
        QCOMPARE(q.earliest(), 0);
    }

    void runQueueOrdersByPriorityThenDueTimeThenAge()
    {
        RunQueue q;
        q.push(10, 0, 2000);
        q.push(11, 5, 3000);  // higher priority goes first whatever its due time
        q.push(12, 0, 1000);
        q.push(9, 0, 2000);   // same due time: the older run first
        QCOMPARE(q.inOrder(), (QList<RunId>{11, 12, 9, 10}));
        QVERIFY(q.remove(11));
        QVERIFY(!q.remove(11));
        QCOMPARE(q.inOrder(), (QList<RunId>{12, 9, 10}));
    }
};

QTEST_GUILESS_MAIN(tst_DueQueue)
#include "tst_duequeue.moc"
