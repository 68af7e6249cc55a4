#include "desktop.h"

#include <engine/api/localengine.h>
#include <engine/server/enginehost.h>
#include <views/main/mainwindow.h>
#include <views/shell/appsettings.h>
#include <views/shell/languages.h>
#include <views/shell/theme.h>

#include <QApplication>
#include <QDir>
#include <QHostAddress>
#include <QLockFile>
#include <QMessageBox>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStatusBar>

namespace Takt::Desktop {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Desktop)
};

constexpr quint16 DefaultPort = 8611;

/// TAKT_CA_CERT, as the terminal console reads it: servers whose certificate that CA signed
/// (e.g. a self-signed one) are trusted by File → Connect to server… too.
void trustCaFromEnvironment()
{
    const QString path = qEnvironmentVariable("TAKT_CA_CERT");
    if (path.isEmpty())
        return;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
    if (certificates.isEmpty()) {
        qWarning("takt: TAKT_CA_CERT: %s holds no PEM certificate", qPrintable(path));
        return;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
}
} // namespace

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int run(int &argc, char **argv, const QString &dataDirOption)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("takt"));
    QApplication::setApplicationDisplayName(QStringLiteral("Takt"));
    QApplication::setOrganizationName(QStringLiteral("Takt"));
    QApplication::setApplicationVersion(QStringLiteral(TAKT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/takt/icons/takt.svg")));
    // Closing the window may leave the engine running in the tray.
    QApplication::setQuitOnLastWindowClosed(false);

    trustCaFromEnvironment();
    AppSettings settings;
    installTranslators(settings.language());
    applyTheme(settings.theme());

    QString dataDir = dataDirOption;
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("TAKT_DATA");
    if (dataDir.isEmpty())
        dataDir = settings.effectiveDataDirectory();
    dataDir = QDir(dataDir).absolutePath();

    const auto fail = [](const QString &message) {
        QMessageBox::critical(nullptr, Tr::tr("Takt"), message);
        return 1;
    };
    if (!QDir().mkpath(dataDir))
        return fail(Tr::tr("Cannot create the data directory %1.").arg(dataDir));
    const auto lock = EngineHost::lockDataDir(dataDir);
    if (!lock)
        return fail(Tr::tr("Takt cannot start its engine: %1.\n\nUse that engine, or choose another data "
                           "directory in the settings.").arg(lock.error().message));

    EngineCore::Options options;
    options.dataDir = dataDir;
    LocalEngine engine(options);
    MainWindow window(&engine, dataDir, true);

    // The engine opens its store in its own thread; the window shows at once and fills in.
    engine.start().then(&window, [&engine, &window](const Result<void> &started) {
        if (!started.isOk()) {
            QMessageBox::critical(&window, Tr::tr("Takt"),
                                  Tr::tr("The engine could not start: %1").arg(started.error().toString()));
            QApplication::exit(1);
            return;
        }
        // The same API `takt serve` offers, on loopback, so `takt jobs list` sees this engine.
        QPointer<MainWindow> target(&window);
        engine.runInEngineThread([target](EngineCore *core) {
            auto *host = new EngineHost(core, core);
            const Result<QUrl> url = host->serve(QHostAddress::LocalHost, DefaultPort, true);
            const QString note = url.isOk() ? Tr::tr("API on %1").arg(url->toString())
                                            : Tr::tr("API not served: %1").arg(url.error().toString());
            QMetaObject::invokeMethod(qApp, [target, note] {
                if (target)
                    target->statusBar()->showMessage(note, 8000);
            });
        });
    });
    window.show();
    return QApplication::exec();
}

} // namespace Takt::Desktop
