// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for tests of unlocked sessions (the kernel keyring): a session keyring of the test's own, so that tests
// neither see nor leave keys in the keyring of whoever runs them, and a probe run as another user. Linux only;
// header-only, for the test executables that link libkeyutils.
#pragma once

#include <QByteArray>

#include <cerrno>
#include <functional>

#include <grp.h>
#include <keyutils.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fb::test {

// Puts this process, and the processes it starts from now on, in a new and empty anonymous session keyring (ctest
// runs each test case as a process of its own; a test binary run by hand gets a fresh one per test case).
inline bool joinNewSessionKeyring()
{
    return keyctl_join_session_keyring(nullptr) >= 0;
}

// The serial of the "user" key called `name` that this process can find in its session keyring; 0 when none.
inline key_serial_t findSessionKey(const QByteArray& name)
{
    const long id = keyctl_search(KEY_SPEC_SESSION_KEYRING, "user", name.constData(), 0);
    return id > 0 ? key_serial_t(id) : 0;
}

constexpr uid_t kNobody = 65534;

// Runs `probe` in a forked child as uid and gid 65534 (no groups) in a new session keyring of that user: another
// user on this machine. Returns the child's exit status, or -1 when it could not be run. Needs root.
inline int runAsOtherUser(const std::function<int()>& probe)
{
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setresgid(kNobody, kNobody, kNobody) != 0 ||
            ::setresuid(kNobody, kNobody, kNobody) != 0 || keyctl_join_session_keyring(nullptr) < 0)
            ::_exit(100);
        ::_exit(probe());
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace fb::test
