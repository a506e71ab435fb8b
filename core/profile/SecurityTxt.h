// SPDX-License-Identifier: GPL-3.0-or-later
// SecurityTxt: an RFC 9116 security.txt made from the team profile (Contact, Expires, Encryption,
// Preferred-Languages, Canonical, Policy pointing at the RFC 2350 document), read back, and linted against the
// RFC's rules. Signing is OpenPGP clear-signing, as for the profile (OpenPgp::clearSign).
#pragma once

#include "core/base/LintFinding.h"
#include "core/base/Result.h"
#include "core/profile/TeamProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

struct SecurityTxtField
{
    QString name; // as written ("Contact")
    QString value;
    int line = 0; // 1-based line in the text
};

struct SecurityTxtOptions
{
    QDateTime expires;     // UTC; invalid: now + kDefaultValidityDays
    QString canonicalUrl;  // empty: https://<host of the first https location>/.well-known/security.txt
    QString policyUrl;     // empty: the first https location of 1.3 (the RFC 2350 document)
    QString encryptionUri; // empty: openpgp4fpr:<2.8 fingerprint>
};

class SecurityTxt
{
    Q_DECLARE_TR_FUNCTIONS(fb::SecurityTxt)

public:
    SecurityTxt() = delete;

    static constexpr int kDefaultValidityDays = 180;

    // Fields in RFC 9116 order; Contact from the e-mail addresses of 2.7 (mailto:) then 2.11's. BadInput when
    // the profile gives no contact.
    static Result<QList<SecurityTxtField>> fromProfile(const TeamProfile& profile, const SecurityTxtOptions& options,
                                                       const QDateTime& now);
    static QString render(const QList<SecurityTxtField>& fields);
    // Reads "Field: value" lines, skipping comments and blank lines; a line that is neither is BadInput
    // (where = "line N"). For a signed file, pass the signed text (ProfileVerifier/OpenPgp unwrap it).
    static Result<QList<SecurityTxtField>> parse(const QString& text);
    // RFC 9116: Contact at least once; Expires exactly once, an RFC 3339 time in the future and less than a
    // year ahead; Preferred-Languages and Expires at most once; web URIs (Contact, Canonical, Encryption,
    // Policy...) must be https. field = "Name" or "line N".
    static QList<LintFinding> lint(const QString& text, const QDateTime& now);
};

} // namespace fb
