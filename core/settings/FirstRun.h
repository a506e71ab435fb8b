// SPDX-License-Identifier: GPL-3.0-or-later
// FirstRun: the rules of the first-run guide. Whether a workspace still waits for it (a workspace the GUI creates
// is marked pending; done or skipped, it never comes back on its own), and what each of its steps changes: our team
// (a directory entry made or updated and marked ours, and the mail subject tag), our signing key (chosen, and linked
// to our entry), the SLA policy. Each step is one change, saved through WorkspaceSettings as the Settings page saves.
#pragma once

#include "core/base/Result.h"
#include "core/history/ChangeContext.h"
#include "core/tickets/SlaPolicy.h"

#include <QCoreApplication>
#include <QString>

namespace fb {

class SlaPolicyStore;
class Vault;

class FirstRun
{
    Q_DECLARE_TR_FUNCTIONS(fb::FirstRun)

public:
    static constexpr const char* kStateKey = "firstrun.state";

    struct TeamAnswers
    {
        QString name;       // our team's official name
        QString email;      // its contact address
        QString subjectTag; // as MailStore keeps it: "CERT-X" for "[CERT-X #123]"
    };

    FirstRun(const ChangeContext& change, SlaPolicyStore& sla);

    // A workspace just created in the GUI waits for the guide.
    static Status markPending(Vault& vault);
    // True until markDone(); false for a workspace never marked pending (opened, demo, made by the CLI).
    static Result<bool> isPending(Vault& vault);
    // Done or skipped: the guide does not come back on its own.
    Status markDone();

    // What the team page starts with: our entry's official name and first e-mail address, and the subject tag.
    Result<TeamAnswers> currentTeam();
    // BadInput naming the first refused answer (where: "name", "email" or "subject-tag").
    static Status checkTeam(const TeamAnswers& answers);
    // One change: our directory entry (added when we have none, else its official name and first e-mail address
    // updated, with the directory's edit log), marked ours, and the subject tag. Returns our entry's id.
    Result<qint64> applyTeam(const TeamAnswers& answers);
    // One change: fingerprint becomes the team signing key, and is linked to our directory entry when we have one.
    Status applyKey(const QString& fingerprint);
    // One change: the SLA policy (checked as the Settings page checks it), with its history row.
    Status applySla(const SlaPolicy& policy);

private:
    ChangeContext m_change;
    SlaPolicyStore& m_sla;
};

} // namespace fb
