// SPDX-License-Identifier: GPL-3.0-or-later
// CliFiles: how every firebreak-cli command reads an input file, so that "-" and the error say the same
// everywhere, and writes case data to an output file.
#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fb {

class CliFiles
{
    Q_DECLARE_TR_FUNCTIONS(fb::CliFiles)

public:
    // The bytes of a file; "-" reads standard input. NotFound (with the path as where) when it cannot be read.
    static Result<QByteArray> read(const QString& path);
    // Writes data to path whole or not at all (a temporary file beside it, renamed over it), readable by the owner
    // only (0600). An existing file only with replace (Conflict otherwise); a path where no file can be created
    // (no such folder, no permission) is BadInput; a failed write Io. Checked again by the write itself.
    static Status write(const QString& path, const QByteArray& data, bool replace);
    // The refusals of write() that need no data, to check before any work (Conflict and BadInput as there).
    static Status checkWritable(const QString& path, bool replace);
};

} // namespace fb
