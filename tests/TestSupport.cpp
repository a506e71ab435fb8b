// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

#include <time.h>

namespace fb::test {

TempDir::TempDir()
    : TempDir(QDir::tempPath())
{
}

TempDir::TempDir(const QString& parent)
    : m_dir(parent + QStringLiteral("/fbtest-XXXXXX"))
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write test file");
    f.write(data);
}

qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

QString conformancePath(const QString& relative)
{
    return QStringLiteral(FB_SHARED_DIR "/conformance/") + relative;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(FB_SOURCE_DIR "/") + relative;
}

QByteArray headerField(const QByteArray& rawMessage, const QByteArray& name)
{
    qsizetype end = rawMessage.indexOf("\n\n");
    const qsizetype crlfEnd = rawMessage.indexOf("\r\n\r\n");
    if (crlfEnd >= 0 && (end < 0 || crlfEnd < end))
        end = crlfEnd;
    QByteArray headers = end < 0 ? rawMessage : rawMessage.left(end);
    headers.replace("\r\n", "\n").replace("\n ", " ").replace("\n\t", " ");
    const QByteArray prefix = name.toLower() + ':';
    for (const QByteArray& line : headers.split('\n'))
        if (line.toLower().startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    return {};
}

} // namespace fb::test
