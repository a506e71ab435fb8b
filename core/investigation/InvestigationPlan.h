// SPDX-License-Identifier: GPL-3.0-or-later
// InvestigationPlan: what "launch investigations" from an incident would do: one group per responsible team with
// the observables it covers, its address, key status and whether the notification is encrypted or refused, and the
// observables no team covers. Made by InvestigationPlanner, carried out by InvestigationLauncher.
#pragma once

#include "core/directory/NetworkLookupSource.h"
#include "core/mail/MailKeys.h"
#include "core/observables/Observable.h"
#include "core/taxonomy/Tlp.h"

#include <QList>
#include <QString>

#include <optional>

namespace fb {

// One observable and the directory entry that made a team responsible for it.
struct CoveredObservable
{
    Observable observable;
    QString entry; // what matched: "192.0.2.80/28", "AS64501", "*.example.org"
    LookupVia via = LookupVia::Ip;
};

struct InvestigationGroup
{
    qint64 teamId = 0;
    QString teamName;
    QString recipient; // the team's incident address (TeamFields::incidentAddress); empty: refused
    QList<CoveredObservable> observables;
    RecipientKey key;
    TlpLevel tlp = TlpLevel::Amber; // the incident's
    bool encrypt = false;           // the team has a valid key for recipient
    bool refused = false;
    QString refusal; // why, when refused: a sentence for people

    QList<Observable> observableList() const;
};

// An observable no team will be asked about, and why.
struct UnknownObservable
{
    QString value; // as given (normalised when it could be read)
    QString reason;
};

struct InvestigationPlan
{
    qint64 incidentId = 0;
    QString incidentTitle;
    TlpLevel tlp = TlpLevel::Amber;
    QList<InvestigationGroup> groups; // by team name
    QList<UnknownObservable> unknown;

    // The group of a team; nullptr when there is none.
    const InvestigationGroup* group(qint64 teamId) const;
};

} // namespace fb
