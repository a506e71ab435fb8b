// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AdvisoryView.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/advisory/AdvisoryJson.h"
#include "core/advisory/AdvisoryRenderer.h"
#include "core/advisory/Cvss31.h"

#include <QJsonObject>

namespace fb {

namespace {

QString severityKey(LintFinding::Severity severity)
{
    return severity == LintFinding::Severity::Error ? s("error") : s("warning");
}

} // namespace

void AdvisoryView::printList(CliContext& context, const QList<AdvisoryListEntry>& entries)
{
    if (context.json()) {
        QJsonArray array;
        for (const AdvisoryListEntry& e : entries)
            array.append(
                QJsonObject{{s("id"), e.id},
                            {s("identifier"), e.identifier},
                            {s("title"), e.title},
                            {s("tlp"), Tlp::key(e.tlp)},
                            {s("status"), advisoryStatusKey(e.status)},
                            {s("version"), e.version},
                            {s("base_score"), e.baseScoreTenths ? QJsonValue(*e.baseScoreTenths / 10.0) : QJsonValue()},
                            {s("current_release_date"), CliContext::isoUtc(e.currentReleaseDate)}});
        context.printJson(array);
        return;
    }
    TextTable table(
        {tr("ID"), tr("IDENTIFIER"), tr("TLP"), tr("STATUS"), tr("VERSION"), tr("SCORE"), tr("RELEASED"), tr("TITLE")});
    table.setMaxWidth(7, 50);
    for (const AdvisoryListEntry& e : entries)
        table.addRow({QString::number(e.id), e.identifier, Tlp::label(e.tlp), advisoryStatusKey(e.status), e.version,
                      e.baseScoreTenths ? Cvss31::formatTenths(*e.baseScoreTenths) : QString(),
                      CliContext::localTime(e.currentReleaseDate), e.title});
    context.out() << table.toString();
}

void AdvisoryView::printDetails(CliContext& context, const Advisory& a)
{
    if (context.json()) {
        QJsonObject object = AdvisoryJson::toJson(a);
        object.insert(s("lint"), findingsJson(AdvisoryLint::check(a)));
        context.printJson(object);
        return;
    }
    QTextStream& out = context.out();
    out << tr("Advisory #%1 %2, %3, version %4").arg(a.id).arg(a.identifier, advisoryStatusKey(a.status), a.version)
        << u'\n';
    if (!a.audience.isEmpty())
        out << tr("Audience: %1").arg(a.audience.join(s(", "))) << u'\n';
    if (!a.linkedTickets.isEmpty()) {
        QStringList tickets;
        for (qint64 t : a.linkedTickets)
            tickets.append(u'#' + QString::number(t));
        out << tr("Linked tickets: %1").arg(tickets.join(s(", "))) << u'\n';
    }
    if (!a.provenance.isEmpty())
        out << tr("Imported from %1 (%2), document %3, SHA-256 %4")
                   .arg(a.provenance.publisher, a.provenance.publisherNamespace, a.provenance.trackingId,
                        a.provenance.sha256)
            << u'\n';
    for (const AdvisoryRevision& r : a.revisions)
        out << tr("Revision %1, %2: %3").arg(r.number, CliContext::localTime(r.date), r.summary) << u'\n';
    out << u'\n' << AdvisoryRenderer::toText(a);
}

QJsonArray AdvisoryView::findingsJson(const QList<LintFinding>& findings)
{
    QJsonArray array;
    for (const LintFinding& f : findings)
        array.append(
            QJsonObject{{s("severity"), severityKey(f.severity)}, {s("field"), f.field}, {s("message"), f.message}});
    return array;
}

void AdvisoryView::printFindings(CliContext& context, const QList<LintFinding>& findings)
{
    if (context.json()) {
        context.printJson(QJsonObject{{s("findings"), findingsJson(findings)},
                                      {s("blocksFinal"), AdvisoryLint::hasErrors(findings)}});
        return;
    }
    if (findings.isEmpty()) {
        context.out() << tr("No findings.") << u'\n';
        return;
    }
    TextTable table({tr("SEVERITY"), tr("FIELD"), tr("MESSAGE")});
    for (const LintFinding& f : findings)
        table.addRow({severityKey(f.severity), f.field, f.message});
    context.out() << table.toString();
}

} // namespace fb
