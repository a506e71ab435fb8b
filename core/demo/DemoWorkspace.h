// SPDX-License-Identifier: GPL-3.0-or-later
// DemoWorkspace: fills an empty workspace with a realistic, deterministic set of tickets of every kind and state
// over the last ninety days, for trying Firebreak out (firebreak-cli demo, and the GUI's demo).
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fb {

class Vault;

struct DemoSummary
{
    int tickets = 0;
    int reports = 0;
    int incidents = 0;
    int investigations = 0;
    int countermeasures = 0;
    QDateTime from; // the oldest event
    QDateTime to;   // the newest event (the clock's now, to the minute)
};

class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(fb::DemoWorkspace)

public:
    // Adds the demo tickets, with their history, dated back from clock.nowUtc(); the same content every time
    // (only the dates move with the clock). Addresses and domains are documentation ones (RFC 5737, RFC 3849,
    // RFC 2606 example.* names). Refuses a workspace that already holds tickets (Conflict). One transaction.
    static Result<DemoSummary> populate(Vault& vault, const Clock& clock);
    // populate(), then the demo directory (DemoDirectory: a few teams, ours among them) and the demo mail
    // threads (DemoCorrespondence, which needs gpg): the demo the GUI and `firebreak-cli demo` show.
    static Result<DemoSummary> populateAll(Vault& vault, const Clock& clock);
};

} // namespace fb
