// SPDX-License-Identifier: GPL-3.0-or-later
// InvestigationPlanDialog: "Launch investigations…" on an incident. Shows the plan (InvestigationPlanner) as a table
// — team, observables, recipient, key status, TLP, encrypted, and an include box; refused teams with the reason and
// no box — the observables no team covers (to copy for manual handling), and the text of each notification before
// anything is created. Launch creates the Investigations and stores their signed notifications (InvestigationLauncher)
// as a job with progress and cancel; the team key's passphrase is asked when GnuPG needs it.
#pragma once

#include "core/investigation/InvestigationLauncher.h"
#include "core/investigation/InvestigationPlan.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace fb {

class JobRunner;
class WorkspaceSession;

class InvestigationPlanDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { TeamColumn, ObservablesColumn, RecipientColumn, KeyColumn, TlpColumn, EncryptedColumn, StatusColumn };

    InvestigationPlanDialog(WorkspaceSession& session, qint64 incidentId, QWidget* parent = nullptr);
    ~InvestigationPlanDialog() override;

    // Plans again: over the pasted text when it has any, else over the incident's observables. Runs as a job.
    void makePlan();
    bool isPlanning() const;
    bool isLaunching() const;
    const std::optional<InvestigationPlan>& plan() const { return m_plan; }
    // The teams left out by unticking them.
    LaunchChoice choice() const;
    // The row of a team in the table; -1 when it is not there.
    int rowOf(qint64 teamId) const;
    void setIncluded(qint64 teamId, bool included);
    // Creates the Investigations of the ticked teams with their notifications, as a job.
    void launch();
    QList<qint64> launched() const { return m_launched; }
    QString statusText() const;
    QString previewText() const;

Q_SIGNALS:
    // The Investigations were created (their numbers).
    void investigationsLaunched(const QList<qint64>& ids);

protected:
    void reject() override;

private:
    void showPlan();
    void updatePreview();
    void copyUnknown();
    void showStatus(const QString& text, bool bad = false);
    void updateButtons();

    WorkspaceSession& m_session;
    qint64 m_incidentId = 0;
    std::optional<InvestigationPlan> m_plan;
    QList<qint64> m_launched;
    JobRunner* m_planJob = nullptr;
    JobRunner* m_launchJob = nullptr;
    QLabel* m_heading = nullptr;
    QPlainTextEdit* m_pasted = nullptr;
    QPushButton* m_planButton = nullptr;
    QTableWidget* m_table = nullptr;
    QListWidget* m_unknown = nullptr;
    QPushButton* m_copyUnknown = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_launch = nullptr;
    QPushButton* m_close = nullptr;
    bool m_filling = false;
    bool m_hasTeamKey = false;
};

} // namespace fb
