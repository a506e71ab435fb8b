// SPDX-License-Identifier: GPL-3.0-or-later
// AtomicFile: the one way Firebreak writes a file: whole or not at all (QSaveFile: a temporary file beside the
// target, renamed over it on commit), with an error that names the file and says why.
#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include <utility>

namespace fb {

class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(fb::AtomicFile)

public:
    enum class Access {
        Default,   // as the user's umask says
        OwnerOnly, // case data: readable by the owner only (0600), also when it replaces a file that was not
    };

    AtomicFile() = delete;

    // Writes data to path. Io error (where: the path) when the file cannot be created, written or committed;
    // an existing file is then left as it was.
    static Status write(const QString& path, const QByteArray& data, Access access = Access::Default);
    // Writes what `produce` hands to its writer, piece by piece, so that a large file never sits in memory whole;
    // the file is committed only when produce succeeds (its error is returned, the target left as it was).
    using Writer = std::function<Status(const QByteArray& piece)>;
    static Status writeStreamed(const QString& path, const std::function<Status(const Writer& write)>& produce,
                                Access access = Access::Default);
    // Writes each (file name, bytes) into folder, in order, each atomically; stops at the first failure. The
    // paths written.
    static Result<QStringList> writeAll(const QString& folder, const QList<std::pair<QString, QByteArray>>& files,
                                        Access access = Access::Default);
};

} // namespace fb
