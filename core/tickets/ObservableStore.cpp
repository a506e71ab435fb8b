// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/ObservableStore.h"

#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace fb {

ObservableStore::ObservableStore(TicketRepository& tickets)
    : m_tickets(tickets)
{
}

Status ObservableStore::addObservable(qint64 id, const Observable& observable)
{
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    if (ticket.observables.contains(observable))
        return {};
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.insertObservable(id, observable));
    FB_TRY(m_tickets.record(id, QStringLiteral("observable"), observableTypeKey(observable.type), std::nullopt,
                            observable.value));
    return change->commit();
}

Status ObservableStore::addObservables(qint64 id, const QList<Observable>& observables)
{
    if (observables.isEmpty())
        return {};
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    QSet<Observable> present(ticket.observables.cbegin(), ticket.observables.cend());
    QJsonArray added; // "type:value", as TicketWorkflow::create records them
    for (const Observable& observable : observables) {
        if (present.contains(observable))
            continue;
        FB_TRY(m_tickets.insertObservable(id, observable));
        present.insert(observable);
        added.append(QString(observableTypeKey(observable.type) + QLatin1Char(':') + observable.value));
    }
    if (added.isEmpty())
        return change->commit();
    // One history row for the lot: a reply with fifty addresses is one change, not fifty.
    FB_TRY(m_tickets.record(id, QStringLiteral("observables"), {}, std::nullopt,
                            QString::fromUtf8(QJsonDocument(added).toJson(QJsonDocument::Compact))));
    return change->commit();
}

Status ObservableStore::removeObservable(qint64 id, const Observable& observable)
{
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    const QString type = observableTypeKey(observable.type);
    if (!ticket.observables.contains(observable))
        return fail(ErrorCode::NotFound,
                    tr("Ticket %1 has no observable %2 %3.").arg(ticketRef(id), type, observable.value),
                    QStringLiteral("observable"));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.deleteObservable(id, observable));
    FB_TRY(m_tickets.record(id, QStringLiteral("unobserve"), type, observable.value, std::nullopt));
    return change->commit();
}

} // namespace fb
