#pragma once
// AboutDialog: Takt's version, the Qt it runs on, the command highlighter in use, the data
// directory and the engine the window is connected to — what a bug report needs.

#include <engine/api/engineapi.h>

#include <QDialog>

class QLabel;

namespace Takt {

class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `engine` (not owned) may be null when none is connected.
    AboutDialog(EngineApi *engine, const QString &dataDirectory, QWidget *parent = nullptr);

    /// The details as plain text, one "name: value" per line (what "Copy" puts on the clipboard).
    QString detailsText() const { return m_details; }

private:
    QString m_details;
};

} // namespace Takt
