// SPDX-License-Identifier: GPL-3.0-or-later
// KeyringSession: secrets kept in the kernel keyring with a timeout, readable by their possessor only.
#include "core/crypto/KeyringSession.h"

#include "tests/KeyringTestSupport.h"

#include <QThread>

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;
using namespace std::chrono_literals;

namespace {

SecretBytes secretOf(const char* text)
{
    return SecretBytes(text, std::strlen(text));
}

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

} // namespace

TEST_CASE("a kept secret is found, replaced and forgotten")
{
    FB_JOIN_NEW_SESSION_KEYRING();
    KeyringSession keyring;
    REQUIRE(keyring.isAvailable());
    const QByteArray name = "firebreak:test-kept";
    CHECK_FALSE(keyring.find(name).has_value());

    REQUIRE(keyring.store(name, secretOf("0123456789abcdef0123456789abcdef"), 60s));
    auto found = keyring.find(name);
    REQUIRE(found.has_value());
    CHECK(bytesOf(*found) == "0123456789abcdef0123456789abcdef");
    CHECK_FALSE(keyring.find("firebreak:test-other").has_value());

    // Storing again replaces: one key under the name, with the new bytes.
    REQUIRE(keyring.store(name, secretOf("the second secret"), 60s));
    CHECK(bytesOf(*keyring.find(name)) == "the second secret");
    auto forgotten = keyring.forget(name);
    REQUIRE(forgotten);
    CHECK(*forgotten);
    CHECK_FALSE(keyring.find(name).has_value());
    auto again = keyring.forget(name);
    REQUIRE(again);
    CHECK_FALSE(*again);
}

TEST_CASE("a kept secret is readable by its possessor only and cannot be changed")
{
    FB_JOIN_NEW_SESSION_KEYRING();
    KeyringSession keyring;
    const QByteArray name = "firebreak:test-permissions";
    REQUIRE(keyring.store(name, secretOf("permissions"), 60s));
    const key_serial_t key = findSessionKey(name);
    REQUIRE(key > 0);
    char* description = nullptr;
    REQUIRE(keyctl_describe_alloc(key, &description) > 0);
    const QList<QByteArray> fields = QByteArray(description).split(';');
    std::free(description);
    REQUIRE(fields.size() >= 5);
    CHECK(fields.at(0) == "user");
    CHECK(fields.at(4) == name);
    const key_perm_t expected = KEY_POS_VIEW | KEY_POS_READ | KEY_POS_SEARCH | KEY_USR_VIEW | KEY_USR_READ;
    CHECK(fields.at(3).toUInt(nullptr, 16) == expected);
    // Neither group nor others get anything, and nobody may write it.
    CHECK((fields.at(3).toUInt(nullptr, 16) & (KEY_GRP_ALL | KEY_OTH_ALL | KEY_POS_WRITE | KEY_USR_WRITE)) == 0);
    CHECK(keyctl_update(key, "x", 1) < 0);
}

TEST_CASE("another user can neither read nor find a kept secret")
{
    if (::geteuid() != 0) {
        WARN("Skipped: running a probe as another user needs root.");
        return;
    }
    FB_JOIN_NEW_SESSION_KEYRING();
    KeyringSession keyring;
    const QByteArray name = "firebreak:test-other-user";
    REQUIRE(keyring.store(name, secretOf("not for nobody"), 60s));
    const key_serial_t key = findSessionKey(name);
    REQUIRE(key > 0);
    const int status = runAsOtherUser([key, name] {
        char buffer[64];
        if (keyctl_read(key, buffer, sizeof buffer) >= 0)
            return 1; // read by its serial
        if (errno != EACCES)
            return 2;
        char* description = nullptr;
        if (keyctl_describe_alloc(key, &description) >= 0)
            return 3; // may not even see it
        if (keyctl_search(KEY_SPEC_SESSION_KEYRING, "user", name.constData(), 0) >= 0 ||
            keyctl_search(KEY_SPEC_USER_KEYRING, "user", name.constData(), 0) >= 0)
            return 4;
        KeyringSession theirs;
        if (theirs.find(name).has_value())
            return 5;
        return 0;
    });
    CHECK(status == 0);
    // Still there for its owner.
    CHECK(keyring.find(name).has_value());
}

TEST_CASE("a kept secret is gone after its timeout")
{
    FB_JOIN_NEW_SESSION_KEYRING();
    KeyringSession keyring;
    const QByteArray name = "firebreak:test-timeout";
    // The kernel counts whole seconds: a 3-second key lives at least 2 seconds.
    REQUIRE(keyring.store(name, secretOf("short-lived"), 3s));
    CHECK(keyring.find(name).has_value());
    QThread::msleep(4500);
    CHECK_FALSE(keyring.find(name).has_value());
    // Forgetting an expired key is not an error.
    CHECK(keyring.forget(name).has_value());
}

TEST_CASE("forgetAll forgets the keys with the prefix and leaves the others")
{
    FB_JOIN_NEW_SESSION_KEYRING();
    KeyringSession keyring;
    // A prefix of this run's own: the user keyring is searched too, and may hold keys of whoever runs the tests.
    const QByteArray prefix = "firebreak-test-" + QByteArray::number(::getpid()) + ":";
    REQUIRE(keyring.store(prefix + "one", secretOf("one"), 60s));
    REQUIRE(keyring.store(prefix + "two", secretOf("two"), 60s));
    REQUIRE(keyring.store("another-program:three", secretOf("three"), 60s));
    auto count = keyring.forgetAll(prefix);
    REQUIRE(count);
    CHECK(*count == 2);
    CHECK_FALSE(keyring.find(prefix + "one").has_value());
    CHECK_FALSE(keyring.find(prefix + "two").has_value());
    CHECK(keyring.find("another-program:three").has_value());
    CHECK(keyring.forget("another-program:three").has_value());
}

TEST_CASE("store refuses an empty or oversized secret and a lifetime of zero")
{
    FB_JOIN_NEW_SESSION_KEYRING();
    KeyringSession keyring;
    CHECK_FALSE(keyring.store("firebreak:bad", SecretBytes(), 60s));
    CHECK_FALSE(keyring.store("firebreak:bad", SecretBytes(KeyringSession::kMaxSecretSize + 1), 60s));
    CHECK_FALSE(keyring.store("firebreak:bad", secretOf("fine"), 0s));
    CHECK_FALSE(keyring.find("firebreak:bad").has_value());
}

TEST_CASE("without a session keyring of its own, a kept secret goes to the user keyring and outlives the process")
{
    // A child whose session keyring is the user's default one, as for a process started without pam_keyinit (or in
    // a container): adding to "the session keyring" there would make a new keyring that dies with the process.
    const QByteArray name = "firebreak:test-user-keyring-fallback";
    const QByteArray userSession = "_uid_ses." + QByteArray::number(::getuid());
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (keyctl_join_session_keyring(userSession.constData()) < 0)
            ::_exit(10);
        KeyringSession keyring;
        ::_exit(keyring.store(name, secretOf("user keyring"), 60s) ? 0 : 11);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 10) {
        WARN("Skipped: cannot join the user's default session keyring here.");
        return;
    }
    REQUIRE(WEXITSTATUS(status) == 0);
    // The child is gone; its key is in the user keyring, which this process reaches too.
    FB_JOIN_NEW_SESSION_KEYRING();
    const long key = keyctl_search(KEY_SPEC_USER_KEYRING, "user", name.constData(), 0);
    CHECK(key > 0);
    CHECK(KeyringSession().find(name).has_value());
    // Forgotten from a process with a session keyring of its own (which does not possess the user keyring's keys):
    // nothing stays in the user keyring of whoever runs the tests.
    auto forgotten = KeyringSession().forget(name);
    REQUIRE(forgotten);
    CHECK(*forgotten);
    CHECK_FALSE(KeyringSession().find(name).has_value());
    CHECK(keyctl_search(KEY_SPEC_USER_KEYRING, "user", name.constData(), 0) < 0);
}
