#pragma once
// PaletteButton: a task kind in the DAG editor's palette — click it to add a task next to the
// selection, or drag it onto the canvas to add one where it is dropped.

#include <engine/core/workflowspec.h>

#include <QPoint>
#include <QToolButton>

namespace Takt {

class PaletteButton final : public QToolButton
{
    Q_OBJECT
public:
    /// The MIME type of a dragged task kind; its data is the kind's JSON name ("branch").
    static QString mimeType();

    /// `action` is what a click does (it is the button's default action).
    PaletteButton(TaskKind kind, QAction *action, QWidget *parent = nullptr);
    TaskKind kind() const { return m_kind; }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    TaskKind m_kind;
    QPoint m_pressPos;
};

} // namespace Takt
