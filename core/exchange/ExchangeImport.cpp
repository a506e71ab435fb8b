// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ExchangeImport.h"

#include "core/exchange/ExchangeStore.h"
#include "core/tickets/CommentStore.h"
#include "core/tickets/TicketStores.h"
#include "core/tickets/TicketTime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fb {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

ExchangeImport::ExchangeImport(const ChangeContext& change)
    : m_change(change)
{
}

QStringList ExchangeImport::noteChunks(const QString& header, const QStringList& lines)
{
    QStringList chunks;
    const qsizetype room = CommentStore::kMaxLength - header.size() - 16;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            chunks.append(current);
        current.clear();
    };
    for (QString line : lines) {
        while (!line.isEmpty()) {
            if (!current.isEmpty() && current.size() + 1 + line.size() > room)
                flush();
            const QString piece = line.left(room - current.size() - 1);
            line = line.mid(piece.size());
            current += (current.isEmpty() ? QString() : s("\n")) + piece;
        }
    }
    flush();
    for (QString& chunk : chunks)
        chunk = header + s("\n\n") + chunk;
    return chunks;
}

QString ExchangeImport::shortTitle(const QString& title)
{
    return title.size() > kMaxTitle ? title.left(kMaxTitle - 1) + QChar(0x2026) : title;
}

Result<ExchangeImportReport> ExchangeImport::store(const ExchangeIncident& incident,
                                                   const ExchangeImportOptions& options)
{
    ExchangeImportReport report;
    report.eventUuid = incident.uuid;
    report.observablesInEvent = int(incident.observables.size());
    report.warnings = incident.warnings;

    TicketStores stores(m_change);
    ExchangeStore exchange(m_change);
    FB_TRY_ASSIGN(auto scope, stores.tickets.beginChange());

    std::optional<qint64> target = options.onto;
    if (!target && !incident.uuid.isNull()) {
        FB_TRY_ASSIGN(auto ours, exchange.ticketWithUuid(incident.uuid));
        FB_TRY_ASSIGN(auto before, exchange.importedInto(incident.format, incident.uuid));
        target = ours ? ours : before;
        report.recognised = target.has_value();
    }
    const QString uuidText = incident.uuid.isNull() ? tr("(no UUID)") : ExchangeStore::text(incident.uuid);

    if (!target) {
        NewTicket t;
        t.kind = TicketKind::Incident;
        t.title = shortTitle(incident.title);
        t.description = incident.description;
        if (!incident.tlp && !incident.noTlpWarning.isEmpty())
            report.warnings.append({incident.tlpWhere, incident.noTlpWarning});
        t.tlp = incident.tlp.value_or(TlpLevel::Amber);
        if (incident.rsit) {
            t.rsitClass = incident.rsit->first;
            t.rsitType = incident.rsit->second;
        }
        t.severity = incident.severity;
        t.constituency = incident.constituency;
        t.tags = incident.tags;
        t.observables = incident.observables;
        FB_TRY_ASSIGN(const qint64 id, stores.workflow.create(t));
        if (!incident.uuid.isNull())
            FB_TRY(exchange.assignUuid(id, incident.uuid));
        report.ticketId = id;
        report.created = true;
        report.observablesAdded = int(incident.observables.size());
        report.tagsAdded = incident.tags;
        report.tlp = t.tlp;
    } else {
        FB_TRY_ASSIGN(auto ticket, stores.tickets.getForChange(*target));
        report.ticketId = ticket.id;
        QList<Observable> fresh;
        for (const Observable& o : std::as_const(incident.observables)) {
            if (!ticket.observables.contains(o) && !fresh.contains(o))
                fresh.append(o);
        }
        if (!fresh.isEmpty())
            FB_TRY(stores.observables.addObservables(ticket.id, fresh));
        report.observablesAdded = int(fresh.size());
        report.tlp = ticket.tlp;
        if (incident.tlp && *incident.tlp > ticket.tlp) {
            FB_TRY(stores.editor.setField(ticket.id, s("tlp"), Tlp::key(*incident.tlp)));
            report.tlp = incident.tlp;
            report.warnings.append(
                {incident.tlpWhere, tr("Ticket %1 was %2; it is now %3, the document's label.")
                                        .arg(ticketRef(ticket.id), Tlp::label(ticket.tlp), Tlp::label(*incident.tlp))});
        }
        if (incident.rsit) {
            const QString rsit = incident.rsit->first + QLatin1Char('/') + incident.rsit->second;
            if (ticket.rsitClass.isEmpty())
                FB_TRY(stores.editor.setField(ticket.id, s("rsit"), rsit));
            else if (ticket.rsitClass != incident.rsit->first || ticket.rsitType != incident.rsit->second)
                report.warnings.append(
                    {incident.rsitWhere, tr("The document is classified %1; ticket %2 keeps its classification %3/%4.")
                                             .arg(rsit, ticketRef(ticket.id), ticket.rsitClass, ticket.rsitType)});
        }
        for (const QString& tag : std::as_const(incident.tags)) {
            if (!ticket.tags.contains(tag)) {
                FB_TRY(stores.tags.addTag(ticket.id, tag));
                report.tagsAdded.append(tag);
            }
        }
    }

    if (!incident.noteLines.isEmpty()) {
        for (const QString& chunk : noteChunks(incident.noteHeader, incident.noteLines)) {
            FB_TRY(stores.comments.addComment(report.ticketId, chunk));
            ++report.notes;
        }
    }
    if (!incident.uuid.isNull())
        FB_TRY(exchange.recordImport(incident.format, incident.uuid, report.ticketId, options.source));
    const QJsonObject recorded{{s("event"), uuidText},
                               {s("source"), options.source},
                               {s("observables"), report.observablesAdded},
                               {s("notes"), report.notes}};
    FB_TRY(stores.tickets.record(report.ticketId, s("import"), incident.format, std::nullopt,
                                 QString::fromUtf8(QJsonDocument(recorded).toJson(QJsonDocument::Compact))));
    FB_TRY(scope->commit());
    return report;
}

} // namespace fb
