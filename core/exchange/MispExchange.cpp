// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/MispExchange.h"

#include "core/exchange/ExchangeStore.h"
#include "core/exchange/MispEventWriter.h"
#include "core/tickets/CommentStore.h"
#include "core/tickets/TicketStores.h"
#include "core/tickets/TicketTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fb {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

constexpr qsizetype kMaxTitle = 200; // of an imported event's info; the whole info goes into the description

// 1 high -> 2 high, 2 medium -> 3 medium, 3 low -> 4 low, 4 undefined (or none) -> 3 medium.
int severityFromThreat(std::optional<int> threat)
{
    if (!threat || *threat == 4)
        return 3;
    return *threat + 1;
}

// The note lines as comments of at most CommentStore::kMaxLength characters, each headed with where it came from.
QStringList noteChunks(const QString& header, const QStringList& lines)
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

} // namespace

MispExchange::MispExchange(const ChangeContext& change)
    : m_change(change)
{
}

Result<MispExportResult> MispExchange::exportEvent(qint64 id, const MispExportOptions& options)
{
    if (options.distribution < 0 || options.distribution > 3)
        return fail(ErrorCode::BadInput,
                    tr("The distribution must be 0 to 3 (your organisation only, this community, connected "
                       "communities, all communities), not %1.")
                        .arg(options.distribution),
                    s("distribution"));
    TicketStores stores(m_change);
    ExchangeStore exchange(m_change);
    FB_TRY_ASSIGN(auto ticket, stores.tickets.getForChange(id));

    MispExportResult result;
    result.tickets.append(id);
    QList<Observable> observables = ticket.observables;
    QSet<Observable> seen(observables.cbegin(), observables.cend());
    TlpLevel tlp = ticket.tlp;
    if (ticket.kind == TicketKind::Incident) {
        FB_TRY_ASSIGN(auto children, stores.workflow.childrenOf(id));
        for (qint64 childId : std::as_const(children)) {
            FB_TRY_ASSIGN(auto child, stores.tickets.get(childId));
            result.tickets.append(childId);
            tlp = std::max(tlp, child.tlp);
            for (const Observable& o : std::as_const(child.observables)) {
                if (!seen.contains(o)) {
                    seen.insert(o);
                    observables.append(o);
                }
            }
        }
    }
    if (!Tlp::mayReceive(tlp, options.clearance)) {
        const QString who = options.recipientName.isEmpty() ? tr("the recipient") : options.recipientName;
        const QString cleared =
            options.clearance ? tr("cleared up to %1").arg(Tlp::label(*options.clearance)) : tr("no TLP level known");
        return fail(ErrorCode::Conflict,
                    tr("Not exported: the event from ticket %1 (with its children) is %2, and %3 may not receive it "
                       "(%4). Name a recipient who may, or lower the tickets' labels.")
                        .arg(ticketRef(id), Tlp::label(tlp), who, cleared),
                    s("tlp"));
    }

    FB_TRY_ASSIGN(auto uuid, exchange.ticketUuid(id));
    if (!uuid) {
        FB_TRY_ASSIGN(auto scope, stores.tickets.beginChange());
        uuid = QUuid::createUuid();
        FB_TRY(exchange.assignUuid(id, *uuid));
        FB_TRY(stores.tickets.record(id, s("uuid"), s("uuid"), std::nullopt, ExchangeStore::text(*uuid)));
        FB_TRY(scope->commit());
    }

    MispExportInput input;
    input.ticket = ticket;
    input.uuid = *uuid;
    input.tlp = tlp;
    input.observables = observables;
    input.addresses = options.addresses;
    input.distribution = options.distribution;
    input.now = m_change.clock.nowUtc();
    result.json = MispEventWriter::write(input);
    result.uuid = *uuid;
    result.tlp = tlp;
    result.attributes = int(observables.size());
    return result;
}

Result<MispImportReport> MispExchange::importEvent(const QByteArray& bytes, const MispImportOptions& options)
{
    FB_TRY_ASSIGN(auto event, MispEventReader::read(bytes));
    MispImportReport report;
    report.eventUuid = event.uuid;
    report.observablesInEvent = int(event.observables.size());
    report.warnings = event.warnings;

    TicketStores stores(m_change);
    ExchangeStore exchange(m_change);
    FB_TRY_ASSIGN(auto scope, stores.tickets.beginChange());

    std::optional<qint64> target = options.onto;
    if (!target && !event.uuid.isNull()) {
        FB_TRY_ASSIGN(auto ours, exchange.ticketWithUuid(event.uuid));
        FB_TRY_ASSIGN(auto before, exchange.importedInto(s(kFormat), event.uuid));
        target = ours ? ours : before;
        report.recognised = target.has_value();
    }
    const QString uuidText = event.uuid.isNull() ? tr("(no UUID)") : ExchangeStore::text(event.uuid);

    if (!target) {
        NewTicket t;
        t.kind = TicketKind::Incident;
        t.title = event.info.isEmpty() ? tr("MISP event %1").arg(uuidText) : event.info;
        if (t.title.size() > kMaxTitle)
            t.title = t.title.left(kMaxTitle - 1) + QChar(0x2026);
        QStringList description{tr("Imported from MISP event %1.").arg(uuidText)};
        if (!options.source.isEmpty())
            description.append(tr("File: %1").arg(options.source));
        if (!event.organisation.isEmpty())
            description.append(tr("Created by: %1").arg(event.organisation));
        if (event.date.isValid())
            description.append(tr("Event date: %1").arg(event.date.toString(Qt::ISODate)));
        if (!event.info.isEmpty())
            description.append(tr("Info: %1").arg(event.info));
        t.description = description.join(QLatin1Char('\n'));
        if (!event.tlp)
            report.warnings.append(
                {s("Event.Tag"),
                 tr("The event has no TLP tag; the incident is labelled %1.").arg(Tlp::label(TlpLevel::Amber))});
        t.tlp = event.tlp.value_or(TlpLevel::Amber);
        if (event.rsit) {
            t.rsitClass = event.rsit->first;
            t.rsitType = event.rsit->second;
        }
        t.severity = severityFromThreat(event.threatLevel);
        t.constituency = event.constituency;
        t.tags = event.tags;
        t.observables = event.observables;
        FB_TRY_ASSIGN(const qint64 id, stores.workflow.create(t));
        if (!event.uuid.isNull())
            FB_TRY(exchange.assignUuid(id, event.uuid));
        report.ticketId = id;
        report.created = true;
        report.observablesAdded = int(event.observables.size());
        report.tagsAdded = event.tags;
        report.tlp = t.tlp;
    } else {
        FB_TRY_ASSIGN(auto ticket, stores.tickets.getForChange(*target));
        report.ticketId = ticket.id;
        QList<Observable> fresh;
        for (const Observable& o : std::as_const(event.observables)) {
            if (!ticket.observables.contains(o))
                fresh.append(o);
        }
        if (!fresh.isEmpty())
            FB_TRY(stores.observables.addObservables(ticket.id, fresh));
        report.observablesAdded = int(fresh.size());
        report.tlp = ticket.tlp;
        if (event.tlp && *event.tlp > ticket.tlp) {
            FB_TRY(stores.editor.setField(ticket.id, s("tlp"), Tlp::key(*event.tlp)));
            report.tlp = event.tlp;
            report.warnings.append(
                {s("Event.Tag"), tr("Ticket %1 was %2; it is now %3, the event's label.")
                                     .arg(ticketRef(ticket.id), Tlp::label(ticket.tlp), Tlp::label(*event.tlp))});
        }
        if (event.rsit) {
            const QString rsit = event.rsit->first + QLatin1Char('/') + event.rsit->second;
            if (ticket.rsitClass.isEmpty())
                FB_TRY(stores.editor.setField(ticket.id, s("rsit"), rsit));
            else if (ticket.rsitClass != event.rsit->first || ticket.rsitType != event.rsit->second)
                report.warnings.append(
                    {s("Event.Tag"), tr("The event is classified %1; ticket %2 keeps its classification %3/%4.")
                                         .arg(rsit, ticketRef(ticket.id), ticket.rsitClass, ticket.rsitType)});
        }
        for (const QString& tag : std::as_const(event.tags)) {
            if (!ticket.tags.contains(tag)) {
                FB_TRY(stores.tags.addTag(ticket.id, tag));
                report.tagsAdded.append(tag);
            }
        }
    }

    if (!event.noteLines.isEmpty()) {
        const QString header =
            options.source.isEmpty()
                ? tr("From MISP event %1, what is not an observable:").arg(uuidText)
                : tr("From MISP event %1 (%2), what is not an observable:").arg(uuidText, options.source);
        for (const QString& chunk : noteChunks(header, event.noteLines)) {
            FB_TRY(stores.comments.addComment(report.ticketId, chunk));
            ++report.notes;
        }
    }
    if (!event.uuid.isNull())
        FB_TRY(exchange.recordImport(s(kFormat), event.uuid, report.ticketId, options.source));
    const QJsonObject recorded{{s("event"), uuidText},
                               {s("source"), options.source},
                               {s("observables"), report.observablesAdded},
                               {s("notes"), report.notes}};
    FB_TRY(stores.tickets.record(report.ticketId, s("import"), s(kFormat), std::nullopt,
                                 QString::fromUtf8(QJsonDocument(recorded).toJson(QJsonDocument::Compact))));
    FB_TRY(scope->commit());
    return report;
}

} // namespace fb
