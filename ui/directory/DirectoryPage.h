// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryPage: the contact directory: a lookup box ("who handles 2001:db8::/32?"), the team list with filters
// and the selected team in full, with Add/Edit/Remove team (TeamEditDialog); the people (PeoplePanel); the
// distribution lists (DistributionListsPanel); imports (Trusted Introducer teams.json, vCard, OpenPGP keys,
// another team's RFC 2350 document) and vCard export.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"
#include "ui/directory/DialogRunner.h"
#include "ui/directory/DirectoryImportJob.h"

#include "core/directory/DirectoryKeys.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fb {

class DistributionListsPanel;
class JobRunner;
class PeoplePanel;
class TeamDetailView;
class TeamFilterBar;
class TeamFilterModel;
class TeamTableModel;
class WorkspaceSession;

class DirectoryPage : public QWidget
{
    Q_OBJECT

public:
    // Shows the question whether to link the 2.8 key of a document another key signed; true to link it.
    // A test hook: tests answer (and look at the dialog) without running it.
    using SignerPrompt = std::function<bool(QMessageBox& question)>;

    explicit DirectoryPage(QWidget* parent = nullptr);
    void setSignerPrompt(SignerPrompt prompt) { m_signerPrompt = std::move(prompt); }
    // Runs the page's other modal dialogs (team, person, list, members, confirmations); tests fill and press them.
    void setDialogRunner(DialogRunner runner);

    void setSession(WorkspaceSession* session);
    void reload();

    // Answers the lookup box: selects and shows the most specific team; false when nobody handles it.
    bool lookup(const QString& query);
    // Starts an import of `path` (no file dialog); keys are linked to `linkTeam` when given.
    void importFile(DirectoryImportKind kind, const QString& path, std::optional<qint64> linkTeam = std::nullopt);
    Status exportVCard(const QString& path);
    bool isImporting() const;
    // The keyring is read by a job after the list shows; true until it has answered.
    bool isCheckingKeys() const;

    bool selectTeam(qint64 teamId);
    qint64 currentTeamId() const;
    TeamDetailView* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }
    QString importMessage() const;

    enum class Tab { Teams, People, Lists };
    void showTab(Tab tab);
    PeoplePanel* people() const { return m_peoplePanel; }
    DistributionListsPanel* lists() const { return m_listsPanel; }

    // The team buttons' actions (through the dialog runner); true when something changed.
    bool addTeam();
    bool editTeam(qint64 teamId);
    bool removeTeam(qint64 teamId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void checkKeys();
    void showKeys(const QList<LinkedKey>& linked);
    void applyFilter();
    void showCurrent();
    void chooseImport(DirectoryImportKind kind, std::optional<qint64> linkTeam = std::nullopt);
    void chooseExport();
    void showImportResult(const QString& summary, const QStringList& problems);
    void confirmSigner(const ProfileImportOutcome& imported);
    QWidget* buildTeamsTab();
    void showTeamMenu(const QPoint& at);
    void updateTeamButtons();
    QList<Team> teams() const;

    WorkspaceSession* m_session = nullptr;
    TeamTableModel* m_model = nullptr;
    TeamFilterModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    TeamDetailView* m_detail = nullptr;
    QTabWidget* m_tabs = nullptr;
    PeoplePanel* m_peoplePanel = nullptr;
    DistributionListsPanel* m_listsPanel = nullptr;
    QPushButton* m_editTeam = nullptr;
    QPushButton* m_removeTeam = nullptr;
    QLineEdit* m_lookup = nullptr;
    QLabel* m_lookupResult = nullptr;
    TeamFilterBar* m_filterBar = nullptr;
    QLabel* m_importResult = nullptr;
    QPlainTextEdit* m_importProblems = nullptr;
    DirectoryImportJob* m_job = nullptr;
    QList<Person> m_people;
    bool m_needsReload = false;
    JobRunner* m_keyCheck = nullptr;
    SignerPrompt m_signerPrompt;
    DialogRunner m_runner;
};

} // namespace fb
