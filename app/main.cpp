// takt: without a command, the desktop console (or `serve` where there is no display);
// with one, a terminal command or `serve`.
#include "cli/cli.h"
#include "gui/desktop.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    // `takt` alone, or `takt --data DIR`: the desktop console.
    const bool desktop = argc == 1 || (argc == 3 && std::strcmp(argv[1], "--data") == 0);
    if (desktop && Takt::Desktop::hasDisplay())
        return Takt::Desktop::run(argc, argv, argc == 3 ? QString::fromLocal8Bit(argv[2]) : QString());
    if (desktop)
        std::fputs("takt: no display; running the engine headless (takt serve)\n", stderr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("takt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAKT_VERSION));
    QStringList args = app.arguments();
    if (desktop)
        args.insert(1, QStringLiteral("serve"));
    return Takt::Cli::run(args);
}
