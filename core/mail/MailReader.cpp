// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailReader.h"

#include "core/mail/MimeRuntime.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gmime/gmime.h>

#include <fcntl.h>
#include <unistd.h>

#include <memory>

namespace fb {

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QString displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool isMaildir(const QString& path)
{
    const QDir dir(path);
    return dir.exists(QStringLiteral("cur")) || dir.exists(QStringLiteral("new"));
}

Result<MailSourceFile> classify(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, MailReader::tr("Cannot read %1: %2").arg(displayPath(path), file.errorString()),
                    displayPath(path));
    QByteArray head = file.read(8);
    if (head.startsWith(kBom))
        head.remove(0, kBom.size());
    MailSourceFile source;
    source.path = path;
    source.size = file.size();
    source.kind = head.startsWith("From ") ? MailSourceKind::Mbox : MailSourceKind::Eml;
    return source;
}

void addMaildir(const QString& path, QList<MailSourceFile>& out)
{
    for (const QString& sub : {QStringLiteral("cur"), QStringLiteral("new")}) {
        QDir dir(QDir(path).filePath(sub));
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& info : files)
            out.append({info.filePath(), MailSourceKind::MaildirFile, info.size()});
    }
}

struct ObjectUnref
{
    void operator()(void* object) const
    {
        if (object)
            g_object_unref(object);
    }
};

} // namespace

Result<QList<MailSourceFile>> MailReader::collect(const QStringList& paths)
{
    QList<MailSourceFile> out;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(ErrorCode::NotFound, tr("There is no file or folder %1.").arg(displayPath(path)),
                        displayPath(path));
        if (info.isDir()) {
            if (isMaildir(path)) {
                addMaildir(path, out);
                continue;
            }
            const QFileInfoList entries =
                QDir(path).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            for (const QFileInfo& entry : entries) {
                if (entry.isDir()) {
                    if (isMaildir(entry.filePath()))
                        addMaildir(entry.filePath(), out);
                    continue;
                }
                FB_TRY_ASSIGN(auto source, classify(entry.filePath()));
                out.append(source);
            }
            continue;
        }
        FB_TRY_ASSIGN(auto source, classify(path));
        out.append(source);
    }
    return out;
}

int MailReader::countMessages(const MailSourceFile& file)
{
    if (file.kind != MailSourceKind::Mbox)
        return 1;
    QFile in(file.path);
    if (!in.open(QIODevice::ReadOnly) || in.size() == 0)
        return 0;
    const uchar* map = in.map(0, in.size());
    if (!map)
        return 0;
    const QByteArrayView data(reinterpret_cast<const char*>(map), in.size());
    // The file starts with a From_ line (that is how collect() knew it for an mbox); each later one follows a
    // line break. Escaped lines (">From ") do not count, as for the parser.
    int count = 1;
    for (qsizetype at = data.indexOf("\nFrom "); at >= 0; at = data.indexOf("\nFrom ", at + 1))
        ++count;
    return count;
}

QByteArray MailReader::unescapeMboxFrom(const QByteArray& message)
{
    static const QRegularExpression escaped(QStringLiteral("(^|\\n)>(>*From )"));
    if (!message.startsWith(">") && !message.contains("\n>"))
        return message;
    // Latin-1 keeps every byte as one character, so the regular expression works on raw bytes.
    QString text = QString::fromLatin1(message);
    text.replace(escaped, QStringLiteral("\\1\\2"));
    return text.toLatin1();
}

Status MailReader::read(const MailSourceFile& file, const Visitor& visit)
{
    if (file.kind == MailSourceKind::Mbox)
        return readMbox(file, visit);
    QFile in(file.path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(displayPath(file.path), in.errorString()),
                    displayPath(file.path));
    ReadMessage message;
    message.source = file.path;
    if (file.kind == MailSourceKind::MaildirFile)
        message.position = QFileInfo(file.path).fileName();
    const QByteArray raw = in.readAll();
    message.endOffset = raw.size();
    message.outcome = MessageParser::parse(raw);
    visit(std::move(message));
    return {};
}

Status MailReader::readMbox(const MailSourceFile& file, const Visitor& visit)
{
    MimeRuntime::ensureInitialised();
    QFile in(file.path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(displayPath(file.path), in.errorString()),
                    displayPath(file.path));
    const qint64 size = in.size();
    if (size == 0)
        return {};
    // The file's bytes, mapped read-only: each message's raw bytes are copied out of the map.
    uchar* map = in.map(0, size);
    if (!map)
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(displayPath(file.path), in.errorString()),
                    displayPath(file.path));
    const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char*>(map), size);
    const qint64 start = data.startsWith(kBom) ? kBom.size() : 0;

    const int fd = ::open(QFile::encodeName(file.path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io, tr("Cannot read %1.").arg(displayPath(file.path)), displayPath(file.path));
    std::unique_ptr<GMimeStream, ObjectUnref> stream(g_mime_stream_fs_new_with_bounds(fd, start, -1));
    std::unique_ptr<GMimeParser, ObjectUnref> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MBOX);
    g_mime_parser_set_respect_content_length(parser.get(), FALSE);

    QList<MailWarning> warnings;
    GMimeParserOptions* options = MessageParser::newParserOptions(&warnings);
    int index = 0;
    bool keepGoing = true;
    while (keepGoing && !g_mime_parser_eos(parser.get())) {
        warnings.clear();
        std::unique_ptr<GMimeMessage, ObjectUnref> parsed(g_mime_parser_construct_message(parser.get(), options));
        if (!parsed)
            break;
        ++index;
        const qint64 marker = g_mime_parser_get_mbox_marker_offset(parser.get());
        qint64 begin = g_mime_parser_get_headers_begin(parser.get());
        qint64 end = std::min<qint64>(g_mime_parser_tell(parser.get()), size);
        if (begin < start || begin > end)
            begin = std::max<qint64>(start, marker);
        // The blank line before the next From_ line belongs to the mbox, not to the message.
        if (end < size && end - 1 > begin && data.at(end - 1) == '\n')
            --end;
        else if (end == size && end - 2 > begin && data.at(end - 1) == '\n' && data.at(end - 2) == '\n')
            --end;
        const QByteArray slice(data.constData() + begin, end - begin);
        ReadMessage message;
        message.source = file.path;
        message.position = tr("message %1 at byte %2").arg(index).arg(marker >= 0 ? marker : begin);
        message.endOffset = end;
        const QByteArray raw = unescapeMboxFrom(slice);
        const QString tooBig = MessageParser::precheck(raw);
        if (raw.size() != slice.size() || !tooBig.isEmpty()) {
            message.outcome = MessageParser::parse(raw);
        } else {
            message.outcome = MessageParser::fromGMime(parsed.get(), raw, warnings);
        }
        if (end >= size && !data.endsWith('\n'))
            message.outcome.message.warnings.append(MailWarning(MailWarningCode::MailboxTruncated));
        keepGoing = visit(std::move(message));
    }
    g_mime_parser_options_free(options);
    return {};
}

} // namespace fb
