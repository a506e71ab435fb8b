// SPDX-License-Identifier: GPL-3.0-or-later
// InvestigationLauncher: carries out an InvestigationPlan. preview() writes each chosen team's notification from the
// "investigate-team" template (nothing is stored); launch() creates, in one change (all or nothing), one
// Investigation per chosen team linked to the incident with the observables it covers, and stores on it the
// notification, signed with the team key and encrypted where the team has a valid key, as sent mail (ready to send:
// exported as .eml like any other; live SMTP comes later).
#pragma once

#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/history/ChangeContext.h"
#include "core/investigation/InvestigationPlan.h"
#include "core/mail/MailComposer.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class MailKeys;

// What the person chose on top of the plan.
struct LaunchChoice
{
    QList<qint64> excludedTeams; // groups left out (refused groups are always left out)
    QString from;                // empty: our team's name and address
    QString signKey;             // empty: the team key (OwnTeam::signingKey); launching refuses when there is none
};

// One notification as it will be written.
struct InvestigationNotice
{
    qint64 teamId = 0;
    QString teamName;
    QString title; // the new Investigation's title
    QList<Observable> observables;
    OutgoingMail mail; // ticketId 0 until the Investigation exists
};

struct LaunchedInvestigation
{
    qint64 teamId = 0;
    QString teamName;
    qint64 ticketId = 0;
    ParsedMessage message; // as stored on the Investigation
};

class InvestigationLauncher
{
    Q_DECLARE_TR_FUNCTIONS(fb::InvestigationLauncher)

public:
    static constexpr const char* kTemplate = "investigate-team";

    explicit InvestigationLauncher(const ChangeContext& change);
    // The keys that sign and encrypt; launch() needs them. Must outlive the launcher.
    void setKeys(MailKeys* keys) { m_keys = keys; }

    // The notifications of the groups neither refused nor excluded, in plan order; writes nothing. BadInput when no
    // group is left.
    Result<QList<InvestigationNotice>> preview(const InvestigationPlan& plan, const LaunchChoice& choice);
    // Creates the Investigations and stores their notifications, all in one transaction; cancelled (ErrorCode::
    // Cancelled) or failed, nothing is kept.
    Result<QList<LaunchedInvestigation>> launch(const InvestigationPlan& plan, const LaunchChoice& choice,
                                                JobControl& control);

    // A notice as people check it before anything is created: recipient, subject, protection, then the text.
    static QString previewText(const InvestigationNotice& notice);

private:
    ChangeContext m_change;
    MailKeys* m_keys = nullptr;
};

} // namespace fb
