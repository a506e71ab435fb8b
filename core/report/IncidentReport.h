// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentReport: one incident written up for people outside the tool: its summary, linked reports,
// investigations and countermeasures, tasks, timeline, observables, evidence, a correspondence summary (date,
// direction, from/to, subject; never bodies) and optionally a history digest, with our team's identity and the TLP
// label on every page. collect() reads the chosen sections into a model (refusing a TLP:RED incident unless the caller
// says the user confirmed it); toHtml() and toMarkdown() render it, escaping every ticket text (ticket contents come
// from outside and are hostile). PDF is export/PdfRenderer over toHtml(forPdf) with the label as its page label.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/history/ChangeContext.h"
#include "core/history/History.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketEvidence.h"
#include "core/tickets/TicketTask.h"
#include "core/tickets/TimelineEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Vault;

enum class ReportSection {
    Summary,
    Reports,
    Investigations,
    Countermeasures,
    Tasks,
    Timeline,
    Observables,
    Evidence,
    Correspondence,
    History,
};

// One message of the correspondence summary.
struct ReportMessage
{
    QDateTime date;
    bool outgoing = false;
    QString from;
    QString to;
    QString subject;
};

// One line of the history digest.
struct ReportHistoryLine
{
    QDateTime at;
    QString actor;
    QString text;
};

// Who writes the report: our team as the directory and profile know it; empty name when none is chosen.
struct ReportTeam
{
    QString name;
    QString shortName;
    QString website;
    QString contact;
};

struct IncidentReportData
{
    QList<ReportSection> sections;
    Ticket incident;
    // The document's label: the most restrictive TLP of the incident and of every ticket the report names (a
    // TLP:AMBER report linked to a TLP:GREEN incident makes its report TLP:AMBER).
    TlpLevel tlp = TlpLevel::Amber;
    QString slaStatus; // translated
    QList<Ticket> reports;
    QList<Ticket> investigations;
    QList<Ticket> countermeasures;
    QList<TicketTask> tasks;
    QList<TimelineEvent> timeline;
    QList<TicketEvidence> evidence;
    QList<ReportMessage> messages;
    QList<ReportHistoryLine> history;
    ReportTeam team;
    QDateTime generatedAt;
    QString generatedBy;

    bool has(ReportSection section) const { return sections.contains(section); }
};

class IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(fb::IncidentReport)

public:
    IncidentReport() = delete;

    // "summary", "reports", ... "history": as the command line and files say them.
    static QString key(ReportSection section);
    static QString displayName(ReportSection section);
    // Every section that can be rendered, in report order.
    static QList<ReportSection> available();
    // What a report has unless the caller chooses: every available section but the history digest.
    static QList<ReportSection> defaults();
    static bool isAvailable(ReportSection section);
    // "summary,tasks,evidence" (any order, case-insensitive); BadInput naming an unknown or unavailable one.
    static Result<QList<ReportSection>> parseSections(const QString& list);

    // Whether a report on the incident may hold TLP:RED content (the incident or one of its children is TLP:RED),
    // so that the user is asked before it is collected.
    static Result<bool> mayHoldRed(const ChangeContext& change, qint64 incidentId);
    // Reads the incident and the chosen sections. NotFound for no such ticket, BadInput for a ticket that is not an
    // incident; Conflict for a report whose label would be TLP:RED unless redConfirmed (the user confirmed it).
    static Result<IncidentReportData> collect(const ChangeContext& change, qint64 incidentId,
                                              const QList<ReportSection>& sections, bool redConfirmed);

    // Our team as the directory and profile know it (OwnTeam), for every report's byline; empty when none is chosen.
    static Result<ReportTeam> ourTeam(Vault& vault);

    // A whole HTML document with a TLP header and footer (repeated on every printed page by its print CSS).
    // forPdf leaves out the header and footer: PdfRenderer draws the label on every page itself.
    static QString toHtml(const IncidentReportData& data, bool forPdf = false);
    // CommonMark, with the TLP line at its top and bottom; every ticket text escaped.
    static QString toMarkdown(const IncidentReportData& data);
    // "TLP:AMBER — Firebreak CSIRT — Incident #12": the label drawn on every PDF page.
    static QString pageLabel(const IncidentReportData& data);
    // "#12 Title" for a document title.
    static QString documentTitle(const IncidentReportData& data);
    // "incident-12-report.html"
    static QString fileName(qint64 incidentId, const QString& extension);
};

} // namespace fb
