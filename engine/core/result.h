#pragma once
// Result<T>: a value or an Error that names the field and the reason.
// g++ 12 has no std::expected; no exception ever leaves an engine function.

#include <QString>

#include <utility>
#include <variant>

namespace Takt {

/// Why something failed. `code` is stable and machine-readable (see ErrorCode),
/// `field` names the offending input ("schedule", "day-of-month", "timeout"…) or is empty,
/// `message` is translated and meant for a person.
struct Error
{
    QString code;
    QString field;
    QString message;

    bool isValid() const { return !code.isEmpty(); }
    /// "field: message" when a field is known, otherwise just the message.
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
    friend bool operator==(const Error &, const Error &) = default;
};

/// The stable error codes; the HTTP API maps them to status codes.
namespace ErrorCode {
inline const QString InvalidArgument = QStringLiteral("invalid_argument"); // 400
inline const QString Unauthorized = QStringLiteral("unauthorized");        // 401
inline const QString Forbidden = QStringLiteral("forbidden");              // 403
inline const QString NotFound = QStringLiteral("not_found");               // 404
inline const QString AlreadyExists = QStringLiteral("already_exists");     // 409
inline const QString Conflict = QStringLiteral("conflict");                // 409
inline const QString Unavailable = QStringLiteral("unavailable");          // 503
inline const QString Internal = QStringLiteral("internal");                // 500
} // namespace ErrorCode

inline Error makeError(const QString &code, const QString &field, const QString &message)
{
    return Error{code, field, message};
}

template<typename T>
class [[nodiscard]] Result
{
public:
    /// An empty result is an Internal error; QFuture needs the default constructor.
    Result() : m_data(Error{ErrorCode::Internal, {}, QStringLiteral("no result")}) {}
    Result(const T &value) : m_data(value) {}
    Result(T &&value) : m_data(std::move(value)) {}
    Result(const Error &error) : m_data(error) {}
    Result(Error &&error) : m_data(std::move(error)) {}

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    /// Only valid when isOk().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }

    /// The error; an invalid Error (empty code) when isOk(), so a message built eagerly
    /// (as QVERIFY2 does) is safe.
    const Error &error() const
    {
        static const Error none;
        const Error *e = std::get_if<1>(&m_data);
        return e ? *e : none;
    }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation with no value: Ok or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}

    bool isOk() const { return !m_error.isValid(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace Takt
