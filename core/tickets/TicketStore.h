// SPDX-License-Identifier: GPL-3.0-or-later
// TicketStore: creates and changes tickets the way RTIR runs them: lifecycles, links, merges,
// child mapping, SLA due dates, observables and tags. Every change is one transaction with its
// history rows.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/history/History.h"
#include "core/tickets/SlaPolicy.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace fb {

class Vault;
class Query;

struct TransitionDetails
{
    QString resolution;
    QString lessonsLearned; // required (here or already on the ticket) to resolve an incident
};

class TicketStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketStore)

public:
    TicketStore(Vault& vault, const Clock& clock, QString actor);

    Result<qint64> create(const NewTicket& ticket);
    Result<Ticket> get(qint64 id);

    // Field keys for setField(), as the CLI and the GUI name them.
    static QStringList editableFields();
    Status setField(qint64 id, const QString& field, const QString& value);

    Status transition(qint64 id, const QString& toState, const TransitionDetails& details = {});
    Status link(qint64 childId, qint64 incidentId);
    Status unlink(qint64 childId, qint64 incidentId);
    // Moves everything of report `fromId` into report `intoId`; the merged report is kept, marked.
    Status merge(qint64 intoId, qint64 fromId);

    Status addObservable(qint64 id, const Observable& observable);
    // Several at once (mail threading): the ticket is read once, and the ones it did not carry yet are
    // recorded in one history row (action "observables", a JSON list of "type:value").
    Status addObservables(qint64 id, const QList<Observable>& observables);
    Status addTag(qint64 id, const QString& tag);
    Status removeTag(qint64 id, const QString& tag);

    Result<QList<qint64>> incidentsOf(qint64 childId);
    Result<QList<qint64>> childrenOf(qint64 incidentId);

    Result<SlaPolicy> slaPolicy();
    Status setSlaPolicy(const SlaPolicy& policy);

    History& history() { return m_history; }
    const Clock& clock() const { return m_clock; }

    // Reads the ticket columns of a row selected with kTicketColumns.
    static const char* const kTicketColumns;
    static Ticket ticketFromRow(const Query& row);

private:
    Status validate(const NewTicket& ticket);
    Result<Ticket> getForChange(qint64 id);
    Status record(qint64 ticketId, const QString& action, const QString& field, std::optional<QString> oldValue,
                  std::optional<QString> newValue);
    Status indexText(qint64 id, const QString& title, const QString& description);
    Status reindexText(qint64 id, const QString& title, const QString& description);
    Status updateColumn(qint64 id, const char* sql, const QString& value);
    Status changeState(const Ticket& ticket, const QString& to, const QString& action);
    Status insertLink(const Ticket& child, const Ticket& incident);
    Status mapChildren(const Ticket& incident, const QString& outcome);
    Status insertObservable(qint64 ticketId, const Observable& observable, qint64 nowMs);
    // A value of observable_values (added when new), with its address range for addresses.
    struct StoredValue
    {
        qint64 id = 0;
        QByteArray low; // null unless an address or network
        QByteArray high;
    };
    Result<StoredValue> observableValue(const QString& type, const Observable& observable);
    Status setDueDates(const Ticket& ticket, int severity);

    Vault& m_vault;
    const Clock& m_clock;
    QString m_actor;
    History m_history;
    std::optional<SlaPolicy> m_sla;
    static constexpr qsizetype kMaxCachedValues = 20000; // about 3 MB
    QHash<QString, StoredValue> m_valueCache;            // "type\nvalue"
    quint64 m_valueCacheEpoch = 0;                       // Vault::rollbackCount() when the cache was (re)started
};

} // namespace fb
