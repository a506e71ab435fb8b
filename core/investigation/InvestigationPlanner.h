// SPDX-License-Identifier: GPL-3.0-or-later
// InvestigationPlanner: the plan for "launch investigations" (RTIR's scripted investigations) from an incident's
// observables or a pasted list: each observable resolved through the directory lookup, grouped by the most specific
// team that handles it (a /28 inside another team's /24 goes to the /28's team; a sub-domain entry beats its
// parent's), with the team's address, key status and the incident's TLP; refused where the mail could not go
// (TLP:RED or TLP:AMBER+STRICT without a valid key, a label above what the team may receive, no address).
// plan() is a pure function of the facts; planFor() reads them from the workspace and writes nothing.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/crypto/KeyInfo.h"
#include "core/directory/Team.h"
#include "core/investigation/InvestigationPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace fb {

class NetworkLookupSource;
class Vault;

// Observables typed or pasted by a person: what could be read, and the words that are no observable.
struct PastedObservables
{
    QList<Observable> observables;
    QStringList unreadable;
};

// Everything plan() decides from.
struct PlanFacts
{
    qint64 incidentId = 0;
    QString incidentTitle;
    TlpLevel tlp = TlpLevel::Amber;
    QList<Observable> observables;
    QStringList unreadable; // pasted words that are no observable: listed as unknown
    QList<Team> teams;      // the directory (addresses, linked keys, highest TLP)
    QList<KeyInfo> keys;    // the workspace keyring
    qint64 ownTeamId = 0;   // our own team: its constituency is ours to handle, not a team to ask
};

class InvestigationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(fb::InvestigationPlanner)

public:
    // Words separated by white space, commas or semicolons, each read as one observable (defanged is fine).
    static PastedObservables parseList(const QString& text);

    static InvestigationPlan plan(const PlanFacts& facts, const NetworkLookupSource& lookup);

    // The plan for incident `incidentId` (BadInput when the ticket is no incident) over its own observables, or
    // over `pasted` when given. Reads the directory and the keyring; writes nothing.
    static Result<InvestigationPlan> planFor(Vault& vault, const Clock& clock, qint64 incidentId,
                                             const std::optional<PastedObservables>& pasted = std::nullopt);

    // What to look up for an observable: the value, a URL's host; empty for hashes and CVEs.
    static QString lookupQuery(const Observable& observable);
};

} // namespace fb
