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
    REQUIRE(joinNewSessionKeyring());
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
    REQUIRE(joinNewSessionKeyring());
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
    REQUIRE(joinNewSessionKeyring());
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
    REQUIRE(joinNewSessionKeyring());
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
    REQUIRE(joinNewSessionKeyring());
    KeyringSession keyring;
    REQUIRE(keyring.store("firebreak:one", secretOf("one"), 60s));
    REQUIRE(keyring.store("firebreak:two", secretOf("two"), 60s));
    REQUIRE(keyring.store("another-program:three", secretOf("three"), 60s));
    auto count = keyring.forgetAll("firebreak:");
    REQUIRE(count);
    CHECK(*count == 2);
    CHECK_FALSE(keyring.find("firebreak:one").has_value());
    CHECK_FALSE(keyring.find("firebreak:two").has_value());
    CHECK(keyring.find("another-program:three").has_value());
    CHECK(keyring.forget("another-program:three").has_value());
}

TEST_CASE("store refuses an empty or oversized secret and a lifetime of zero")
{
    REQUIRE(joinNewSessionKeyring());
    KeyringSession keyring;
    CHECK_FALSE(keyring.store("firebreak:bad", SecretBytes(), 60s));
    CHECK_FALSE(keyring.store("firebreak:bad", SecretBytes(KeyringSession::kMaxSecretSize + 1), 60s));
    CHECK_FALSE(keyring.store("firebreak:bad", secretOf("fine"), 0s));
    CHECK_FALSE(keyring.find("firebreak:bad").has_value());
}
