#include "logsaver.h"

#include "ansiparser.h"
#include "decodedline.h"
#include "linestreamer.h"
#include "logsource.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace Takt {

LogSaver::LogSaver(LogSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
}

LogSaver::~LogSaver()
{
    if (m_streamer)
        m_streamer->stop();
}

bool LogSaver::start(const QString &path, Format format)
{
    if (m_streamer) {
        m_error = tr("A save is already running.");
        return false;
    }
    m_error.clear();
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write '%1': %2").arg(path, file->errorString());
        return false;
    }
    m_file = file;
    // Workers run one at a time and in order, so they share the file without a lock.
    m_streamer = new LineStreamer(m_source, [file, format](const LineStreamer::Piece &piece) {
        LineStreamer::Step step;
        if (format == Format::Raw) {
            step.lines = 0; // line numbers are not needed here
            if (file->write(piece.bytes().data(), piece.length) != piece.length)
                step.stop = true;
            return step;
        }
        QByteArray out;
        out.reserve(piece.length);
        step.lines = LineStreamer::forEachLine(piece, [&](qint64, QByteArrayView record) {
            const QByteArrayView text = splitLogRecord(record).text;
            if (AnsiParser::isPlainAscii(text))
                out.append(text);
            else
                out.append(AnsiParser::parse(text).text.toUtf8());
            out.append('\n');
            return true;
        });
        if (file->write(out) != out.size())
            step.stop = true;
        return step;
    }, this);
    connect(m_streamer, &LineStreamer::progressed, this, &LogSaver::progressed);
    connect(m_streamer, &LineStreamer::failed, this, [this](const QString &message) { end(false, message); });
    connect(m_streamer, &LineStreamer::finished, this, [this] {
        const std::shared_ptr<QSaveFile> file = m_file;
        if (file->error() != QFileDevice::NoError) {
            end(false, tr("Cannot write '%1': %2").arg(file->fileName(), file->errorString()));
            return;
        }
        // commit() flushes and syncs a file that may be large: not in this thread.
        m_committing = true;
        QtConcurrent::run([file] { return file->commit(); }).then(this, [this, file](bool committed) {
            end(committed, committed ? QString()
                                     : tr("Cannot write '%1': %2").arg(file->fileName(), file->errorString()));
        });
    });
    m_streamer->start(0, 0, LineStreamer::Mode::ToEnd);
    return true;
}

void LogSaver::cancel()
{
    if (!m_streamer || m_committing)
        return;
    // A worker may still be writing: the file goes when the last reference does, and an
    // uncommitted QSaveFile removes its temporary file.
    end(false, tr("Saving was cancelled."));
}

void LogSaver::end(bool ok, const QString &error)
{
    m_committing = false;
    if (m_streamer) {
        m_streamer->stop();
        m_streamer->deleteLater();
        m_streamer = nullptr;
    }
    m_file.reset(); // an uncommitted QSaveFile removes its temporary file
    m_error = error;
    Q_EMIT finished(ok);
}

} // namespace Takt
