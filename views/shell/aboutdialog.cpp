#include "aboutdialog.h"

#include <views/editor/highlighting.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Takt {

namespace {
QString taktVersion()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral(TAKT_VERSION) : version;
}
} // namespace

AboutDialog::AboutDialog(EngineApi *engine, const QString &dataDirectory, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Takt"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/takt/icons/takt.svg")).pixmap(64, 64));
    auto *title = new QLabel(QStringLiteral("<h2>Takt %1</h2>").arg(taktVersion().toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("title"));
    auto *tagline = new QLabel(tr("Schedules jobs, runs them, and shows you how they went."), this);
    tagline->setWordWrap(true);
    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(tagline);
    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    const QString qt = QString::fromLatin1(qVersion()) == QLatin1String(QT_VERSION_STR)
        ? QString::fromLatin1(qVersion())
        : tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    const QList<std::pair<QString, QString>> rows = {
        {tr("Version"), taktVersion()},
        {tr("Qt"), qt},
        {tr("Command highlighting"), highlighterBackendName()},
        {tr("Data directory"), QDir::toNativeSeparators(dataDirectory)},
        {tr("Engine"), engine ? engine->displayName() : tr("Not connected")},
    };
    auto *form = new QFormLayout;
    QStringList details;
    for (const auto &[name, value] : rows) {
        auto *label = new QLabel(value, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        form->addRow(tr("%1:").arg(name), label);
        details.append(QStringLiteral("%1: %2").arg(name, value));
    }
    m_details = details.join(u'\n');

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace Takt
