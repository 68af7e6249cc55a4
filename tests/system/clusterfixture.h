#pragma once
// ClusterFixture: a real PostgreSQL (PostgresServer) and real `takt serve --store postgresql://…`
// nodes on free loopback ports, each with its own data directory, for the cluster's system
// tests: start, SIGKILL and restart nodes, talk to any of them, and read the shared database.

#include <engine/api/remoteengine.h>
#include <tests/support/postgresserver.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <map>
#include <memory>

namespace Takt::Test {

// Waits for a future in a local event loop: fine in a test, which has no GUI to keep alive.
template<typename T>
T await(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

class ClusterFixture
{
public:
    struct Node
    {
        QString name;
        QString labels;
        std::unique_ptr<QProcess> process;
        std::unique_ptr<RemoteEngine> engine;
        QUrl url;
        QString token;
    };

    ~ClusterFixture()
    {
        for (auto &[name, node] : m_nodes)
            kill(name);
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("cluster-check"));
    }

    /// Starts PostgreSQL and makes the cluster's database; false with error() on failure.
    bool setUp(const QString &database)
    {
        if (!m_data.isValid() || !m_pg.start()) {
            m_error = m_pg.errorString();
            return false;
        }
        m_url = m_pg.createDatabase(database);
        if (m_url.isEmpty()) {
            m_error = m_pg.errorString();
            return false;
        }
        return true;
    }
    QString error() const { return m_error; }
    QString storeUrl() const { return m_url; }
    PostgresServer &postgres() { return m_pg; }

    /// Starts (or restarts) node `name` with its data directory kept between lives.
    bool start(const QString &name, const QString &labels = {}, int slotCount = 4)
    {
        Node &node = m_nodes[name];
        node.name = name;
        if (!labels.isEmpty())
            node.labels = labels;
        const QString dir = dataDir(name);
        QFile::remove(dir + QStringLiteral("/server.json"));
        node.process = std::make_unique<QProcess>();
        node.process->setProgram(QStringLiteral(TAKT_EXECUTABLE));
        QStringList args{QStringLiteral("serve"), QStringLiteral("--data"), dir, QStringLiteral("--store"), m_url,
                         QStringLiteral("--node"), name, QStringLiteral("--slots"), QString::number(slotCount),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--heartbeat"), QStringLiteral("500ms"),
                         QStringLiteral("--node-timeout"), QStringLiteral("3s")};
        if (!node.labels.isEmpty())
            args << QStringLiteral("--labels") << node.labels;
        node.process->setArguments(args);
        node.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        node.process->start();
        if (!node.process->waitForStarted())
            return false;
        QFile info(dir + QStringLiteral("/server.json"));
        for (int i = 0; i < 600 && !info.exists(); ++i)
            QTest::qWait(25);
        if (!info.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject json = QJsonDocument::fromJson(info.readAll()).object();
        QFile token(dir + QStringLiteral("/token"));
        if (!token.open(QIODevice::ReadOnly))
            return false;
        node.url = QUrl(json[u"url"].toString());
        node.token = QString::fromUtf8(token.readAll()).trimmed();
        node.engine = std::make_unique<RemoteEngine>(node.url, node.token);
        return true;
    }

    /// SIGKILL: the node dies without a word, as in a crash or a power cut.
    void kill(const QString &name)
    {
        Node &node = m_nodes[name];
        node.engine.reset();
        if (node.process && node.process->state() != QProcess::NotRunning) {
            ::kill(pid_t(node.process->processId()), SIGKILL);
            node.process->waitForFinished();
        }
    }

    bool isRunning(const QString &name) { return m_nodes[name].process && m_nodes[name].process->state() == QProcess::Running; }
    RemoteEngine *engine(const QString &name) { return m_nodes[name].engine.get(); }
    Node &node(const QString &name) { return m_nodes[name]; }
    QString dataDir(const QString &name) const { return QDir(m_data.path()).filePath(name); }

    /// The name of the node that leads, as the database says; empty if none.
    QString leader()
    {
        const QVariantList row = queryRow(QStringLiteral(
            "SELECT n.name FROM cluster_state s JOIN nodes n ON n.id = s.leader_node WHERE s.id = 1"));
        return row.isEmpty() ? QString() : row.first().toString();
    }

    /// Runs a query on the cluster's database (the test's own connection) and returns every row.
    QList<QVariantList> query(const QString &sql)
    {
        if (!m_db.isValid()) {
            const QUrl url(m_url);
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cluster-check"));
            m_db.setHostName(url.host());
            m_db.setPort(url.port());
            m_db.setUserName(url.userName());
            m_db.setDatabaseName(url.path().mid(1));
        }
        QList<QVariantList> rows;
        if (!m_db.isOpen() && !m_db.open()) {
            qWarning("cannot open the check connection: %s", qPrintable(m_db.lastError().text()));
            return rows;
        }
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return rows;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            rows << row;
        }
        return rows;
    }
    QVariantList queryRow(const QString &sql)
    {
        const QList<QVariantList> rows = query(sql);
        return rows.isEmpty() ? QVariantList() : rows.first();
    }
    qint64 scalar(const QString &sql)
    {
        const QVariantList row = queryRow(sql);
        return row.isEmpty() ? -1 : row.first().toLongLong();
    }

private:
    PostgresServer m_pg;
    QTemporaryDir m_data;
    QString m_url;
    QString m_error;
    std::map<QString, Node> m_nodes;
    QSqlDatabase m_db;
};

} // namespace Takt::Test
