// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileLint.h"

#include "core/crypto/KeyringStore.h"
#include "core/profile/ProfileSection.h"

#include <QRegularExpression>
#include <QUrl>

namespace fb {

namespace {

LintFinding error(const QString& section, const QString& message)
{
    return {LintFinding::Severity::Error, section, message};
}

LintFinding warning(const QString& section, const QString& message)
{
    return {LintFinding::Severity::Warning, section, message};
}

} // namespace

QStringList ProfileLint::emailAddresses(const TeamProfile& profile)
{
    static const QRegularExpression address(QStringLiteral("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"));
    QStringList out;
    for (const char* section : {"2.7", "2.11"}) {
        for (auto it = address.globalMatch(profile.text.value(QString::fromLatin1(section))); it.hasNext();) {
            const QString a = it.next().captured(0).toLower();
            if (!out.contains(a))
                out.append(a);
        }
    }
    return out;
}

QList<LintFinding> ProfileLint::check(const TeamProfile& p, const ProfileLintContext& context)
{
    QList<LintFinding> out;
    for (const ProfileSection& section : ProfileSections::all()) {
        if (!section.required || section.number == QLatin1String("1.1"))
            continue; // 1.1 is set when signing
        if (p.hasContent(section.number))
            continue;
        if (section.number == QLatin1String("3.1"))
            out.append(error(section.number, tr("The mission statement (3.1) is empty.")));
        else if (section.number == QLatin1String("3.2"))
            out.append(error(section.number, tr("The constituency (3.2) is empty.")));
        else
            out.append(
                error(section.number,
                      tr("The required section %1 “%2” is missing or empty.").arg(section.number, section.title)));
    }

    if (p.lastUpdate.isValid() && context.newestChange.isValid() && p.lastUpdate < context.newestChange.toUTC().date())
        out.append(warning(
            QStringLiteral("1.1"),
            tr("The Date of Last Update (%1) is older than the newest change (%2); it is set anew "
               "when the profile is signed.")
                .arg(p.lastUpdate.toString(Qt::ISODate), context.newestChange.toUTC().date().toString(Qt::ISODate))));

    for (const QString& location : p.locations) {
        const QUrl url(location, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().toLower() != QLatin1String("https") || url.host().isEmpty())
            out.append(error(QStringLiteral("1.3"),
                             tr("“%1” is not an https URL; publish the document where readers can check where it "
                                "came from.")
                                 .arg(location)));
    }

    const QString signer = context.signingFingerprint.toUpper();
    if (signer.isEmpty()) {
        LintFinding finding = error(QStringLiteral("2.8"), tr("No team signing key is chosen, and no key is linked "
                                                              "to our team's directory entry."));
        finding.code = QLatin1String(kNoSigningKey);
        out.append(finding);
    } else {
        if (p.keyFingerprint.isEmpty())
            out.append(error(QStringLiteral("2.8"), tr("Section 2.8 names no key fingerprint; the key that will sign "
                                                       "is %1.")
                                                        .arg(groupedFingerprint(signer))));
        else if (p.keyFingerprint.toUpper() != signer)
            out.append(error(QStringLiteral("2.8"),
                             tr("The fingerprint in 2.8 (%1) is not that of the key that will sign (%2).")
                                 .arg(groupedFingerprint(p.keyFingerprint), groupedFingerprint(signer))));
        if (!context.signingKey) {
            out.append(error(QStringLiteral("2.8"),
                             tr("The signing key %1 is not in the GnuPG home.").arg(groupedFingerprint(signer))));
        } else {
            for (const KeyWarning& w : KeyringStore::warnings(*context.signingKey, context.now)) {
                switch (w.kind) {
                case KeyWarning::Kind::ExpiringSoon:
                    out.append(warning(QStringLiteral("2.8"), tr("The signing key: %1").arg(w.message)));
                    break;
                case KeyWarning::Kind::CannotEncrypt:
                    break; // a signing-only team key is fine for the profile
                default:
                    out.append(error(QStringLiteral("2.8"), tr("The signing key: %1").arg(w.message)));
                }
            }
            if (!context.signingKey->hasSecret)
                out.append(error(
                    QStringLiteral("2.8"),
                    tr("The secret part of the signing key %1 is not available.").arg(groupedFingerprint(signer))));
        }
    }

    for (const QString& address : emailAddresses(p))
        if (!context.emailsWithKey.contains(address))
            out.append(
                warning(QStringLiteral("2.7"),
                        tr("No OpenPGP key is known for %1; partners cannot write to it encrypted.").arg(address)));

    std::stable_sort(out.begin(), out.end(), [](const LintFinding& a, const LintFinding& b) {
        return ProfileSections::lessThan(a.field, b.field);
    });
    return out;
}

} // namespace fb
