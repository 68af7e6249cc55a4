#pragma once
// EnvironmentEdit: a small table of NAME = value pairs for a job's environment.

#include <engine/core/result.h>

#include <QMap>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Takt {

class EnvironmentEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentEdit(QWidget *parent = nullptr);

    void setEnvironment(const QMap<QString, QString> &env);
    /// The variables; rows left completely empty are ignored. The error (field "env") names
    /// an empty or invalid name or a name given twice.
    Result<QMap<QString, QString>> environment() const;

    QTableWidget *table() const { return m_table; }
    /// Adds an empty row and starts editing its name.
    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Takt
