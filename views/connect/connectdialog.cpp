#include "connectdialog.h"

#include <engine/api/credentialstore.h>
#include <engine/api/remoteengine.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Takt {

namespace {
// A connect dialog waiting half a minute on a silent server feels broken.
constexpr int ProbeTimeoutMs = 10'000;
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to server"));

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->lineEdit()->setPlaceholderText(QStringLiteral("http://scheduler.example.com:8611"));
    for (const QUrl &url : CredentialStore::recentServers())
        m_server->addItem(url.toString());
    m_server->setCurrentIndex(-1);
    m_server->setMinimumContentsLength(36);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("the server's access token (takt serve prints where it is)"));

    m_storage = new QLabel(tr("The token will be kept in %1.").arg(CredentialStore::backendName()), this);
    m_storage->setObjectName(QStringLiteral("storage"));
    m_storage->setWordWrap(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    // Choosing a recent server brings its kept token back.
    connect(m_server, &QComboBox::textActivated, this, &ConnectDialog::fillRecentToken);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("T&oken:"), m_token);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_storage);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ConnectDialog::~ConnectDialog()
{
    delete m_probe;
}

Result<QUrl> ConnectDialog::serverUrl() const
{
    const QString text = m_server->currentText().trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"server"_qs, tr("Server: enter the server's URL."));
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return makeError(ErrorCode::InvalidArgument, u"server"_qs,
                         tr("Server: '%1' is not an http:// or https:// URL.").arg(text));
    return url.adjusted(QUrl::StripTrailingSlash);
}

void ConnectDialog::fillRecentToken(const QString &server)
{
    // Another server's token must not stay in the field for this one.
    const Result<QString> token = CredentialStore::load(QUrl(server));
    m_token->setText(token.isOk() ? token.value() : QString());
}

void ConnectDialog::testConnection()
{
    check(false);
}

void ConnectDialog::accept()
{
    check(true);
}

void ConnectDialog::check(bool connectAfter)
{
    if (m_probe)
        return; // one question at a time
    const Result<QUrl> url = serverUrl();
    if (!url) {
        showStatus(url.error().message, true);
        m_server->setFocus();
        return;
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        showStatus(tr("Token: enter the server's access token."), true);
        m_token->setFocus();
        return;
    }
    setBusy(true);
    showStatus(tr("Asking %1…").arg(url->toString()), false);
    m_probe = new RemoteEngine(url.value(), token);
    m_probe->setTimeout(ProbeTimeoutMs);
    const QUrl server = url.value();
    m_probe->jobs().then(this, [this, server, token, connectAfter](const Result<QList<Job>> &jobs) {
        m_probe->deleteLater();
        m_probe = nullptr;
        setBusy(false);
        if (!jobs.isOk()) {
            showStatus(jobs.error().code == ErrorCode::Unauthorized
                           ? tr("%1 refused the token: %2").arg(server.toString(), jobs.error().message)
                           : jobs.error().toString(),
                       true);
            return;
        }
        const QString answer = tr("%1 answered; jobs there: %2.").arg(server.toString()).arg(jobs->size());
        if (!connectAfter) {
            showStatus(answer, false);
            return;
        }
        const Result<void> saved = CredentialStore::save(server, token);
        if (!saved.isOk()) {
            // Attaching still works; only the next start will have to ask again.
            showStatus(tr("Connected, but the token could not be kept: %1").arg(saved.error().toString()), true);
        }
        Q_EMIT connectRequested(server, token);
        QDialog::accept();
    });
}

void ConnectDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette colours = palette();
    if (error)
        colours.setColor(QPalette::WindowText, QColor(0xb0, 0x10, 0x20));
    m_status->setPalette(colours);
}

void ConnectDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_token->setEnabled(!busy);
}

} // namespace Takt
