// SPDX-License-Identifier: GPL-3.0-or-later
// GnupgHome: a GnuPG home directory. Either a sealed, private and temporary one that Firebreak owns
// (its agents are shut down and the folder removed when the object goes away, and by removeLeftovers()
// after a process was killed), or the user's own.
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace fb {

class GnupgHome
{
    Q_DECLARE_TR_FUNCTIONS(fb::GnupgHome)

public:
    // gpg-agent puts its sockets in the home folder when /run/user/<uid> is missing, and a Unix
    // socket path holds at most 107 bytes; the longest socket name is "S.gpg-agent.browser".
    static constexpr int kMaxSocketPathBytes = 107;
    static constexpr int kLongestSocketNameBytes = 19;
    static constexpr int kMaxHomePathBytes = kMaxSocketPathBytes - kLongestSocketNameBytes - 1;

    // A fresh 0700 folder "fbg-<pid>-XXXXXX" in privateParent() with a gpg.conf for the direct trust model
    // and no network, and a gpg-agent.conf that allows loopback pinentry and caches no passphrase.
    static Result<GnupgHome> createTemporary();
    // The same in another private folder (created 0700 when missing); falls back to privateParent() when
    // that path is too long for the agent's sockets. For tests.
    static Result<GnupgHome> createTemporaryIn(const QString& parentDir);
    // Where temporary homes are made, created 0700 when missing: $XDG_RUNTIME_DIR/firebreak when
    // XDG_RUNTIME_DIR is a private folder of this user (usually in memory), else "firebreak-<uid>" in
    // QDir::tempPath(), else in /tmp when that path is too long. Refused when the folder belongs to someone
    // else or is a symbolic link.
    static Result<QString> privateParent();

    struct Leftovers
    {
        QStringList removed; // homes of processes that died without removing them
        QStringList failed;  // could not be removed (named in the detail of the caller's message)
    };
    // Removes the temporary homes that killed Firebreak processes left in the folders privateParent() may
    // return (for this environment and without XDG_RUNTIME_DIR), after stopping their gpg-agent. A home is
    // a leftover when its name holds the pid of a process that no longer runs and it belongs to this user.
    static Leftovers removeLeftovers();
    // The same in one folder. For tests.
    static Leftovers removeLeftoversIn(const QString& parentDir);
    // The user's own home: $GNUPGHOME, else ~/.gnupg. Never modified or removed by us.
    static GnupgHome user();

    ~GnupgHome();
    GnupgHome(GnupgHome&& other) noexcept;
    GnupgHome& operator=(GnupgHome&& other) noexcept;
    GnupgHome(const GnupgHome&) = delete;
    GnupgHome& operator=(const GnupgHome&) = delete;

    QString path() const { return m_path; }
    // True for a sealed home Firebreak created, whose trust it decides.
    bool isTemporary() const { return m_dir != nullptr; }
    // Stops gpg-agent and the other daemons of a temporary home (gpgconf --kill all, bounded wait).
    // Done by the destructor too; does nothing for the user's home.
    void shutDown();

private:
    GnupgHome(QString path, std::unique_ptr<QTemporaryDir> dir);
    void release();
    // gpgconf --kill all on path, then waits (bounded) for the daemons' sockets to go.
    static void stopDaemons(const QString& path);

    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir; // set only for a temporary home
};

} // namespace fb
