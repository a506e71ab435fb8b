// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliFiles.h"

#include "core/base/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace fb {

Result<QByteArray> CliFiles::read(const QString& path)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(ErrorCode::Io, tr("Cannot read standard input."));
        return file.readAll();
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("Cannot read “%1”: %2.").arg(path, file.errorString()), path);
    return file.readAll();
}

Status CliFiles::checkWritable(const QString& path, bool replace)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(ErrorCode::Usage, tr("No output file given."));
    if (info.isDir())
        return fail(ErrorCode::BadInput, tr("Cannot write “%1”: it is a folder.").arg(shown), path);
    if (info.exists() && !replace)
        return fail(ErrorCode::Conflict, tr("“%1” already exists; give --force to replace it.").arg(shown), path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return fail(
            ErrorCode::BadInput,
            tr("Cannot write “%1”: there is no folder %2.").arg(shown, QDir::toNativeSeparators(folder.filePath())),
            path);
    if (!folder.isWritable())
        return fail(ErrorCode::BadInput, tr("Cannot write “%1”: the folder is not writable.").arg(shown), path);
    return {};
}

Status CliFiles::write(const QString& path, const QByteArray& data, bool replace)
{
    if (auto status = checkWritable(path, replace); !status)
        return status;
    return AtomicFile::write(path, data, AtomicFile::Access::OwnerOnly);
}

} // namespace fb
