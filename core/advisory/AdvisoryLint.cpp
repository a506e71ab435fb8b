// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryLint.h"

#include "core/advisory/CsafMandatoryTests.h"
#include "core/advisory/CsafWriter.h"
#include "core/advisory/Cvss31.h"
#include "core/observables/Observable.h"

#include <QRegularExpression>
#include <QUrl>

namespace fb {

bool AdvisoryLint::isCwe(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^CWE-[1-9][0-9]*$"));
    return pattern.match(text).hasMatch();
}

bool AdvisoryLint::isWebUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http")) &&
           !url.host().isEmpty() && !text.contains(QLatin1Char(' '));
}

QList<LintFinding> AdvisoryLint::check(const Advisory& a)
{
    QList<LintFinding> out;
    auto error = [&out](const QString& field, const QString& message) {
        out.append({LintFinding::Severity::Error, field, message});
    };
    auto warning = [&out](const QString& field, const QString& message) {
        out.append({LintFinding::Severity::Warning, field, message});
    };

    if (a.identifier.trimmed().isEmpty())
        error(QStringLiteral("identifier"), tr("The advisory has no identifier."));
    if (a.title.trimmed().isEmpty())
        error(QStringLiteral("title"), tr("The advisory has no title."));
    if (a.summary.trimmed().isEmpty())
        error(QStringLiteral("summary"), tr("The advisory has no summary."));
    if (a.description.trimmed().isEmpty())
        warning(QStringLiteral("description"), tr("The advisory has no description."));
    if (a.products.isEmpty())
        error(QStringLiteral("products"), tr("The advisory names no affected product."));
    for (qsizetype i = 0; i < a.products.size(); ++i) {
        const auto& p = a.products[i];
        const QString field = QStringLiteral("products[%1]").arg(i);
        if (p.vendor.trimmed().isEmpty() || p.product.trimmed().isEmpty())
            error(field, tr("Product %1 needs a vendor and a product name.").arg(i + 1));
    }
    if (a.vulnerabilities.isEmpty())
        warning(QStringLiteral("vulnerabilities"), tr("The advisory lists no vulnerability (CVE, CWE or CVSS)."));
    for (qsizetype i = 0; i < a.vulnerabilities.size(); ++i) {
        const auto& v = a.vulnerabilities[i];
        const QString field = QStringLiteral("vulnerabilities[%1]").arg(i);
        if (!v.cve.isEmpty() && !Observables::normalise(ObservableType::Cve, v.cve))
            error(field + QStringLiteral(".cve"), tr("%1 is not a CVE identifier.").arg(v.cve));
        if (!v.cwe.isEmpty() && !isCwe(v.cwe))
            error(field + QStringLiteral(".cwe"), tr("%1 is not a CWE identifier (CWE-number).").arg(v.cwe));
        if (!v.cwe.isEmpty() && v.cweName.trimmed().isEmpty())
            warning(field + QStringLiteral(".cwe_name"), tr("%1 has no name; CSAF wants the CWE title.").arg(v.cwe));
        if (!v.cve.isEmpty() && v.cvssVector.isEmpty())
            error(field + QStringLiteral(".cvss_vector"), tr("%1 has no CVSS vector.").arg(v.cve));
        if (!v.cvssVector.isEmpty()) {
            auto cvss = Cvss31::parse(v.cvssVector, Cvss31::Accept::V31AndV30Base);
            if (!cvss)
                error(field + QStringLiteral(".cvss_vector"), cvss.error().toString());
        }
    }
    for (qsizetype i = 0; i < a.references.size(); ++i) {
        if (!isWebUrl(a.references[i].url))
            error(QStringLiteral("references[%1].url").arg(i),
                  tr("Reference %1 is not an http(s) URL: %2").arg(i + 1).arg(a.references[i].url));
    }
    if (a.references.isEmpty())
        warning(QStringLiteral("references"), tr("The advisory has no references."));
    if (a.solution.trimmed().isEmpty() && a.workarounds.trimmed().isEmpty())
        warning(QStringLiteral("solution"), tr("The advisory offers neither a solution nor a workaround."));
    if (a.revisions.isEmpty())
        warning(QStringLiteral("revisions"), tr("The advisory has no revision history yet."));

    // The CSAF document the advisory makes must pass the CSAF 2.0 mandatory tests. Publisher and generation
    // time do not matter to them; a fixed time keeps lint independent of the clock.
    QDateTime at = a.currentReleaseDate;
    for (const auto& r : a.revisions)
        at = std::max(at, r.date);
    if (!at.isValid())
        at = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    for (const CsafTestFailure& f : CsafMandatoryTests::run(CsafWriter::toJson(a, CsafPublisher{}, at)))
        error(QStringLiteral("csaf:") + f.path,
              tr("The CSAF document fails mandatory test %1: %2").arg(f.test, f.message));
    return out;
}

bool AdvisoryLint::hasErrors(const QList<LintFinding>& findings)
{
    return hasLintErrors(findings);
}

} // namespace fb
