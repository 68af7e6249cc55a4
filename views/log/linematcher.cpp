#include "linematcher.h"

#include "ansiparser.h"

#include <cstring>
#include <string>

namespace Takt {

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

int countBytes(const char *hay, qsizetype hayLength, const QByteArray &needle)
{
    int found = 0;
    const char *p = hay;
    const char *const end = hay + hayLength;
    while (end - p >= needle.size()) {
        const void *hit = memmem(p, size_t(end - p), needle.constData(), size_t(needle.size()));
        if (!hit)
            break;
        ++found;
        p = static_cast<const char *>(hit) + needle.size();
    }
    return found;
}

} // namespace

LineMatcher::LineMatcher(const QString &needle, Qt::CaseSensitivity cs)
    : m_needle(needle)
    , m_cs(cs)
{
    const QByteArray latin = needle.toLatin1();
    m_ascii = !needle.isEmpty() && QString::fromLatin1(latin) == needle && AnsiParser::isPlainAscii(latin);
    m_bytes = latin;
    if (cs == Qt::CaseInsensitive) {
        for (char &c : m_bytes)
            c = asciiLower(c);
    }
}

int LineMatcher::count(QByteArrayView rawText) const
{
    if (m_needle.isEmpty())
        return 0;
    if (m_ascii) {
        // Plain text that is all ASCII: search bytes, with ASCII's case folding.
        thread_local std::string plain;
        QByteArrayView text = rawText;
        if (!AnsiParser::isPlainAscii(rawText)) {
            if (!AnsiParser::asciiPlainText(rawText, plain))
                return count(QStringView(AnsiParser::plainText(rawText)));
            text = QByteArrayView(plain.data(), qsizetype(plain.size()));
        }
        if (text.size() < m_bytes.size())
            return 0;
        if (m_cs == Qt::CaseSensitive)
            return countBytes(text.data(), text.size(), m_bytes);
        thread_local std::string lower;
        lower.resize(size_t(text.size()));
        for (qsizetype i = 0; i < text.size(); ++i)
            lower[size_t(i)] = asciiLower(text[i]);
        return countBytes(lower.data(), text.size(), m_bytes);
    }
    return count(QStringView(AnsiParser::plainText(rawText)));
}

int LineMatcher::count(QStringView plain) const
{
    if (m_needle.isEmpty())
        return 0;
    int found = 0;
    qsizetype from = 0;
    while ((from = plain.indexOf(m_needle, from, m_cs)) >= 0) {
        ++found;
        from += m_needle.size();
    }
    return found;
}

QList<int> LineMatcher::positions(QStringView plain) const
{
    QList<int> out;
    if (m_needle.isEmpty())
        return out;
    qsizetype from = 0;
    while ((from = plain.indexOf(m_needle, from, m_cs)) >= 0) {
        out.append(int(from));
        from += m_needle.size();
    }
    return out;
}

} // namespace Takt
