// takt: with a command, a CLI command or `serve`; without one, the engine (the GUI later).
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("takt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAKT_VERSION));
    return Takt::Cli::run(app.arguments());
}
