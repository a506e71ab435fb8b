// SPDX-License-Identifier: GPL-3.0-or-later
// ObservableStore: the observables a ticket carries, each change one change scope with its history entry. The
// values are kept by the TicketRepository (which may cache them: mail imports add the same addresses again and
// again).
#pragma once

#include "core/base/Result.h"
#include "core/observables/Observable.h"

#include <QCoreApplication>
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

private:
    TicketRepository& m_tickets;
};

} // namespace fb
