// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for tests of unlocked sessions (the kernel keyring): a session keyring of the test's own, so that tests
// neither see nor leave keys in the keyring of whoever runs them, and a probe run as another user. Linux only;
// header-only, for the test executables that link libkeyutils.
#pragma once

#include <QByteArray>

#include <cerrno>
#include <cstring>
#include <functional>

#include <grp.h>
#include <keyutils.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fb::test {

enum class KeyringAccess { Joined, Closed, Failed };

// Puts this process, and the processes it starts from now on, in a new and empty anonymous session keyring (ctest
// runs each test case as a process of its own; a test binary run by hand gets a fresh one per test case). Closed:
// the kernel refuses keyctl to this process altogether (ENOSYS, or EPERM/EACCES from a container's seccomp
// profile), so unlocked sessions cannot exist here.
inline KeyringAccess joinNewSessionKeyring(int* error = nullptr)
{
    if (keyctl_join_session_keyring(nullptr) >= 0)
        return KeyringAccess::Joined;
    const int e = errno;
    if (error)
        *error = e;
    return e == ENOSYS || e == EPERM || e == EACCES ? KeyringAccess::Closed : KeyringAccess::Failed;
}

} // namespace fb::test

// Starts a test of unlocked sessions in a session keyring of its own; where the kernel keyring is closed to this
// process the test says so loudly and ends, since there is nothing it could exercise. Any other failure fails it.
#define FB_JOIN_NEW_SESSION_KEYRING()                                                                                  \
    do {                                                                                                               \
        int fbKeyringError = 0;                                                                                        \
        const ::fb::test::KeyringAccess fbAccess = ::fb::test::joinNewSessionKeyring(&fbKeyringError);                 \
        if (fbAccess == ::fb::test::KeyringAccess::Closed) {                                                           \
            WARN("The kernel keyring is closed to this process (keyctl: " << std::strerror(fbKeyringError)             \
                                                                          << "): this test cannot run here.");         \
            return;                                                                                                    \
        }                                                                                                              \
        REQUIRE(fbAccess == ::fb::test::KeyringAccess::Joined);                                                        \
    } while (false)

namespace fb::test {

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
