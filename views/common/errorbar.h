#pragma once
// ErrorBar: a dismissable red strip above a panel that says what went wrong with the last
// action or load ("no job named 'x'"), without a modal message box in the way.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Takt {

class ErrorBar final : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorBar(QWidget *parent = nullptr);

    QString message() const;

public Q_SLOTS:
    /// Shows the bar with `message` (selectable, so it can be copied into a bug report).
    void showMessage(const QString &message);

private:
    QLabel *m_label;
};

} // namespace Takt
