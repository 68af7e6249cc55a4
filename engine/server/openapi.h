#pragma once
// The OpenAPI 3 document of the HTTP API (GET /api/v1/openapi.json), made from the route table
// and each route's reference (apiroutes.h), so the document cannot drift from the server.

#include <QJsonObject>
#include <QString>

namespace Takt {

/// Every documented route with its parameters, body, success answer and the shared error
/// answers; `version` is the server's.
QJsonObject openApiDocument(const QString &version);

} // namespace Takt
