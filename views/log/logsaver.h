#pragma once
// LogSaver: writes a log to a file in the background, chunk by chunk, as plain text (escape
// codes stripped, one line per record, no time or stream) or as the raw log file. The file
// is replaced only when all of it is written.

#include <QObject>
#include <QString>

#include <memory>

class QSaveFile;

namespace Takt {

class LineStreamer;
class LogSource;

class LogSaver : public QObject
{
    Q_OBJECT
public:
    enum class Format { PlainText, Raw };

    explicit LogSaver(LogSource *source, QObject *parent = nullptr);
    ~LogSaver() override;

    /// Starts writing the log as it is now to `path`. False (and errorString()) when the
    /// file cannot be created or a save is already running.
    bool start(const QString &path, Format format);
    /// Stops; the file is left as it was.
    void cancel();
    bool isActive() const { return m_streamer != nullptr; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void progressed(qint64 writtenFrom, qint64 size);
    /// Done: `ok` false with errorString() on failure or cancel.
    void finished(bool ok);

private:
    void end(bool ok, const QString &error);

    LogSource *m_source = nullptr;
    LineStreamer *m_streamer = nullptr;
    std::shared_ptr<QSaveFile> m_file;
    bool m_committing = false;
    QString m_error;
};

} // namespace Takt
