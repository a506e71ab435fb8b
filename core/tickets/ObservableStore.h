// SPDX-License-Identifier: GPL-3.0-or-later
// ObservableStore: the observables a ticket carries. Values are stored once (observable_values) and kept in
// a small cache of ids, since mail imports add the same addresses again and again.
// Second backend: implements this class's public API (addObservable, addObservables, removeObservable,
// insertObservable); the
// SQL and the value cache stay in ObservableStore.cpp.
#pragma once

#include "core/base/Result.h"
#include "core/observables/Observable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace fb {

class TicketRepository;

class ObservableStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::ObservableStore)

public:
    explicit ObservableStore(TicketRepository& tickets);

    Status addObservable(qint64 id, const Observable& observable);
    // Several at once (mail threading): the ticket is read once, and the ones it did not carry yet are
    // recorded in one history row (action "observables", a JSON list of "type:value").
    Status addObservables(qint64 id, const QList<Observable>& observables);
    // Takes an observable off a ticket (its value stays for other tickets); NotFound when the ticket lacks it.
    Status removeObservable(qint64 id, const Observable& observable);
    // A step of a larger change (create, merge): adds the observable unless the ticket has it, without a
    // history row.
    Status insertObservable(qint64 ticketId, const Observable& observable, qint64 nowMs);

private:
    // A value of observable_values (added when new), with its address range for addresses.
    struct StoredValue
    {
        qint64 id = 0;
        QByteArray low; // null unless an address or network
        QByteArray high;
    };
    Result<StoredValue> observableValue(const QString& type, const Observable& observable);

    TicketRepository& m_tickets;
    static constexpr qsizetype kMaxCachedValues = 20000; // about 3 MB
    QHash<QString, StoredValue> m_valueCache;            // "type\nvalue"
    quint64 m_valueCacheEpoch = 0;                       // Vault::rollbackCount() when the cache was (re)started
};

} // namespace fb
