// SPDX-License-Identifier: GPL-3.0-or-later
// CliFiles: how every firebreak-cli command reads an input file, so that "-" and the error say the same
// everywhere.
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
};

} // namespace fb
