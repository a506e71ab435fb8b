// SPDX-License-Identifier: GPL-3.0-or-later
// UserHome: the team key lives in the user's own GnuPG home (GnupgHome::user()); for a GUI test, the test's sealed
// home is that home while a UserHome is in scope.
#pragma once

#include "core/crypto/GnupgHome.h"

#include <QByteArray>
#include <QThreadPool>
#include <QtGlobal>

namespace fb::test {

class UserHome
{
public:
    // The environment changes only while no job runs: a job's gpg may be reading it (setenv is not thread-safe).
    explicit UserHome(const GnupgHome& home)
        : m_previous(qgetenv("GNUPGHOME"))
    {
        QThreadPool::globalInstance()->waitForDone();
        qputenv("GNUPGHOME", home.path().toLocal8Bit());
    }
    ~UserHome()
    {
        QThreadPool::globalInstance()->waitForDone();
        qputenv("GNUPGHOME", m_previous);
    }
    UserHome(const UserHome&) = delete;
    UserHome& operator=(const UserHome&) = delete;

private:
    QByteArray m_previous;
};

} // namespace fb::test
