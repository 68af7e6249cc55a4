#include "apirequest.h"

#include "clitr.h"

#include <engine/server/apierror.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Takt::Cli {

Result<QJsonObject> apiRequest(const EngineAddress &engine, const QByteArray &verb, const QString &path,
                               const QJsonObject &body)
{
    QNetworkAccessManager network;
    QUrl url = engine.url;
    url.setPath(url.path() + path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + engine.token.toUtf8());
    request.setTransferTimeout(30'000);
    QByteArray data;
    if (!body.isEmpty()) {
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = network.sendCustomRequest(request, verb, data);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QByteArray answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return makeError(ErrorCode::Unavailable, {},
                         Tr::tr("cannot reach %1: %2").arg(engine.url.toString(), reply->errorString()));
    if (status < 200 || status > 299) {
        if (const std::optional<Error> error = ApiError::fromBody(answer))
            return *error;
        return makeError(ErrorCode::Internal, {}, Tr::tr("%1 answered HTTP %2").arg(engine.url.toString()).arg(status));
    }
    return QJsonDocument::fromJson(answer).object();
}

} // namespace Takt::Cli
