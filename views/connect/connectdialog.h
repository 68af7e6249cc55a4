#pragma once
// ConnectDialog: File → Connect to server… — a server URL (recent ones offered), its access
// token, where the token will be kept, and a check that the server answers before connecting.

#include <engine/core/result.h>

#include <QDialog>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Takt {

class RemoteEngine;

/// Connect (or Test connection) asks the server for its jobs with the token; only an answer
/// counts. On success Connect keeps the token (CredentialStore), emits connectRequested()
/// and closes. Nothing blocks the GUI while the server is asked.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    QComboBox *serverEdit() const { return m_server; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *connectButton() const { return m_connect; }
    /// What the last check said (or why the input is refused).
    QLabel *statusLabel() const { return m_status; }
    /// The sentence saying where the token is kept.
    QLabel *storageLabel() const { return m_storage; }

    /// The URL typed, or the field and reason it is not a server URL.
    Result<QUrl> serverUrl() const;

public Q_SLOTS:
    void testConnection();
    void accept() override;

Q_SIGNALS:
    /// The server answered with this token; the window should attach to it.
    void connectRequested(const QUrl &server, const QString &token);

private:
    /// Asks the server; `connectAfter`: on success keep the token and close.
    void check(bool connectAfter);
    void fillRecentToken(const QString &server);
    void showStatus(const QString &text, bool error);
    void setBusy(bool busy);

    QComboBox *m_server = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_storage = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QPointer<RemoteEngine> m_probe;
};

} // namespace Takt
