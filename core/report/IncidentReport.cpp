// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/IncidentReport.h"

#include "core/report/ReportHtml.h"

#include "core/directory/OwnTeam.h"
#include "core/history/HistoryPhrasing.h"
#include "core/mail/MailStore.h"
#include "core/taxonomy/Rsit.h"
#include "core/taxonomy/Tlp.h"
#include "core/tickets/EvidenceStore.h"
#include "core/tickets/Lifecycle.h"
#include "core/tickets/SlaPolicy.h"
#include "core/tickets/TicketKind.h"
#include "core/tickets/TicketStores.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace fb {

namespace {

constexpr ReportSection kOrder[] = {
    ReportSection::Summary,         ReportSection::Reports,  ReportSection::Investigations,
    ReportSection::Countermeasures, ReportSection::Tasks,    ReportSection::Timeline,
    ReportSection::Observables,     ReportSection::Evidence, ReportSection::Correspondence,
    ReportSection::History,
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Paragraphs of outside text for HTML: escaped, blank lines between paragraphs, line breaks kept.
QString htmlParagraphs(const QString& text)
{
    QString html;
    for (const QString& p : text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>") + esc(p.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>\n");
    return html;
}

// Outside text for Markdown, on one line: every ASCII punctuation character backslash-escaped (CommonMark allows
// it for all of them), so that no ticket text becomes a link, an HTML tag, a heading or a table cell border.
QString mdInline(const QString& text)
{
    QString out;
    const QString line = text.simplified();
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (c.unicode() < 128 && (c.isPunct() || c.isSymbol()))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

// Paragraphs of outside text for Markdown: each line escaped and trimmed (no indented code), lines kept.
QString mdParagraphs(const QString& text)
{
    QStringList paragraphs;
    for (const QString& p : text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString& line : p.split(QLatin1Char('\n')))
            lines.append(mdInline(line));
        paragraphs.append(lines.join(QStringLiteral("\\\n")));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString when(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QString rsitText(const Ticket& t)
{
    if (t.rsitClass.isEmpty())
        return IncidentReport::tr("not classified");
    const Rsit& rsit = Rsit::builtin();
    const RsitClass* c = rsit.findClass(t.rsitClass);
    const RsitType* type = t.rsitType.isEmpty() ? nullptr : rsit.findType(t.rsitClass, t.rsitType);
    const QString className = c ? c->name : t.rsitClass;
    if (t.rsitType.isEmpty())
        return className;
    return IncidentReport::tr("%1 / %2").arg(className, type ? type->name : t.rsitType);
}

// The summary as (label, value) rows; values are outside text, escaped by the renderer.
QList<std::pair<QString, QString>> summaryRows(const IncidentReportData& d)
{
    const Ticket& t = d.incident;
    QList<std::pair<QString, QString>> rows{
        {IncidentReport::tr("Number"), QStringLiteral("#%1").arg(t.id)},
        {IncidentReport::tr("Title"), t.title},
        {IncidentReport::tr("State"), Lifecycle::displayState(t.state)},
        {IncidentReport::tr("Classification (RSIT)"), rsitText(t)},
        {IncidentReport::tr("TLP"), Tlp::label(t.tlp)},
        {IncidentReport::tr("Severity"), TicketEnums::severityName(t.severity)},
        {IncidentReport::tr("Constituency"), t.constituency},
        {IncidentReport::tr("Owner"), t.owner},
        {IncidentReport::tr("Created"), when(t.createdAt)},
        {IncidentReport::tr("Closed"), t.closedAt.isValid() ? when(t.closedAt) : IncidentReport::tr("not closed")},
        {IncidentReport::tr("SLA"), d.slaStatus},
    };
    return rows;
}

QList<QStringList> ticketRows(const QList<Ticket>& tickets)
{
    QList<QStringList> rows;
    for (const Ticket& t : tickets)
        rows.append({QStringLiteral("#%1").arg(t.id), t.title, Lifecycle::displayState(t.state), Tlp::label(t.tlp),
                     when(t.createdAt)});
    return rows;
}

QStringList ticketHeader()
{
    return {IncidentReport::tr("Number"), IncidentReport::tr("Title"), IncidentReport::tr("State"),
            IncidentReport::tr("TLP"), IncidentReport::tr("Created")};
}

// Every table of the report: its heading, column names and rows (outside text, escaped by the renderer), and what
// to say when it has no rows.
struct Table
{
    ReportSection section;
    QStringList header;
    QList<QStringList> rows;
    QString none;
};

QList<Table> tables(const IncidentReportData& d)
{
    QList<Table> out;
    for (ReportSection section : kOrder) {
        if (!d.has(section))
            continue;
        switch (section) {
        case ReportSection::Summary:
            break;
        case ReportSection::Reports:
            out.append({section, ticketHeader(), ticketRows(d.reports), IncidentReport::tr("No linked reports.")});
            break;
        case ReportSection::Investigations:
            out.append(
                {section, ticketHeader(), ticketRows(d.investigations), IncidentReport::tr("No investigations.")});
            break;
        case ReportSection::Countermeasures:
            out.append(
                {section, ticketHeader(), ticketRows(d.countermeasures), IncidentReport::tr("No countermeasures.")});
            break;
        case ReportSection::Tasks: {
            QList<QStringList> rows;
            for (const TicketTask& task : d.tasks)
                rows.append({task.title, TaskStore::stateName(task.state), task.owner, when(task.due)});
            out.append({section,
                        {IncidentReport::tr("Task"), IncidentReport::tr("State"), IncidentReport::tr("Owner"),
                         IncidentReport::tr("Due")},
                        rows,
                        IncidentReport::tr("No tasks.")});
            break;
        }
        case ReportSection::Timeline: {
            QList<QStringList> rows;
            for (const TimelineEvent& e : d.timeline)
                rows.append({when(e.event.occurredAt), when(e.event.endedAt), e.event.title, e.event.source});
            out.append({section,
                        {IncidentReport::tr("When"), IncidentReport::tr("Until"), IncidentReport::tr("What"),
                         IncidentReport::tr("Source")},
                        rows,
                        IncidentReport::tr("No timeline events.")});
            break;
        }
        case ReportSection::Observables: {
            QList<QStringList> rows;
            for (const Observable& o : d.incident.observables)
                rows.append({observableTypeKey(o.type), o.value});
            out.append({section,
                        {IncidentReport::tr("Type"), IncidentReport::tr("Value")},
                        rows,
                        IncidentReport::tr("No observables.")});
            break;
        }
        case ReportSection::Evidence: {
            QList<QStringList> rows;
            for (const TicketEvidence& e : d.evidence)
                rows.append({e.name, EvidenceStore::sizeText(e.size), e.sha256});
            out.append({section,
                        {IncidentReport::tr("File"), IncidentReport::tr("Size"), IncidentReport::tr("SHA-256")},
                        rows,
                        IncidentReport::tr("No evidence files.")});
            break;
        }
        case ReportSection::Correspondence: {
            QList<QStringList> rows;
            for (const ReportMessage& m : d.messages)
                rows.append({when(m.date), m.outgoing ? IncidentReport::tr("sent") : IncidentReport::tr("received"),
                             m.from, m.to, m.subject});
            out.append({section,
                        {IncidentReport::tr("Date"), IncidentReport::tr("Direction"), IncidentReport::tr("From"),
                         IncidentReport::tr("To"), IncidentReport::tr("Subject")},
                        rows,
                        IncidentReport::tr("No correspondence.")});
            break;
        }
        case ReportSection::History: {
            QList<QStringList> rows;
            for (const ReportHistoryLine& line : d.history)
                rows.append({when(line.at), line.actor, line.text});
            out.append({section,
                        {IncidentReport::tr("When"), IncidentReport::tr("Who"), IncidentReport::tr("What")},
                        rows,
                        IncidentReport::tr("No history.")});
            break;
        }
        }
    }
    return out;
}

QString generatedLine(const IncidentReportData& d)
{
    return d.team.name.isEmpty()
               ? IncidentReport::tr("Generated %1 by %2.").arg(when(d.generatedAt), d.generatedBy)
               : IncidentReport::tr("Generated %1 by %2 for %3.").arg(when(d.generatedAt), d.generatedBy, d.team.name);
}

} // namespace

QString IncidentReport::key(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return QStringLiteral("summary");
    case ReportSection::Reports:
        return QStringLiteral("reports");
    case ReportSection::Investigations:
        return QStringLiteral("investigations");
    case ReportSection::Countermeasures:
        return QStringLiteral("countermeasures");
    case ReportSection::Tasks:
        return QStringLiteral("tasks");
    case ReportSection::Timeline:
        return QStringLiteral("timeline");
    case ReportSection::Observables:
        return QStringLiteral("observables");
    case ReportSection::Evidence:
        return QStringLiteral("evidence");
    case ReportSection::Correspondence:
        return QStringLiteral("correspondence");
    case ReportSection::History:
        return QStringLiteral("history");
    }
    return {};
}

QString IncidentReport::displayName(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return tr("Summary");
    case ReportSection::Reports:
        return tr("Reports");
    case ReportSection::Investigations:
        return tr("Investigations");
    case ReportSection::Countermeasures:
        return tr("Countermeasures");
    case ReportSection::Tasks:
        return tr("Tasks");
    case ReportSection::Timeline:
        return tr("Timeline");
    case ReportSection::Observables:
        return tr("Observables");
    case ReportSection::Evidence:
        return tr("Evidence");
    case ReportSection::Correspondence:
        return tr("Correspondence");
    case ReportSection::History:
        return tr("History");
    }
    return {};
}

bool IncidentReport::isAvailable(ReportSection section)
{
    return std::find(std::begin(kOrder), std::end(kOrder), section) != std::end(kOrder);
}

QList<ReportSection> IncidentReport::available()
{
    QList<ReportSection> list;
    for (ReportSection section : kOrder) {
        if (isAvailable(section))
            list.append(section);
    }
    return list;
}

QList<ReportSection> IncidentReport::defaults()
{
    QList<ReportSection> list = available();
    list.removeAll(ReportSection::History);
    return list;
}

Result<QList<ReportSection>> IncidentReport::parseSections(const QString& list)
{
    QList<ReportSection> chosen;
    for (const QString& word : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = word.trimmed().toLower();
        const auto found =
            std::find_if(std::begin(kOrder), std::end(kOrder), [&name](ReportSection s) { return key(s) == name; });
        if (found == std::end(kOrder)) {
            QStringList keys;
            for (ReportSection s : available())
                keys.append(key(s));
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not a report section; choose from %2.").arg(name, keys.join(QStringLiteral(", "))),
                        QStringLiteral("sections"));
        }
        if (!isAvailable(*found))
            return fail(ErrorCode::BadInput, tr("The %1 section is not available yet.").arg(name),
                        QStringLiteral("sections"));
        if (!chosen.contains(*found))
            chosen.append(*found);
    }
    if (chosen.isEmpty())
        return fail(ErrorCode::BadInput, tr("Choose at least one report section."), QStringLiteral("sections"));
    return chosen;
}

Result<IncidentReportData> IncidentReport::collect(const ChangeContext& change, qint64 incidentId,
                                                   const QList<ReportSection>& sections, bool redConfirmed)
{
    TicketStores stores(change);
    IncidentReportData d;
    FB_TRY_ASSIGN(auto incident, stores.tickets.get(incidentId));
    if (incident.kind != TicketKind::Incident)
        return fail(ErrorCode::BadInput,
                    tr("Ticket #%1 is a %2; a report is written for an incident.")
                        .arg(incidentId)
                        .arg(TicketEnums::displayName(incident.kind)),
                    QStringLiteral("ticket"));
    for (ReportSection section : kOrder) {
        if (sections.contains(section) && isAvailable(section))
            d.sections.append(section);
    }
    d.incident = incident;
    const QDateTime now = change.clock.nowUtc();
    d.generatedAt = now;
    d.generatedBy = change.actor;
    d.slaStatus =
        SlaPolicy::statusName(SlaPolicy::status(incident, Lifecycle::of(incident.kind).isActive(incident.state), now));

    if (d.has(ReportSection::Reports) || d.has(ReportSection::Investigations) ||
        d.has(ReportSection::Countermeasures)) {
        FB_TRY_ASSIGN(auto children, stores.workflow.childrenOf(incidentId));
        for (qint64 id : std::as_const(children)) {
            FB_TRY_ASSIGN(auto child, stores.tickets.get(id));
            if (child.kind == TicketKind::Report)
                d.reports.append(child);
            else if (child.kind == TicketKind::Investigation)
                d.investigations.append(child);
            else if (child.kind == TicketKind::Countermeasure)
                d.countermeasures.append(child);
        }
    }
    if (d.has(ReportSection::Tasks)) {
        FB_TRY_ASSIGN(auto tasks, stores.tasks.tasks(incidentId));
        d.tasks = tasks;
    }
    if (d.has(ReportSection::Timeline)) {
        FB_TRY_ASSIGN(auto events, stores.timeline.events(incidentId));
        d.timeline = events;
    }
    if (d.has(ReportSection::Evidence)) {
        FB_TRY_ASSIGN(auto evidence, stores.evidence.evidence(incidentId));
        d.evidence = evidence;
    }
    if (d.has(ReportSection::Correspondence)) {
        FB_TRY_ASSIGN(auto messages, MailStore(change.vault).messagesOf(incidentId, false));
        for (const StoredMessage& m : std::as_const(messages))
            d.messages.append({m.message.date.isValid() ? m.message.date : m.importedAt,
                               m.direction == MailDirection::Out, m.message.from, m.message.to, m.message.subject});
    }
    if (d.has(ReportSection::History)) {
        FB_TRY_ASSIGN(auto entries, stores.tickets.history().forTicket(incidentId));
        for (const HistoryEntry& entry : std::as_const(entries))
            d.history.append({entry.at, entry.actor, HistoryPhrasing::sentence(entry)});
    }
    d.tlp = incident.tlp;
    for (const QList<Ticket>* named : {&d.reports, &d.investigations, &d.countermeasures}) {
        for (const Ticket& t : *named)
            d.tlp = std::max(d.tlp, t.tlp);
    }
    if (d.tlp == TlpLevel::Red && !redConfirmed)
        return fail(ErrorCode::Conflict,
                    tr("The report on incident #%1 holds TLP:RED content: it is for the people present only. "
                       "Confirm that before it is written.")
                        .arg(incidentId),
                    QStringLiteral("tlp"));
    FB_TRY_ASSIGN(d.team, ourTeam(change.vault));
    return d;
}

Result<ReportTeam> IncidentReport::ourTeam(Vault& vault)
{
    FB_TRY_ASSIGN(auto team, OwnTeam(vault).team());
    ReportTeam who;
    if (team) {
        who.name = team->officialName.isEmpty() ? team->shortName : team->officialName;
        who.shortName = team->shortName;
        who.website = team->website;
        for (const Channel& channel : std::as_const(team->channels)) {
            if (channel.kind == ChannelKind::Email) {
                who.contact = channel.value;
                break;
            }
        }
    }
    return who;
}

Result<bool> IncidentReport::mayHoldRed(const ChangeContext& change, qint64 incidentId)
{
    TicketStores stores(change);
    FB_TRY_ASSIGN(auto incident, stores.tickets.get(incidentId));
    if (incident.tlp == TlpLevel::Red)
        return true;
    FB_TRY_ASSIGN(auto children, stores.workflow.childrenOf(incidentId));
    for (qint64 id : std::as_const(children)) {
        FB_TRY_ASSIGN(auto child, stores.tickets.get(id));
        if (child.tlp == TlpLevel::Red)
            return true;
    }
    return false;
}

QString IncidentReport::pageLabel(const IncidentReportData& d)
{
    QStringList parts{Tlp::label(d.tlp)};
    if (!d.team.name.isEmpty())
        parts.append(d.team.shortName.isEmpty() ? d.team.name : d.team.shortName);
    parts.append(tr("Incident #%1").arg(d.incident.id));
    return parts.join(QStringLiteral(" — "));
}

QString IncidentReport::documentTitle(const IncidentReportData& d)
{
    return tr("Incident #%1: %2").arg(d.incident.id).arg(d.incident.title.simplified());
}

QString IncidentReport::fileName(qint64 incidentId, const QString& extension)
{
    return QStringLiteral("incident-%1-report.%2").arg(incidentId).arg(extension);
}

QString IncidentReport::toHtml(const IncidentReportData& d, bool forPdf)
{
    const TlpLevel level = d.tlp;
    const QString label = ReportHtml::tlpLabel(level);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
         esc(documentTitle(d)) + QStringLiteral("</title>\n");
    // On screen the label is at the top and the bottom; printed, the fixed header and footer repeat on every page.
    h += QStringLiteral("<style>\n"
                        "body { font-family: sans-serif; }\n"
                        "table { border-collapse: collapse; width: 100%; }\n"
                        "th, td { border: 1px solid #888; padding: 2px 4px; text-align: left; vertical-align: top; }\n"
                        ".tlp { margin: 0.5em 0; }\n"
                        ".hash { font-family: monospace; }\n"
                        "@media print {\n"
                        "  .tlp-header { position: fixed; top: 0; left: 0; right: 0; }\n"
                        "  .tlp-footer { position: fixed; bottom: 0; left: 0; right: 0; }\n"
                        "  body { margin: 2.5em 0; }\n"
                        "}\n"
                        "</style>\n</head>\n<body>\n");
    if (!forPdf)
        h += QStringLiteral("<div class=\"tlp tlp-header\">") + label + QStringLiteral("</div>\n");
    h += QStringLiteral("<h1>") + esc(documentTitle(d)) + QStringLiteral("</h1>\n");
    if (!d.team.name.isEmpty()) {
        QStringList who{esc(d.team.name)};
        if (!d.team.website.isEmpty())
            who.append(esc(d.team.website));
        if (!d.team.contact.isEmpty())
            who.append(esc(d.team.contact));
        h += QStringLiteral("<p class=\"team\">") + who.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n");
    }
    h += QStringLiteral("<p class=\"generated\">") + esc(generatedLine(d)) + QStringLiteral("</p>\n");
    if (d.has(ReportSection::Summary)) {
        h += QStringLiteral("<h2>") + esc(displayName(ReportSection::Summary)) + QStringLiteral("</h2>\n<table>\n");
        for (const auto& [name, value] : summaryRows(d))
            h += QStringLiteral("<tr><th>") + esc(name) + QStringLiteral("</th><td>") + esc(value) +
                 QStringLiteral("</td></tr>\n");
        h += QStringLiteral("</table>\n");
        if (!d.incident.description.trimmed().isEmpty())
            h += QStringLiteral("<h3>") + esc(tr("Description")) + QStringLiteral("</h3>\n") +
                 htmlParagraphs(d.incident.description);
        if (!d.incident.resolution.trimmed().isEmpty())
            h += QStringLiteral("<h3>") + esc(tr("Resolution")) + QStringLiteral("</h3>\n") +
                 htmlParagraphs(d.incident.resolution);
        if (!d.incident.lessonsLearned.trimmed().isEmpty())
            h += QStringLiteral("<h3>") + esc(tr("Lessons learned")) + QStringLiteral("</h3>\n") +
                 htmlParagraphs(d.incident.lessonsLearned);
    }
    for (const Table& table : tables(d)) {
        const bool hashes = table.section == ReportSection::Evidence;
        h += ReportHtml::section(displayName(table.section), table.header, table.rows, table.none,
                                 [hashes](qsizetype column, const QString&) {
                                     return hashes && column == 2 ? QStringLiteral("hash") : QString();
                                 });
    }
    return h + ReportHtml::end(label, forPdf);
}

QString IncidentReport::toMarkdown(const IncidentReportData& d)
{
    const QString tlpLine = QStringLiteral("**") + Tlp::label(d.tlp) + QStringLiteral("**");
    QString m = tlpLine + QStringLiteral("\n\n# ") + mdInline(documentTitle(d)) + QStringLiteral("\n\n");
    if (!d.team.name.isEmpty()) {
        QStringList who{mdInline(d.team.name)};
        if (!d.team.website.isEmpty())
            who.append(mdInline(d.team.website));
        if (!d.team.contact.isEmpty())
            who.append(mdInline(d.team.contact));
        m += who.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
    }
    m += mdInline(generatedLine(d)) + QStringLiteral("\n\n");
    auto row = [](const QStringList& cells) -> QString {
        QStringList escaped;
        for (const QString& cell : cells)
            escaped.append(mdInline(cell));
        return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };
    if (d.has(ReportSection::Summary)) {
        m += QStringLiteral("## ") + displayName(ReportSection::Summary) + QStringLiteral("\n\n");
        m += row({tr("Field"), tr("Value")}) + QStringLiteral("|---|---|\n");
        for (const auto& [name, value] : summaryRows(d))
            m += row({name, value});
        m += QLatin1Char('\n');
        const std::pair<QString, QString> texts[] = {{tr("Description"), d.incident.description},
                                                     {tr("Resolution"), d.incident.resolution},
                                                     {tr("Lessons learned"), d.incident.lessonsLearned}};
        for (const auto& [heading, text] : texts) {
            if (!text.trimmed().isEmpty())
                m += QStringLiteral("### ") + heading + QStringLiteral("\n\n") + mdParagraphs(text) +
                     QStringLiteral("\n\n");
        }
    }
    for (const Table& table : tables(d)) {
        m += QStringLiteral("## ") + displayName(table.section) + QStringLiteral("\n\n");
        if (table.rows.isEmpty()) {
            m += mdInline(table.none) + QStringLiteral("\n\n");
            continue;
        }
        m += row(table.header) + QStringLiteral("|") + QStringLiteral("---|").repeated(table.header.size()) +
             QLatin1Char('\n');
        for (const QStringList& cells : table.rows)
            m += row(cells);
        m += QLatin1Char('\n');
    }
    m += tlpLine + QLatin1Char('\n');
    return m;
}

} // namespace fb
