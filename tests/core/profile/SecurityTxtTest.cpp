// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenPgp.h"
#include "core/profile/SecurityTxt.h"
#include "tests/core/crypto/GpgTestSupport.h"
#include "tests/core/profile/ProfileFixture.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

QStringList fieldsWithErrors(const QString& text)
{
    QStringList out;
    for (const LintFinding& f : SecurityTxt::lint(text, kNow))
        if (f.severity == LintFinding::Severity::Error)
            out.append(f.field);
    return out;
}

} // namespace

TEST_CASE("SecurityTxt: made from the profile, it passes the RFC 9116 lint")
{
    auto fields = SecurityTxt::fromProfile(test::sampleProfile(), {}, kNow);
    REQUIRE(fields);
    const QString text = SecurityTxt::render(*fields);
    CHECK(text == QStringLiteral("Contact: mailto:cert@cert-xx.example.org\n"
                                 "Expires: 2026-08-29T09:00:00Z\n"
                                 "Encryption: openpgp4fpr:0123456789abcdef0123456789abcdef01234567\n"
                                 "Preferred-Languages: en, de\n"
                                 "Canonical: https://cert-xx.example.org/.well-known/security.txt\n"
                                 "Policy: https://cert-xx.example.org/rfc2350.txt\n"));
    CHECK(SecurityTxt::lint(text, kNow).isEmpty());
    auto parsed = SecurityTxt::parse(text);
    REQUIRE(parsed);
    CHECK(parsed->size() == 6);
    CHECK(parsed->at(1).line == 2);

    TeamProfile none = test::sampleProfile();
    none.text.remove(QStringLiteral("2.7"));
    none.text.remove(QStringLiteral("2.11"));
    CHECK(SecurityTxt::fromProfile(none, {}, kNow).error().code == ErrorCode::BadInput);
}

TEST_CASE("SecurityTxt: the lint rules of RFC 9116")
{
    const QString contact = QStringLiteral("Contact: mailto:cert@example.org\n");
    const QString expires = QStringLiteral("Expires: 2026-12-31T23:59:00Z\n");
    CHECK(fieldsWithErrors(contact + expires).isEmpty());
    CHECK(fieldsWithErrors(expires) == QStringList{QStringLiteral("Contact")});
    CHECK(fieldsWithErrors(contact) == QStringList{QStringLiteral("Expires")});
    CHECK(fieldsWithErrors(contact + QStringLiteral("Expires: 2027-06-01T00:00:00Z\n")).size() == 1); // > 1 year
    CHECK(fieldsWithErrors(contact + QStringLiteral("Expires: 2026-01-01T00:00:00Z\n")).size() == 1); // expired
    CHECK(fieldsWithErrors(contact + QStringLiteral("Expires: 31 Dec 2026\n")).size() == 1);
    CHECK(fieldsWithErrors(contact + expires + expires) == QStringList{QStringLiteral("Expires")});
    CHECK(fieldsWithErrors(QStringLiteral("Contact: http://example.org/contact\n") + expires).size() == 1);
    CHECK(fieldsWithErrors(contact + expires + QStringLiteral("this is not a field\n")).size() == 1);
    CHECK(fieldsWithErrors(QStringLiteral("# a comment\n\n") + contact + expires).isEmpty());
}

TEST_CASE("SecurityTxt: the clear-signed file verifies with stock gpg and passes the lint")
{
    GnupgHome home = test::makeHome();
    const QString fpr = test::generateKey(home, QStringLiteral("CERT-XX <cert@cert-xx.example.org>"));
    OpenPgp pgp(home);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto fields = SecurityTxt::fromProfile(test::sampleProfile(fpr), {}, now);
    REQUIRE(fields);
    auto signedText = pgp.clearSign(SecurityTxt::render(*fields).toUtf8(), fpr);
    REQUIRE(signedText);
    test::TempDir dir;
    const QString file = dir.file(QStringLiteral("security.txt"));
    test::writeAll(file, *signedText);
    const test::GpgRun run = test::gpg(home, {QStringLiteral("--verify"), file});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    auto verified = pgp.verifyClearSigned(*signedText);
    REQUIRE(verified);
    CHECK(verified->status == SignatureStatus::ValidTrusted);
    CHECK(SecurityTxt::lint(QString::fromUtf8(verified->signedData), now).isEmpty());
    home.shutDown();
}
