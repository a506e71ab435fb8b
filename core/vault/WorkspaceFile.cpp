// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/WorkspaceFile.h"

#include "core/crypto/PassphraseKdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace fb {

namespace {

const QByteArray kPlainSqliteHeader("SQLite format 3\0", 16);
// SQLite's WAL header is 32 bytes: a longer -wal holds frames.
constexpr qint64 kWalHeaderSize = 32;

} // namespace

Result<WorkspaceFile::Probe> WorkspaceFile::probe(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("There is no workspace file at %1.").arg(displayPath(path)));
    if (!info.isFile())
        return fail(ErrorCode::NotAWorkspace, tr("%1 is not a file.").arg(displayPath(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(displayPath(path), file.errorString()));
    Probe probe{file.read(PassphraseKdf::kSaltSize), file.size()};
    if (probe.head == kPlainSqliteHeader)
        return fail(ErrorCode::NotAWorkspace,
                    tr("%1 is an unencrypted SQLite database, not a Firebreak workspace.").arg(displayPath(path)));
    if (probe.size < kPageSize || probe.size % kPageSize != 0)
        return fail(ErrorCode::NotAWorkspace, tr("%1 is not a Firebreak workspace, or it is truncated (%2 bytes).")
                                                  .arg(displayPath(path))
                                                  .arg(probe.size));
    return probe;
}

QString WorkspaceFile::displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString WorkspaceFile::whyReadOnly(const QString& path)
{
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
        return errno == EROFS ? tr("it is on a read-only file system") : tr("the file is read-only");
    const QString folder = QFileInfo(path).absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return errno == EROFS ? tr("it is on a read-only file system")
                              : tr("its folder %1 is read-only").arg(displayPath(folder));
    return {};
}

bool WorkspaceFile::walHasFrames(const QString& path)
{
    return QFileInfo(path + QLatin1String("-wal")).size() > kWalHeaderSize;
}

Status WorkspaceFile::prepareSideFiles(const QString& path)
{
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        const QFileInfo info(side);
        if (!info.exists() || ::access(QFile::encodeName(side).constData(), R_OK | W_OK) == 0)
            continue;
        if (info.ownerId() == ::geteuid() &&
            QFile::setPermissions(side, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            continue;
        if (QLatin1String(suffix) == QLatin1String("-shm"))
            return fail(ErrorCode::Io,
                        tr("Cannot open %1 for changes: %2 cannot be written by this user. Make it writable, or "
                           "remove it when no program has the workspace open.")
                            .arg(displayPath(path), displayPath(side)),
                        displayPath(side));
        return fail(ErrorCode::Io,
                    tr("Cannot open %1 for changes: its write-ahead log %2 cannot be written by this user. Make it "
                       "writable; do not remove it, it holds saved changes.")
                        .arg(displayPath(path), displayPath(side)),
                    displayPath(side));
    }
    return {};
}

QByteArray WorkspaceFile::immutableUri(const QString& path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
}

Status WorkspaceFile::syncToDisk(const QString& path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::Io, tr("Cannot write %1 to the disk: %2").arg(displayPath(path), systemError(error)));
    }
    ::close(fd);
    return {};
}

void WorkspaceFile::removeAll(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString WorkspaceFile::rekeyCopyPath(const QString& path)
{
    // Beside the real file when the workspace is reached through a symbolic link (the rename replaces that file).
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return (canonical.isEmpty() ? path : canonical) + QLatin1String("-rekey");
}

void WorkspaceFile::removeRekeyLeftovers(const QString& path)
{
    QFile::remove(rekeyCopyPath(path));
    QFile::remove(rekeyCopyPath(path) + QLatin1String("-journal"));
}

QString WorkspaceFile::systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace fb
