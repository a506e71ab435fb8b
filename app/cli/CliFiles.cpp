// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliFiles.h"

#include <QFile>

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

} // namespace fb
