#include "environmentedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Takt {

EnvironmentEdit::EnvironmentEdit(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(QStringLiteral("environmentTable"));
    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 180);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addVariable"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeVariable"));
    m_remove->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &EnvironmentEdit::addRow);
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentEdit::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, &EnvironmentEdit::changed);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
}

void EnvironmentEdit::setEnvironment(const QMap<QString, QString> &env)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    Q_EMIT changed();
}

Result<QMap<QString, QString>> EnvironmentEdit::environment() const
{
    QMap<QString, QString> env;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = m_table->item(row, 0);
        const QTableWidgetItem *valueItem = m_table->item(row, 1);
        const QString name = nameItem ? nameItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (name.isEmpty())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("env"),
                             tr("row %1 has a value but no variable name").arg(row + 1));
        if (name.contains(u'=') || name.contains(QChar(0)))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("env"),
                             tr("'%1' is not a valid variable name").arg(name));
        if (env.contains(name))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("env"),
                             tr("'%1' is set twice").arg(name));
        env.insert(name, value);
    }
    return env;
}

void EnvironmentEdit::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
    }
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
    Q_EMIT changed();
}

void EnvironmentEdit::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    Q_EMIT changed();
}

} // namespace Takt
