// SPDX-License-Identifier: GPL-3.0-or-later
// GnupgHome: a GnuPG home directory. Either a sealed, private and temporary one that Firebreak owns
// (its agents are shut down and the folder removed when the object goes away), or the user's own.
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

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

    // A fresh 0700 folder under QDir::tempPath() (or /tmp when that path is too long for the agent's
    // sockets) with a gpg.conf for the direct trust model and no network, and a gpg-agent.conf that
    // allows loopback pinentry and caches no passphrase.
    static Result<GnupgHome> createTemporary();
    // The same below another folder; falls back to /tmp when baseDir is too long. For tests.
    static Result<GnupgHome> createTemporaryIn(const QString& baseDir);
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

    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir; // set only for a temporary home
};

} // namespace fb
