// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/ObservableStore.h"

#include "core/observables/IpRange.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

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
    Transaction transaction(m_tickets.vault());
    if (!transaction.status())
        return transaction.status();
    if (auto status = insertObservable(id, observable, epochMs(m_tickets.clock().nowUtc())); !status)
        return status;
    if (auto status = m_tickets.record(id, QStringLiteral("observable"), observableTypeKey(observable.type),
                                       std::nullopt, observable.value);
        !status)
        return status;
    return transaction.commit();
}

Status ObservableStore::addObservables(qint64 id, const QList<Observable>& observables)
{
    if (observables.isEmpty())
        return {};
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    Transaction transaction(m_tickets.vault());
    if (!transaction.status())
        return transaction.status();
    const qint64 now = epochMs(m_tickets.clock().nowUtc());
    QSet<Observable> present(ticket.observables.cbegin(), ticket.observables.cend());
    QJsonArray added; // "type:value", as TicketWorkflow::create records them
    for (const Observable& observable : observables) {
        if (present.contains(observable))
            continue;
        if (auto status = insertObservable(id, observable, now); !status)
            return status;
        present.insert(observable);
        added.append(QString(observableTypeKey(observable.type) + QLatin1Char(':') + observable.value));
    }
    if (added.isEmpty())
        return transaction.commit();
    // One history row for the lot: a reply with fifty addresses is one change, not fifty.
    if (auto status = m_tickets.record(id, QStringLiteral("observables"), {}, std::nullopt,
                                       QString::fromUtf8(QJsonDocument(added).toJson(QJsonDocument::Compact)));
        !status)
        return status;
    return transaction.commit();
}

Status ObservableStore::removeObservable(qint64 id, const Observable& observable)
{
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(id));
    const QString type = observableTypeKey(observable.type);
    if (!ticket.observables.contains(observable))
        return fail(ErrorCode::NotFound,
                    tr("Ticket %1 has no observable %2 %3.").arg(ticketRef(id), type, observable.value),
                    QStringLiteral("observable"));
    Transaction transaction(m_tickets.vault());
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto q, m_tickets.vault().query("DELETE FROM ticket_observables WHERE ticket_id = ?1 AND value_id IN "
                                                  "(SELECT id FROM observable_values WHERE type = ?2 AND value = ?3)"));
    FB_TRY(q.bind(1, id).bind(2, type).bind(3, observable.value).exec());
    FB_TRY(m_tickets.record(id, QStringLiteral("unobserve"), type, observable.value, std::nullopt));
    return transaction.commit();
}

Status ObservableStore::insertObservable(qint64 ticketId, const Observable& observable, qint64 nowMs)
{
    const QString type = observableTypeKey(observable.type);
    FB_TRY_ASSIGN(auto value, observableValue(type, observable));
    FB_TRY_ASSIGN(auto q,
                  m_tickets.vault().query(
                      "INSERT OR IGNORE INTO ticket_observables (ticket_id, value_id, created_at, address_type, "
                      "ip_low, ip_high) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    q.bind(1, ticketId).bind(2, value.id).bind(3, nowMs).bindBlob(5, value.low).bindBlob(6, value.high);
    if (value.low.isNull())
        q.bindNull(4); // not an address
    else
        q.bind(4, type);
    return q.exec();
}

Result<ObservableStore::StoredValue> ObservableStore::observableValue(const QString& type, const Observable& observable)
{
    Vault& vault = m_tickets.vault();
    // Mail imports add the same few hundred addresses again and again: the ids (never changed, never deleted)
    // are kept here, and dropped whenever this connection rolls back, which may undo rows they name.
    if (m_valueCacheEpoch != vault.rollbackCount() || m_valueCache.size() > kMaxCachedValues) {
        m_valueCache.clear();
        m_valueCacheEpoch = vault.rollbackCount();
    }
    const QString key = type + QLatin1Char('\n') + observable.value;
    if (const auto cached = m_valueCache.constFind(key); cached != m_valueCache.constEnd())
        return *cached;

    StoredValue value;
    if (isAddressType(observable.type)) {
        const auto range = IpRange::parse(observable.value);
        if (!range)
            return fail(ErrorCode::BadInput, tr("'%1' is not an IP address or network.").arg(observable.value),
                        QStringLiteral("observable"));
        value.low = range->low();
        value.high = range->high();
    }
    FB_TRY_ASSIGN(auto q, vault.query("SELECT id FROM observable_values WHERE type = ?1 AND value = ?2"));
    q.bind(1, type).bind(2, observable.value);
    FB_TRY_ASSIGN(auto row, q.next());
    if (row) {
        value.id = q.int64(0);
    } else {
        FB_TRY_ASSIGN(auto add, vault.query("INSERT INTO observable_values (type, value) VALUES (?1, ?2)"));
        FB_TRY(add.bind(1, type).bind(2, observable.value).exec());
        value.id = vault.lastInsertId();
    }
    m_valueCache.insert(key, value);
    return value;
}

} // namespace fb
