// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/AtomicFile.h"

#include <QDir>
#include <QSaveFile>

namespace fb {

Status AtomicFile::write(const QString& path, const QByteArray& data, Access access)
{
    return writeStreamed(
        path, [&data](const Writer& write) { return write(data); }, access);
}

Status AtomicFile::writeStreamed(const QString& path, const std::function<Status(const Writer& write)>& produce,
                                 Access access)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return fail(ErrorCode::Io, tr("Cannot write a file without a name."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(shown, file.errorString()), path);
    if (access == Access::OwnerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Writer write = [&](const QByteArray& piece) -> Status {
        if (file.write(piece) != piece.size())
            return fail(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(shown, file.errorString()), path);
        return {};
    };
    if (auto produced = produce(write); !produced) {
        file.cancelWriting();
        return produced;
    }
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(shown, file.errorString()), path);
    return {};
}

Result<QStringList> AtomicFile::writeAll(const QString& folder, const QList<std::pair<QString, QByteArray>>& files,
                                         Access access)
{
    const QDir dir(folder);
    QStringList written;
    for (const auto& [name, bytes] : files) {
        const QString path = dir.filePath(name);
        FB_TRY(write(path, bytes, access));
        written.append(path);
    }
    return written;
}

} // namespace fb
