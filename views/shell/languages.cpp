#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Takt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Languages)
};
} // namespace

QList<Language> availableLanguages()
{
    // Native names on purpose: someone who cannot read the current language finds their own.
    return {
        {QString(), Tr::tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString installTranslators(const QString &language, const QString &directory)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {}; // the source texts are English
    auto *takt = new QTranslator(QCoreApplication::instance());
    if (!takt->load(locale, QStringLiteral("takt"), QStringLiteral("_"), directory)) {
        delete takt;
        return {};
    }
    QCoreApplication::installTranslator(takt);
    // Qt's own texts (standard buttons, file dialogs), when the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return takt->language();
}

} // namespace Takt
