#pragma once
// ConnectionBanner: the strip above a window's panels while its remote engine is unreachable —
// "Connection to URL lost — reconnecting…" — hidden again once the engine is back.

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Takt {

class EngineApi;

class ConnectionBanner final : public QWidget
{
    Q_OBJECT
public:
    /// Follows `engine`'s connectionChanged(); the engine is not owned.
    explicit ConnectionBanner(EngineApi *engine, QWidget *parent = nullptr);

    QString message() const;

private:
    void update(bool connected);

    QPointer<EngineApi> m_engine;
    QLabel *m_label;
};

} // namespace Takt
