// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisorySigner.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "tests/core/advisory/AdvisoryFixture.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace fb;

namespace {

int gpg(const QString& home, const QStringList& args, QByteArray* out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("gpg"), QStringList{QStringLiteral("--homedir"), home, QStringLiteral("--batch")} + args);
    REQUIRE(p.waitForFinished(60000));
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

TEST_CASE("AdvisorySigner: the clear-signed text verifies with stock gpg and a tampered copy fails")
{
    auto home = GnupgHome::createTemporary();
    REQUIRE(home);
    const QString path = home->path();
    REQUIRE(gpg(path, {QStringLiteral("--passphrase"), QString(), QStringLiteral("--pinentry-mode"),
                       QStringLiteral("loopback"), QStringLiteral("--quick-gen-key"),
                       QStringLiteral("Firebreak Test Team <cert@example.org>"), QStringLiteral("ed25519"),
                       QStringLiteral("sign"), QStringLiteral("never")}) == 0);
    OpenPgp pgp(*home);
    auto keys = pgp.listKeys(true);
    REQUIRE(keys);
    REQUIRE(keys->size() == 1);
    const QString fingerprint = keys->first().fingerprint;

    const Advisory advisory = test::sampleAdvisory();
    auto signedText = AdvisorySigner::clearSignedText(pgp, advisory, fingerprint);
    REQUIRE(signedText);
    CHECK(signedText->startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));
    CHECK(signedText->contains("TLP:GREEN"));
    CHECK(signedText->contains("J\xc3\xb6rg"));

    test::TempDir dir;
    const QString good = dir.file(QStringLiteral("advisory.txt.asc"));
    test::writeAll(good, *signedText);
    QByteArray output;
    CHECK(gpg(path, {QStringLiteral("--verify"), good}, &output) == 0);
    INFO(output.toStdString());
    CHECK(output.contains("Good signature"));

    QByteArray tampered = *signedText;
    tampered.replace("9.8 (Critical)", "3.1 (Low)");
    REQUIRE(tampered != *signedText);
    const QString bad = dir.file(QStringLiteral("tampered.txt.asc"));
    test::writeAll(bad, tampered);
    CHECK(gpg(path, {QStringLiteral("--verify"), bad}) != 0);

    QProcess::execute(QStringLiteral("gpgconf"),
                      {QStringLiteral("--homedir"), path, QStringLiteral("--kill"), QStringLiteral("all")});
}
