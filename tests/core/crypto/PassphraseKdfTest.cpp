// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PassphraseKdf.h"

#include <catch2/catch.hpp>

#include <sodium.h>

using namespace fb;

namespace {
SecretBytes secret(const char* text)
{
    return SecretBytes(text, std::strlen(text));
}
} // namespace

TEST_CASE("Argon2id key derivation is deterministic for a passphrase and salt", "[crypto][kdf]")
{
    const QByteArray salt = PassphraseKdf::randomSalt();
    REQUIRE(salt.size() == 16);
    auto a = PassphraseKdf::derive(secret("correct horse battery staple"), salt);
    auto b = PassphraseKdf::derive(secret("correct horse battery staple"), salt);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->size() == 32);
    CHECK(*a == *b);

    SECTION("another passphrase or salt gives another key")
    {
        auto c = PassphraseKdf::derive(secret("correct horse battery stapler"), salt);
        auto d = PassphraseKdf::derive(secret("correct horse battery staple"), PassphraseKdf::randomSalt());
        REQUIRE(c);
        REQUIRE(d);
        CHECK_FALSE(*a == *c);
        CHECK_FALSE(*a == *d);
    }
}

TEST_CASE("The KDF matches libsodium's Argon2id with the documented workspace parameters", "[crypto][kdf]")
{
    const KdfParams params = KdfParams::workspaceV1();
    CHECK(params.opsLimit >= 3);
    CHECK(params.memLimitBytes >= 64u * 1024 * 1024);

    const QByteArray salt(16, '\x07');
    auto key = PassphraseKdf::derive(secret("passphrase"), salt);
    REQUIRE(key);
    unsigned char expected[32];
    REQUIRE(crypto_pwhash(expected, sizeof expected, "passphrase", 10,
                          reinterpret_cast<const unsigned char*>(salt.constData()), 3, 64u * 1024 * 1024,
                          crypto_pwhash_ALG_ARGON2ID13) == 0);
    CHECK(std::memcmp(key->data(), expected, 32) == 0);
}

TEST_CASE("The KDF refuses what it cannot use", "[crypto][kdf]")
{
    auto empty = PassphraseKdf::derive(SecretBytes(), PassphraseKdf::randomSalt());
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == ErrorCode::BadInput);

    auto badSalt = PassphraseKdf::derive(secret("x"), QByteArray(8, 'a'));
    REQUIRE_FALSE(badSalt);
    CHECK(badSalt.error().code == ErrorCode::Internal);
}

TEST_CASE("SecretBytes takes and wipes plain buffers", "[crypto][secret]")
{
    QByteArray plain("hunter2");
    SecretBytes taken = SecretBytes::take(plain);
    CHECK(plain.isEmpty());
    CHECK(taken.size() == 7);
    CHECK(std::memcmp(taken.data(), "hunter2", 7) == 0);

    QString typed = QStringLiteral("pässword");
    SecretBytes utf8 = SecretBytes::takeUtf8(typed);
    CHECK(typed.isEmpty());
    CHECK(utf8.size() == 9);

    SecretBytes hex = SecretBytes("\x01\xab", 2).toHex();
    CHECK(hex.size() == 4);
    CHECK(std::memcmp(hex.data(), "01ab", 4) == 0);

    SecretBytes moved = std::move(taken);
    CHECK(taken.isEmpty());
    CHECK(moved.size() == 7);
    moved.clear();
    CHECK(moved.isEmpty());
}
