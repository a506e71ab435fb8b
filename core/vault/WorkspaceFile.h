// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceFile: what Firebreak knows and does about a workspace file on the disk without SQLite: what it is, whether
// it can be written here, the files SQLite keeps beside it, syncing, and a re-encrypted copy left by a killed run.
#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fb {

class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceFile)

public:
    // Encrypted page size. SQLCipher's cost is mostly per page (IV, cipher and HMAC set-up), so 4096-byte pages
    // (SQLCipher 4's default, and SQLite's own) cost a quarter of SQLCipher 3's 1024 (docs/benchmarks.md).
    static constexpr qint64 kPageSize = 4096;

    struct Probe
    {
        QByteArray head; // the first 16 bytes: the KDF salt
        qint64 size = 0;
    };
    // Reads what can be known of a workspace file without a key; refuses what cannot be one.
    static Result<Probe> probe(const QString& path);

    static QString displayPath(const QString& path);
    // Why the workspace cannot be written here (empty when it can): SQLite needs the file and, for its -wal and -shm
    // files, the folder beside it.
    static QString whyReadOnly(const QString& path);
    // Whether <path>-wal holds frames a writer left for the next checkpoint (more than the 32-byte header).
    static bool walHasFrames(const QString& path);
    // A -wal or -shm left by an earlier run that this user cannot write would make SQLite fail later with a vague
    // "unable to open": gives our own back their owner-only mode, names anyone else's.
    static Status prepareSideFiles(const QString& path);
    // A file: URI that makes SQLite read the main file alone and never write, lock, or create anything beside it.
    static QByteArray immutableUri(const QString& path);
    // Flushes a file or folder to the disk; a rename is durable only once its folder is synced.
    static Status syncToDisk(const QString& path, bool folder);
    // The file and everything SQLite keeps beside it (for a create that failed half-way).
    static void removeAll(const QString& path);

    // Where a passphrase change writes the re-encrypted copy before renaming it over the file (beside the file a
    // symbolic link points to).
    static QString rekeyCopyPath(const QString& path);
    // A copy that was never renamed into place (a killed change): the file itself still holds everything.
    static void removeRekeyLeftovers(const QString& path);

    static QString systemError(int error);
};

} // namespace fb
