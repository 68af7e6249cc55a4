#include "apierror.h"

#include <QJsonDocument>

namespace Takt::ApiError {

int httpStatus(const QString &code)
{
    if (code == ErrorCode::InvalidArgument)
        return 400;
    if (code == ErrorCode::Unauthorized)
        return 401;
    if (code == ErrorCode::Forbidden)
        return 403;
    if (code == ErrorCode::NotFound)
        return 404;
    if (code == ErrorCode::AlreadyExists || code == ErrorCode::Conflict)
        return 409;
    if (code == ErrorCode::Unavailable)
        return 503;
    return 500;
}

QJsonObject toJson(const Error &error)
{
    return QJsonObject{{u"error"_qs, QJsonObject{
        {u"code"_qs, error.code},
        {u"field"_qs, error.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error.field)},
        {u"message"_qs, error.message},
    }}};
}

QByteArray toBody(const Error &error)
{
    return QJsonDocument(toJson(error)).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<Error> fromBody(const QByteArray &body)
{
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(u"error");
    if (!error.isObject() || !error[u"code"].isString())
        return std::nullopt;
    return Error{error[u"code"].toString(), error[u"field"].toString(), error[u"message"].toString()};
}

} // namespace Takt::ApiError
