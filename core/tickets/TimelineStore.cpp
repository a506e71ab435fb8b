// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TimelineStore.h"

#include "core/base/AtomicFile.h"
#include "core/observables/ObservableExtractor.h"
#include "core/tickets/ObservableStore.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"
#include "core/tickets/TimelineCsv.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fb {

namespace {

// The first control character other than tab and line breaks, or -1.
qsizetype controlAt(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n') || u == 0x7f)
            return i;
    }
    return -1;
}

// Trailing white space and leading blank lines go (as for comments and notes).
QString trimmedText(const QString& text)
{
    QString body = text;
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    while (!body.isEmpty() && (body.front() == QLatin1Char('\n') || body.front() == QLatin1Char('\r')))
        body.remove(0, 1);
    return body;
}

} // namespace

QString TimelineStore::historyValue(qint64 eventId, const NewTimelineEvent& e)
{
    QJsonObject object{{QStringLiteral("event"), eventId},
                       {QStringLiteral("at"), isoOrEmpty(e.occurredAt)},
                       {QStringLiteral("title"), e.title}};
    if (e.endedAt.isValid())
        object.insert(QStringLiteral("end"), isoOrEmpty(e.endedAt));
    if (!e.description.isEmpty())
        object.insert(QStringLiteral("description"), e.description);
    if (!e.source.isEmpty())
        object.insert(QStringLiteral("source"), e.source);
    if (!e.raw.isEmpty()) {
        object.insert(QStringLiteral("raw_bytes"), qint64(e.raw.toUtf8().size()));
        object.insert(
            QStringLiteral("raw_sha256"),
            QString::fromLatin1(QCryptographicHash::hash(e.raw.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }
    if (e.messageId)
        object.insert(QStringLiteral("message"), *e.messageId);
    if (e.observable)
        object.insert(QStringLiteral("observable"),
                      QString(observableTypeKey(e.observable->type) + QLatin1Char(':') + e.observable->value));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TimelineStore::TimelineStore(TicketRepository& tickets, ObservableStore& observables)
    : m_tickets(tickets)
    , m_observables(observables)
{
}

Result<NewTimelineEvent> TimelineStore::checked(const NewTimelineEvent& event)
{
    NewTimelineEvent out = event;
    out.title = event.title.simplified();
    out.source = event.source.simplified();
    out.description = trimmedText(event.description);
    out.raw = trimmedText(event.raw);
    if (!event.occurredAt.isValid())
        return fail(ErrorCode::BadInput, tr("An event needs the time it happened."), QStringLiteral("time"));
    out.occurredAt = event.occurredAt.toUTC();
    out.endedAt = event.endedAt.isValid() ? event.endedAt.toUTC() : QDateTime();
    if (out.endedAt.isValid() && out.endedAt < out.occurredAt)
        return fail(ErrorCode::BadInput,
                    tr("An event cannot end (%1) before it begins (%2).")
                        .arg(isoOrEmpty(out.endedAt), isoOrEmpty(out.occurredAt)),
                    QStringLiteral("end"));
    if (out.title.isEmpty() || out.title.size() > kMaxTitleLength)
        return fail(ErrorCode::BadInput,
                    tr("An event needs a title (what happened) of at most %1 characters.").arg(kMaxTitleLength),
                    QStringLiteral("what"));
    if (out.source.size() > kMaxSourceLength)
        return fail(ErrorCode::BadInput, tr("A source can be at most %1 characters long.").arg(kMaxSourceLength),
                    QStringLiteral("source"));
    const std::pair<const char*, const QString*> texts[] = {
        {"what", &event.title}, {"description", &out.description}, {"source", &event.source}, {"raw", &out.raw}};
    for (const auto& [key, text] : texts) {
        if (const qsizetype at = controlAt(*text); at >= 0)
            return fail(ErrorCode::BadInput,
                        tr("The %1 holds a control character (U+%2) at position %3.")
                            .arg(QLatin1String(key))
                            .arg(text->at(at).unicode(), 4, 16, QLatin1Char('0'))
                            .arg(at + 1),
                        QLatin1String(key));
    }
    for (const auto& [key, text] : {std::pair{"description", &out.description}, std::pair{"raw", &out.raw}}) {
        if (text->size() > kMaxTextLength)
            return fail(ErrorCode::BadInput,
                        tr("The %1 can be at most %L2 characters long; this one has %L3.")
                            .arg(QLatin1String(key))
                            .arg(kMaxTextLength)
                            .arg(text->size()),
                        QLatin1String(key));
    }
    return out;
}

Status TimelineStore::record(qint64 ticketId, const QString& field, qint64 eventId, const NewTimelineEvent* before,
                             const NewTimelineEvent* after)
{
    return m_tickets.record(ticketId, QStringLiteral("timeline"), field,
                            before ? std::optional(historyValue(eventId, *before)) : std::nullopt,
                            after ? std::optional(historyValue(eventId, *after)) : std::nullopt);
}

Result<int> TimelineStore::attachObservables(qint64 ticketId, const QList<NewTimelineEvent>& events)
{
    FB_TRY_ASSIGN(auto ticket, m_tickets.get(ticketId));
    const QSet<Observable> present(ticket.observables.cbegin(), ticket.observables.cend());
    QList<Observable> found;
    QSet<Observable> seen;
    for (const NewTimelineEvent& event : events) {
        for (const Observable& observable :
             ObservableExtractor::extract(event.description + QLatin1Char('\n') + event.raw)) {
            if (present.contains(observable) || seen.contains(observable))
                continue;
            seen.insert(observable);
            found.append(observable);
        }
    }
    FB_TRY(m_observables.addObservables(ticketId, found));
    return int(found.size());
}

Result<TimelineChange> TimelineStore::add(qint64 ticketId, const NewTimelineEvent& event)
{
    return addAll(ticketId, {event});
}

Result<TimelineChange> TimelineStore::addAll(qint64 ticketId, const QList<NewTimelineEvent>& events, JobControl* job)
{
    FB_TRY(m_tickets.getForChange(ticketId));
    QList<NewTimelineEvent> stored;
    stored.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        auto event = checked(events.at(i));
        if (!event) {
            Error error = event.error();
            if (events.size() > 1) {
                error.message = tr("Event %L1: %2").arg(i + 1).arg(error.message);
                error.where = QStringLiteral("event %1, %2").arg(i + 1).arg(error.where);
            }
            return fail(error);
        }
        stored.append(*event);
    }
    TimelineChange change;
    FB_TRY_ASSIGN(auto scope, m_tickets.beginChange());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (job) {
            if (job->isCancelled())
                return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was added."));
            if (i % 100 == 0)
                job->setProgress(i, stored.size(), tr("Adding events"));
        }
        FB_TRY_ASSIGN(auto id, m_tickets.insertTimelineEvent(ticketId, stored.at(i)));
        FB_TRY(record(ticketId, QStringLiteral("add"), id, nullptr, &stored.at(i)));
        change.events.append(id);
    }
    FB_TRY_ASSIGN(change.observablesAdded, attachObservables(ticketId, stored));
    FB_TRY(scope->commit());
    return change;
}

Result<TimelineChange> TimelineStore::edit(qint64 eventId, const NewTimelineEvent& event)
{
    FB_TRY_ASSIGN(auto current, m_tickets.timelineEvent(eventId));
    FB_TRY(m_tickets.getForChange(current.ticketId));
    FB_TRY_ASSIGN(auto stored, checked(event));
    TimelineChange change;
    change.events.append(eventId);
    if (stored == current.event)
        return change;
    FB_TRY_ASSIGN(auto scope, m_tickets.beginChange());
    FB_TRY(m_tickets.updateTimelineEvent(eventId, stored));
    FB_TRY(record(current.ticketId, QStringLiteral("edit"), eventId, &current.event, &stored));
    FB_TRY_ASSIGN(change.observablesAdded, attachObservables(current.ticketId, {stored}));
    FB_TRY(scope->commit());
    return change;
}

Status TimelineStore::remove(qint64 eventId)
{
    FB_TRY_ASSIGN(auto current, m_tickets.timelineEvent(eventId));
    FB_TRY(m_tickets.getForChange(current.ticketId));
    FB_TRY_ASSIGN(auto scope, m_tickets.beginChange());
    FB_TRY(m_tickets.deleteTimelineEvent(eventId));
    FB_TRY(record(current.ticketId, QStringLiteral("remove"), eventId, &current.event, nullptr));
    return scope->commit();
}

Result<TimelineChange> TimelineStore::importCsv(qint64 ticketId, const QByteArray& csv, JobControl* job)
{
    FB_TRY(m_tickets.getForChange(ticketId));
    FB_TRY_ASSIGN(auto parsed, TimelineCsv::parse(csv, CsvReader::Limits{kMaxImportBytes, kMaxImportRows + 1}));
    if (parsed.events.isEmpty())
        return fail(ErrorCode::BadInput, tr("The file has a header row but no events."), QStringLiteral("row 2"));
    // Each event is checked here too, so that a refusal names the row and column of the file.
    for (qsizetype i = 0; i < parsed.events.size(); ++i) {
        const auto event = checked(parsed.events.at(i));
        if (event)
            continue;
        const QString key =
            event.error().where == QLatin1String("end") && !parsed.columns.contains(QStringLiteral("end"))
                ? QStringLiteral("time")
                : event.error().where;
        const int column = parsed.columns.value(key);
        return fail(
            ErrorCode::BadInput,
            tr("Row %L1, column %2 (%3): %4").arg(parsed.rows.at(i)).arg(column).arg(key, event.error().message),
            QStringLiteral("row %1, column %2").arg(parsed.rows.at(i)).arg(column));
    }
    FB_TRY_ASSIGN(auto change, addAll(ticketId, parsed.events, job));
    change.ignoredColumns = parsed.ignoredColumns;
    return change;
}

Result<QByteArray> TimelineStore::csv(qint64 ticketId)
{
    FB_TRY_ASSIGN(auto list, events(ticketId));
    return TimelineCsv::write(list);
}

Result<qsizetype> TimelineStore::exportCsv(qint64 ticketId, const QString& path)
{
    FB_TRY_ASSIGN(auto list, events(ticketId));
    FB_TRY(AtomicFile::write(path, TimelineCsv::write(list), AtomicFile::Access::OwnerOnly));
    return list.size();
}

NewTimelineEvent TimelineStore::draft(const Observable& observable, const QDateTime& at)
{
    NewTimelineEvent event;
    event.occurredAt = at.toUTC();
    //: A timeline event taken from an observable: %1 its type (ipv4, domain...), %2 its value.
    event.title = tr("%1 %2 seen").arg(observableTypeKey(observable.type), observable.value).left(kMaxTitleLength);
    event.source = tr("observable");
    event.observable = observable;
    return event;
}

Result<TimelineEvent> TimelineStore::event(qint64 eventId)
{
    return m_tickets.timelineEvent(eventId);
}

Result<QList<TimelineEvent>> TimelineStore::events(qint64 ticketId)
{
    FB_TRY(m_tickets.get(ticketId));
    return m_tickets.timeline(ticketId);
}

} // namespace fb
