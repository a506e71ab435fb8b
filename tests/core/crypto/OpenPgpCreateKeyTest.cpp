// SPDX-License-Identifier: GPL-3.0-or-later
// OpenPgp::createKey: a real key pair in a sealed home that the stock gpg signs and verifies with.
#include "core/base/Job.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "tests/TestSupport.h"
#include "tests/core/crypto/GpgTestSupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>

using namespace fb;
using fb::test::gpg;
using fb::test::makeHome;
using fb::test::secret;

namespace {

const QByteArray kText("Our first advisory.\n\nSigned with the key the first-run guide made.\n");

PassphraseCallback passphrase(const char* text, int* asked = nullptr)
{
    return [text, asked](const QString&) -> std::optional<SecretBytes> {
        if (asked)
            ++*asked;
        return secret(text);
    };
}

} // namespace

TEST_CASE("A created key has the user id, signs, encrypts and expires in two years", "[crypto][openpgp][createkey]")
{
    GnupgHome home = makeHome();
    const auto algorithm = GENERATE(NewKeySpec::Algorithm::Ed25519, NewKeySpec::Algorithm::Rsa3072);
    int asked = 0;
    OpenPgp pgp(home, passphrase("correct horse battery staple", &asked));
    QList<JobProgress> reports;
    DirectJobControl control([&reports](const JobProgress& p) { reports.append(p); });

    NewKeySpec spec;
    spec.name = QStringLiteral("CERT-X");
    spec.email = QStringLiteral("cert@example.org");
    spec.algorithm = algorithm;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto made = pgp.createKey(spec, control);
    INFO((made ? QString() : made.error().toString()).toStdString());
    REQUIRE(made);
    CHECK(asked >= 1); // the passphrase came through the loopback callback
    CHECK(made->fingerprint.size() == 40);
    CHECK(made->userIds == QStringList{QStringLiteral("CERT-X <cert@example.org>")});
    CHECK(made->hasSecret);
    CHECK(made->canSign);
    CHECK(made->canEncrypt);
    CHECK(made->algorithm.contains(algorithm == NewKeySpec::Algorithm::Ed25519 ? QStringLiteral("25519")
                                                                               : QStringLiteral("3072")));
    REQUIRE(made->expires.isValid());
    const qint64 days = before.daysTo(made->expires);
    CHECK(days >= 729);
    CHECK(days <= 731);
    REQUIRE_FALSE(reports.isEmpty());
    CHECK(reports.last().done == reports.last().total);

    // The stock gpg sees the secret key and accepts what it signs.
    const auto listed =
        gpg(home, {QStringLiteral("--with-colons"), QStringLiteral("--list-secret-keys"), made->fingerprint});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains("CERT-X <cert@example.org>"));
    auto signedText = pgp.clearSign(kText, made->fingerprint);
    REQUIRE(signedText);
    const auto verified = gpg(home, {QStringLiteral("--verify")}, *signedText);
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.err.contains("Good signature"));
    CHECK(verified.err.contains("CERT-X <cert@example.org>"));

    SECTION("the passphrase protects it: a wrong one cannot sign")
    {
        OpenPgp wrong(home, passphrase("not the passphrase"));
        auto refused = wrong.clearSign(kText, made->fingerprint);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::WrongPassphrase);
    }
}

TEST_CASE("Key creation refuses bad input and a missing passphrase, and creates nothing",
          "[crypto][openpgp][createkey]")
{
    GnupgHome home = makeHome();
    DirectJobControl control;
    NewKeySpec spec;
    spec.name = QStringLiteral("CERT-X");
    spec.email = QStringLiteral("cert@example.org");

    SECTION("no e-mail address")
    {
        spec.email = QStringLiteral("cert at example.org");
        auto refused = OpenPgp(home, passphrase("x")).createKey(spec, control);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::BadInput);
        CHECK(refused.error().where == QStringLiteral("email"));
    }
    SECTION("a name that would break the user id")
    {
        spec.name = QStringLiteral("CERT <X>");
        auto refused = OpenPgp(home, passphrase("x")).createKey(spec, control);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().where == QStringLiteral("name"));
    }
    SECTION("no passphrase to protect it")
    {
        auto refused = OpenPgp(home).createKey(spec, control);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::WrongPassphrase);
    }
    SECTION("the user cancels the passphrase question")
    {
        QStringList asked;
        auto refused = OpenPgp(home, [&asked](const QString& description) -> std::optional<SecretBytes> {
                           asked.append(description);
                           return std::nullopt;
                       }).createKey(spec, control);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Cancelled);
        CHECK(asked == QStringList{QStringLiteral("CERT-X <cert@example.org>")});
    }
    SECTION("an empty passphrase")
    {
        auto refused = OpenPgp(home, [](const QString&) -> std::optional<SecretBytes> {
                           return SecretBytes();
                       }).createKey(spec, control);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::WrongPassphrase);
    }
    SECTION("the job is cancelled")
    {
        control.cancel();
        auto refused = OpenPgp(home, passphrase("x")).createKey(spec, control);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Cancelled);
    }
    auto secrets = OpenPgp(home).listKeys(true);
    REQUIRE(secrets);
    CHECK(secrets->isEmpty());
    auto publics = OpenPgp(home).listKeys(false);
    REQUIRE(publics);
    CHECK(publics->isEmpty());
}

TEST_CASE("A key cancelled while it is being made is not left behind", "[crypto][openpgp][createkey]")
{
    GnupgHome home = makeHome();
    const auto made = [&home]() {
        auto keys = OpenPgp(home).listKeys(false);
        REQUIRE(keys);
        return keys->size();
    };
    int asked = 0;
    OpenPgp pgp(home, [&asked](const QString&) -> std::optional<SecretBytes> {
        ++asked;
        return secret("correct horse battery staple");
    });
    NewKeySpec spec;
    spec.name = QStringLiteral("CERT-X");
    spec.email = QStringLiteral("cert@example.org");
    // The cancel comes from a progress report while GnuPG is at work: on the signing key, or on the subkey, when
    // the signing key is already in the home.
    const int cancelAt = GENERATE(1, 2);
    CAPTURE(cancelAt);
    DirectJobControl* controlPtr = nullptr;
    int steps = 0;
    bool primaryWasThere = false;
    DirectJobControl control([&](const JobProgress& progress) {
        if (progress.done >= 1000 && steps == 0)
            steps = 1; // the subkey step began
        if (steps == 0 && cancelAt == 1)
            controlPtr->cancel();
        if (steps == 1 && cancelAt == 2 && !controlPtr->isCancelled()) {
            primaryWasThere = made() == 1;
            controlPtr->cancel();
        }
    });
    controlPtr = &control;
    auto refused = pgp.createKey(spec, control);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Cancelled);
    CHECK(asked == 1);
    if (cancelAt == 2)
        CHECK(primaryWasThere);
    CHECK(made() == 0);
    auto secrets = OpenPgp(home).listKeys(true);
    REQUIRE(secrets);
    CHECK(secrets->isEmpty());
}
