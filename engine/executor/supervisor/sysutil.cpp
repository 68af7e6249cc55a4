#include "sysutil.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/stat.h>
#include <unistd.h>

namespace TaktSupervisor {

namespace {
long long clockMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

void putDigits(char *out, long long value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}
} // namespace

long long realtimeMs()
{
    return clockMs(CLOCK_REALTIME);
}

long long monotonicMs()
{
    return clockMs(CLOCK_MONOTONIC);
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

std::string errnoText(int err)
{
    char buffer[256];
    // GNU strerror_r: returns a pointer that may or may not be `buffer`.
    return std::string(strerror_r(err, buffer, sizeof buffer));
}

std::string formatDuration(long long ms)
{
    if (ms <= 0)
        return "0s";
    static const struct { long long factor; const char *unit; } units[] = {
        {86'400'000, "d"}, {3'600'000, "h"}, {60'000, "m"}, {1000, "s"}, {1, "ms"}};
    std::string out;
    for (const auto &u : units) {
        if (ms >= u.factor) {
            out += std::to_string(ms / u.factor);
            out += u.unit;
            ms %= u.factor;
        }
    }
    return out;
}

std::string joinCommand(char *const argv[])
{
    std::string out;
    for (int i = 0; argv[i]; ++i) {
        if (i > 0)
            out += ' ';
        const char *arg = argv[i];
        bool plain = *arg != '\0';
        for (const char *p = arg; *p && plain; ++p)
            plain = std::strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                "@%_+=:,./-", *p) != nullptr;
        if (plain) {
            out += arg;
            continue;
        }
        out += '\'';
        for (const char *p = arg; *p; ++p) {
            if (*p == '\'')
                out += "'\\''";
            else if (*p == '\n')
                out += "\\n"; // the log is line-based: keep the note on one line
            else
                out += *p;
        }
        out += '\'';
    }
    return out;
}

void formatUtcStamp(long long ms, char out[24])
{
    long long days = ms / 86'400'000;
    long long msOfDay = ms % 86'400'000;
    if (msOfDay < 0) {
        msOfDay += 86'400'000;
        --days;
    }
    // Howard Hinnant's civil_from_days (the same as engine/executor/logformat.cpp).
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;

    putDigits(out, y, 4);
    out[4] = '-';
    putDigits(out + 5, m, 2);
    out[7] = '-';
    putDigits(out + 8, d, 2);
    out[10] = 'T';
    putDigits(out + 11, msOfDay / 3'600'000, 2);
    out[13] = ':';
    putDigits(out + 14, msOfDay / 60'000 % 60, 2);
    out[16] = ':';
    putDigits(out + 17, msOfDay / 1000 % 60, 2);
    out[19] = '.';
    putDigits(out + 20, msOfDay % 1000, 3);
    out[23] = 'Z';
}

bool makePath(const std::string &dir)
{
    struct stat st{};
    if (::stat(dir.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return true;
        errno = ENOTDIR;
        return false;
    }
    // Create each missing component; EEXIST from a concurrent creator is fine.
    for (size_t pos = 1; pos <= dir.size(); ++pos) {
        if (pos != dir.size() && dir[pos] != '/')
            continue;
        const std::string part = dir.substr(0, pos);
        if (::mkdir(part.c_str(), 0755) != 0 && errno != EEXIST)
            return false;
    }
    if (::stat(dir.c_str(), &st) != 0)
        return false;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return false;
    }
    return true;
}

} // namespace TaktSupervisor
