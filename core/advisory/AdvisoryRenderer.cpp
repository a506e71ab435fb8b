// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryRenderer.h"

#include "core/advisory/AdvisoryLint.h"
#include "core/advisory/Cvss31.h"
#include "core/base/TextWrap.h"

namespace fb {

namespace {

QString day(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("-");
}

QString productStatusText(ProductStatus status)
{
    switch (status) {
    case ProductStatus::KnownAffected:
        return AdvisoryRenderer::tr("affected");
    case ProductStatus::Fixed:
        return AdvisoryRenderer::tr("fixed");
    case ProductStatus::KnownNotAffected:
        return AdvisoryRenderer::tr("not affected");
    case ProductStatus::UnderInvestigation:
        return AdvisoryRenderer::tr("under investigation");
    }
    return {};
}

QString productLine(const AffectedProduct& p)
{
    QString line = p.vendor + QLatin1Char(' ') + p.product;
    if (!p.version.isEmpty())
        line += QLatin1Char(' ') + p.version;
    return line.trimmed() + QStringLiteral(": ") + productStatusText(p.status);
}

QString scoreLine(const QString& vector)
{
    auto cvss = Cvss31::parse(vector, Cvss31::Accept::V31AndV30Base);
    if (!cvss)
        return vector;
    QString line = AdvisoryRenderer::tr("CVSS %1 base score %2 (%3)")
                       .arg(cvss->version(), Cvss31::formatTenths(cvss->baseTenths()),
                            Cvss31::severityName(Cvss31::severity(cvss->baseTenths())));
    if (cvss->hasTemporal())
        line += AdvisoryRenderer::tr(", temporal %1").arg(Cvss31::formatTenths(cvss->temporalTenths()));
    if (cvss->hasEnvironmental())
        line += AdvisoryRenderer::tr(", environmental %1").arg(Cvss31::formatTenths(cvss->environmentalTenths()));
    return line;
}

QString vulnerabilityHeading(const AdvisoryVulnerability& v)
{
    QStringList parts;
    if (!v.cve.isEmpty())
        parts.append(v.cve);
    if (!v.cwe.isEmpty())
        parts.append(v.cweName.isEmpty() ? v.cwe : v.cwe + QStringLiteral(" ") + v.cweName);
    if (!v.title.isEmpty())
        parts.append(v.title);
    return parts.isEmpty() ? AdvisoryRenderer::tr("Vulnerability") : parts.join(QStringLiteral(" - "));
}

} // namespace

QString AdvisoryRenderer::toText(const Advisory& a)
{
    const QString rule(kTextWidth, QLatin1Char('='));
    QStringList out;
    auto section = [&out](const QString& heading, const QString& body) {
        if (body.trimmed().isEmpty())
            return;
        out.append(QString());
        out.append(heading.toUpper());
        out.append(TextWrap::wrap(body.trimmed(), kTextWidth, 2));
    };
    out.append(Tlp::label(a.tlp));
    out.append(rule);
    out.append(TextWrap::wrap(a.identifier + QStringLiteral(": ") + a.title, kTextWidth));
    out.append(TextWrap::wrap(tr("Status: %1, version %2").arg(advisoryStatusKey(a.status), a.version), kTextWidth));
    out.append(tr("First published: %1").arg(day(a.initialReleaseDate)));
    out.append(tr("This version: %1").arg(day(a.currentReleaseDate)));
    out.append(rule);
    section(tr("Summary"), a.summary);
    if (!a.vulnerabilities.isEmpty()) {
        out.append(QString());
        out.append(tr("Vulnerabilities").toUpper());
        for (const auto& v : a.vulnerabilities) {
            out.append(TextWrap::wrap(QStringLiteral("- ") + vulnerabilityHeading(v), kTextWidth, 2));
            if (!v.cvssVector.isEmpty()) {
                out.append(TextWrap::wrap(scoreLine(v.cvssVector), kTextWidth, 4));
                out.append(TextWrap::wrap(v.cvssVector, kTextWidth, 4));
            }
        }
    }
    if (!a.products.isEmpty()) {
        out.append(QString());
        out.append(tr("Affected products").toUpper());
        for (const auto& p : a.products)
            out.append(TextWrap::wrap(QStringLiteral("- ") + productLine(p), kTextWidth, 2));
    }
    section(tr("Description"), a.description);
    section(tr("Impact"), a.impact);
    section(tr("Solution"), a.solution);
    section(tr("Workarounds"), a.workarounds);
    if (!a.references.isEmpty()) {
        out.append(QString());
        out.append(tr("References").toUpper());
        for (const auto& r : a.references) {
            if (!r.summary.isEmpty())
                out.append(TextWrap::wrap(QStringLiteral("- ") + r.summary, kTextWidth, 2));
            out.append(TextWrap::wrap(r.url, kTextWidth, r.summary.isEmpty() ? 2 : 4));
        }
    }
    section(tr("Acknowledgments"), a.acknowledgments.join(QLatin1Char('\n')));
    if (!a.provenance.isEmpty())
        section(tr("Source"), tr("Based on %1 %2.").arg(a.provenance.publisher, a.provenance.trackingId));
    if (!a.revisions.isEmpty()) {
        out.append(QString());
        out.append(tr("Revision history").toUpper());
        for (const auto& r : a.revisions)
            out.append(TextWrap::wrap(r.number + QStringLiteral("  ") + day(r.date) + QStringLiteral("  ") + r.summary,
                                      kTextWidth, 2));
    }
    out.append(QString());
    out.append(rule);
    out.append(Tlp::label(a.tlp));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString AdvisoryRenderer::toHtml(const Advisory& a)
{
    auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    auto paragraphs = [&esc](const QString& text) {
        QString html;
        for (const QString& p : text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            html += QStringLiteral("<p>") + esc(p.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                    QStringLiteral("</p>\n");
        return html;
    };
    QString h;
    auto section = [&h, &paragraphs, &esc](const QString& heading, const QString& body) {
        if (!body.trimmed().isEmpty())
            h += QStringLiteral("<h2>") + esc(heading) + QStringLiteral("</h2>\n") + paragraphs(body);
    };
    const QString tlp = QStringLiteral("<p class=\"tlp\"><span style=\"background:%1;color:%2;padding:0 .3em;"
                                       "font-weight:bold\">%3</span></p>\n")
                            .arg(Tlp::backgroundColour(), Tlp::colour(a.tlp), esc(Tlp::label(a.tlp)));
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
         esc(a.identifier + QStringLiteral(": ") + a.title) + QStringLiteral("</title>\n</head>\n<body>\n");
    h += tlp;
    h += QStringLiteral("<h1>") + esc(a.identifier) + QStringLiteral(": ") + esc(a.title) + QStringLiteral("</h1>\n");
    h += QStringLiteral("<p>") +
         esc(tr("Status: %1, version %2. First published: %3. This version: %4.")
                 .arg(advisoryStatusKey(a.status), a.version, day(a.initialReleaseDate), day(a.currentReleaseDate))) +
         QStringLiteral("</p>\n");
    section(tr("Summary"), a.summary);
    if (!a.vulnerabilities.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(tr("Vulnerabilities")) + QStringLiteral("</h2>\n<ul>\n");
        for (const auto& v : a.vulnerabilities) {
            h += QStringLiteral("<li>") + esc(vulnerabilityHeading(v));
            if (!v.cvssVector.isEmpty())
                h += QStringLiteral("<br>") + esc(scoreLine(v.cvssVector)) + QStringLiteral("<br><code>") +
                     esc(v.cvssVector) + QStringLiteral("</code>");
            h += QStringLiteral("</li>\n");
        }
        h += QStringLiteral("</ul>\n");
    }
    if (!a.products.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(tr("Affected products")) + QStringLiteral("</h2>\n<ul>\n");
        for (const auto& p : a.products)
            h += QStringLiteral("<li>") + esc(productLine(p)) + QStringLiteral("</li>\n");
        h += QStringLiteral("</ul>\n");
    }
    section(tr("Description"), a.description);
    section(tr("Impact"), a.impact);
    section(tr("Solution"), a.solution);
    section(tr("Workarounds"), a.workarounds);
    if (!a.references.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(tr("References")) + QStringLiteral("</h2>\n<ul>\n");
        for (const auto& r : a.references) {
            const QString text = esc(r.summary.isEmpty() ? r.url : r.summary);
            // Only http(s) URLs become links; anything else (javascript:...) stays text.
            h += AdvisoryLint::isWebUrl(r.url)
                     ? QStringLiteral("<li><a href=\"") + esc(r.url) + QStringLiteral("\">") + text +
                           QStringLiteral("</a></li>\n")
                     : QStringLiteral("<li>") + text + QStringLiteral(" ") + esc(r.url) + QStringLiteral("</li>\n");
        }
        h += QStringLiteral("</ul>\n");
    }
    section(tr("Acknowledgments"), a.acknowledgments.join(QLatin1Char('\n')));
    if (!a.provenance.isEmpty())
        section(tr("Source"), tr("Based on %1 %2.").arg(a.provenance.publisher, a.provenance.trackingId));
    if (!a.revisions.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(tr("Revision history")) + QStringLiteral("</h2>\n<table>\n");
        for (const auto& r : a.revisions)
            h += QStringLiteral("<tr><td>") + esc(r.number) + QStringLiteral("</td><td>") + esc(day(r.date)) +
                 QStringLiteral("</td><td>") + esc(r.summary) + QStringLiteral("</td></tr>\n");
        h += QStringLiteral("</table>\n");
    }
    h += tlp + QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace fb
