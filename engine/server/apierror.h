#pragma once
// The HTTP API's one error shape, {"error": {"code", "field", "message"}}, and the status
// code each error code is answered with.

#include <engine/core/result.h>

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Takt::ApiError {

/// invalid_argument 400, unauthorized 401, forbidden 403, not_found 404,
/// already_exists/conflict 409, unavailable 503; anything else (internal) 500.
int httpStatus(const QString &code);

/// {"error": {"code": ..., "field": ..., "message": ...}}; "field" is null when empty.
QJsonObject toJson(const Error &error);
QByteArray toBody(const Error &error);

/// The inverse, for clients. Nothing when `body` is not an error document.
std::optional<Error> fromBody(const QByteArray &body);

} // namespace Takt::ApiError
