// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProfileView.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/crypto/KeyInfo.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfileRenderer.h"

namespace fb {

namespace {

QString severityKey(LintFinding::Severity severity)
{
    return severity == LintFinding::Severity::Error ? s("error") : s("warning");
}

} // namespace

QString ProfileView::message(const LintFinding& finding)
{
    if (finding.code == QLatin1String(ProfileLint::kNoSigningKey))
        return finding.message + QLatin1Char(' ') + tr("Choose one with “profile edit --signing-key”.");
    return finding.message;
}

QString ProfileView::findings(const QList<LintFinding>& findings)
{
    if (findings.isEmpty())
        return tr("No problems found.") + QLatin1Char('\n');
    TextTable table({tr("SEVERITY"), tr("SECTION"), tr("PROBLEM")});
    for (const LintFinding& f : findings)
        table.addRow({f.severity == LintFinding::Severity::Error ? tr("error") : tr("warning"), f.field, message(f)});
    return table.toString();
}

QJsonArray ProfileView::findingsJson(const QList<LintFinding>& findings)
{
    QJsonArray array;
    for (const LintFinding& f : findings)
        array.append(
            QJsonObject{{s("severity"), severityKey(f.severity)}, {s("section"), f.field}, {s("message"), message(f)}});
    return array;
}

QString ProfileView::verification(const ProfileVerification& v)
{
    QString out;
    out += tr("Signature: %1").arg(shortLabel(v.signature.status)) + QLatin1Char('\n');
    out += sentence(v.signature) + QLatin1Char('\n');
    if (!v.signature.signerUserId.isEmpty())
        out += tr("Signer: %1").arg(v.signature.signerUserId) + QLatin1Char('\n');
    if (!v.signature.fingerprint.isEmpty())
        out += tr("Fingerprint: %1")
                   .arg(groupedFingerprint(v.signerPrimaryFingerprint.isEmpty() ? v.signature.fingerprint
                                                                                : v.signerPrimaryFingerprint)) +
               QLatin1Char('\n');
    if (v.signature.signedAt.isValid())
        out += tr("Signed: %1").arg(CliContext::localTime(v.signature.signedAt)) + QLatin1Char('\n');
    if (v.profile) {
        if (v.profile->lastUpdate.isValid())
            out += tr("Date of Last Update: %1").arg(v.profile->lastUpdate.toString(Qt::ISODate)) + QLatin1Char('\n');
        out +=
            tr("Key named in 2.8: %1")
                .arg(v.profile->keyFingerprint.isEmpty() ? tr("none") : groupedFingerprint(v.profile->keyFingerprint)) +
            QLatin1Char('\n');
        if (const QString signer = ProfileVerifier::signerSentence(v); !signer.isEmpty())
            out += signer + QLatin1Char('\n');
    } else {
        out += tr("The signed text is not an RFC 2350 document: %1").arg(v.parseProblem) + QLatin1Char('\n');
    }
    if (v.signature.status != SignatureStatus::ValidTrusted)
        out += guidance(v.signature.status) + QLatin1Char('\n');
    return out;
}

QJsonObject ProfileView::verificationJson(const ProfileVerification& v)
{
    return QJsonObject{
        {s("status"), ProfileVerifier::statusKey(v.signature.status)},
        {s("sentence"), sentence(v.signature)},
        {s("signer"), v.signature.signerUserId},
        {s("fingerprint"), v.signerPrimaryFingerprint.isEmpty() ? v.signature.fingerprint : v.signerPrimaryFingerprint},
        {s("signedAt"), CliContext::isoUtc(v.signature.signedAt)},
        {s("lastUpdate"), v.profile && v.profile->lastUpdate.isValid()
                              ? QJsonValue(v.profile->lastUpdate.toString(Qt::ISODate))
                              : QJsonValue()},
        {s("profileFingerprint"), v.profile ? QJsonValue(v.profile->keyFingerprint) : QJsonValue()},
        {s("signerIsProfileKey"), v.signerIsProfileKey},
        {s("signerCheck"), ProfileVerifier::signerCheckKey(v.signerCheck)},
        {s("good"), v.isGood()},
    };
}

QString ProfileView::versions(const QList<ProfileVersion>& versions)
{
    TextTable table(
        {tr("VERSION"), tr("LANGUAGE"), tr("PUBLISHED"), tr("DATE OF LAST UPDATE"), tr("SIGNER"), tr("BY")});
    for (const ProfileVersion& v : versions)
        table.addRow({QString::number(v.version), v.language, CliContext::localTime(v.publishedAt),
                      v.profile.lastUpdate.toString(Qt::ISODate), groupedFingerprint(v.signer), v.actor});
    return table.toString();
}

QJsonArray ProfileView::versionsJson(const QList<ProfileVersion>& versions)
{
    QJsonArray array;
    for (const ProfileVersion& v : versions)
        array.append(QJsonObject{{s("version"), v.version},
                                 {s("language"), v.language},
                                 {s("publishedAt"), CliContext::isoUtc(v.publishedAt)},
                                 {s("lastUpdate"), v.profile.lastUpdate.toString(Qt::ISODate)},
                                 {s("signer"), v.signer},
                                 {s("actor"), v.actor}});
    return array;
}

QString ProfileView::importOutcome(const ProfileImportOutcome& outcome, const Team& team)
{
    QString out = outcome.created ? tr("Added team #%1 (%2).").arg(outcome.teamId).arg(team.displayName())
                                  : tr("Updated team #%1 (%2).").arg(outcome.teamId).arg(team.displayName());
    out += QLatin1Char('\n');
    for (const QString& kept : outcome.report.keptEdits)
        out += kept + QLatin1Char('\n');
    for (const ImportProblem& problem : outcome.report.problems)
        out += problem.position + QStringLiteral(": ") + problem.message + QLatin1Char('\n');
    out += tr("Signature: %1").arg(shortLabel(outcome.verification.signature.status)) + QLatin1Char('\n');
    if (const QString signer = ProfileVerifier::signerSentence(outcome.verification); !signer.isEmpty())
        out += signer + QLatin1Char('\n');
    if (!outcome.heldBackKey.isEmpty())
        out +=
            tr("The key named in 2.8 (%1) was NOT linked to the team.").arg(groupedFingerprint(outcome.heldBackKey)) +
            QLatin1Char('\n');
    for (const QString& network : outcome.constituencyNotUnderstood)
        out += tr("Constituency (3.2), not taken: %1").arg(network) + QLatin1Char('\n');
    if (outcome.signerAccepted)
        out += tr("You accepted the signer: the key named in 2.8 is linked to the team.") + QLatin1Char('\n');
    if (outcome.verification.profile && !outcome.verification.profile->unmapped.isEmpty())
        out += tr("%n part(s) of the document map to no RFC 2350 section; they are kept with the import "
                  "(profile show --team).",
                  nullptr, static_cast<int>(outcome.verification.profile->unmapped.size())) +
               QLatin1Char('\n');
    return out;
}

QJsonObject ProfileView::importOutcomeJson(const ProfileImportOutcome& outcome, const Team& team)
{
    QJsonArray unmapped;
    if (outcome.verification.profile)
        for (const UnmappedText& u : outcome.verification.profile->unmapped)
            unmapped.append(QJsonObject{{s("heading"), u.heading}, {s("text"), u.text}});
    QJsonArray skipped;
    for (const ImportProblem& problem : outcome.report.problems)
        skipped.append(QJsonObject{{s("position"), problem.position}, {s("message"), problem.message}});
    QJsonArray constituency;
    for (const ConstituencyEntry& e : team.constituency)
        constituency.append(e.value);
    return QJsonObject{{s("teamId"), outcome.teamId},
                       {s("team"), team.displayName()},
                       {s("created"), outcome.created},
                       {s("importId"), outcome.importId},
                       {s("signature"), verificationJson(outcome.verification)},
                       {s("keptEdits"), QJsonArray::fromStringList(outcome.report.keptEdits)},
                       {s("heldBackKey"), outcome.heldBackKey},
                       {s("signerAccepted"), outcome.signerAccepted},
                       {s("constituency"), constituency},
                       {s("constituencyNotUnderstood"), QJsonArray::fromStringList(outcome.constituencyNotUnderstood)},
                       {s("unmapped"), unmapped},
                       {s("skipped"), skipped}};
}

QString ProfileView::profile(const TeamProfile& p)
{
    QString out = ProfileRenderer::toText(p);
    for (const UnmappedText& u : p.unmapped) {
        out += QLatin1Char('\n') + tr("[Not mapped to RFC 2350] %1").arg(u.heading) + QLatin1Char('\n');
        for (const QString& line : u.text.split(QLatin1Char('\n')))
            out += QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    return out;
}

} // namespace fb
