// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryPage.h"

#include "core/base/AtomicFile.h"
#include "core/base/Job.h"

#include "core/crypto/KeyringStore.h"
#include "core/directory/DirectoryKeys.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/PersonReader.h"
#include "core/directory/TeamReader.h"
#include "core/directory/TeamStore.h"
#include "core/directory/DirectoryVCard.h"
#include "core/crypto/KeyInfo.h"
#include "core/profile/ProfileStore.h"
#include "ui/directory/DistributionListsPanel.h"
#include "ui/directory/PeoplePanel.h"
#include "ui/directory/TeamDetailView.h"
#include "ui/directory/TeamFilterBar.h"
#include "ui/directory/TeamEditDialog.h"
#include "ui/directory/TeamFilterModel.h"
#include "ui/directory/TeamTableModel.h"
#include "ui/job/JobRunner.h"
#include "ui/main/EmptyState.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fb {

DirectoryPage::DirectoryPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("directoryPage"));
    m_keyCheck = new JobRunner(this);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Directory"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    top->addWidget(title);
    top->addSpacing(fontMetrics().averageCharWidth() * 4);
    m_lookup = new QLineEdit(this);
    m_lookup->setObjectName(QStringLiteral("lookupLineEdit"));
    m_lookup->setPlaceholderText(tr("Who handles… (address, network, AS, domain, e-mail)"));
    m_lookup->setClearButtonEnabled(true);
    m_lookup->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    top->addWidget(m_lookup, 1);
    auto* lookupButton = new QPushButton(tr("&Look up"), this);
    lookupButton->setObjectName(QStringLiteral("lookupPushButton"));
    top->addWidget(lookupButton);

    auto* importButton = new QToolButton(this);
    importButton->setObjectName(QStringLiteral("importToolButton"));
    importButton->setText(tr("&Import"));
    importButton->setPopupMode(QToolButton::InstantPopup);
    auto* importMenu = new QMenu(importButton);
    importMenu->addAction(tr("Trusted Introducer teams.json…"), this,
                          [this]() { chooseImport(DirectoryImportKind::TrustedIntroducer); });
    importMenu->addAction(tr("vCard file…"), this, [this]() { chooseImport(DirectoryImportKind::VCard); });
    importMenu->addAction(tr("OpenPGP keys…"), this, [this]() { chooseImport(DirectoryImportKind::Keys); });
    importMenu->addAction(tr("RFC 2350 document…"), this, [this]() { chooseImport(DirectoryImportKind::Rfc2350); });
    importButton->setMenu(importMenu);
    top->addWidget(importButton);
    auto* exportButton = new QPushButton(tr("&Export vCard…"), this);
    exportButton->setObjectName(QStringLiteral("exportVCardPushButton"));
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_lookupResult = new QLabel(this);
    m_lookupResult->setObjectName(QStringLiteral("lookupResultLabel"));
    m_lookupResult->setWordWrap(true);
    m_lookupResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_lookupResult);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("directoryTabWidget"));
    m_tabs->addTab(buildTeamsTab(), tr("&Teams"));
    m_peoplePanel = new PeoplePanel(m_tabs);
    m_tabs->addTab(m_peoplePanel, tr("&People"));
    m_listsPanel = new DistributionListsPanel(m_tabs);
    m_tabs->addTab(m_listsPanel, tr("Li&sts"));
    layout->addWidget(m_tabs, 1);

    m_importResult = new QLabel(this);
    m_importResult->setObjectName(QStringLiteral("importResultLabel"));
    m_importResult->setWordWrap(true);
    m_importResult->hide();
    layout->addWidget(m_importResult);
    m_importProblems = new QPlainTextEdit(this);
    m_importProblems->setObjectName(QStringLiteral("importProblemsPlainTextEdit"));
    m_importProblems->setReadOnly(true);
    m_importProblems->setMaximumHeight(fontMetrics().height() * 7);
    m_importProblems->hide();
    layout->addWidget(m_importProblems);

    m_job = new DirectoryImportJob(this);
    connect(m_job, &DirectoryImportJob::finished, this, [this](const DirectoryImportOutcome& outcome) {
        reload();
        if (outcome.linkTeam)
            selectTeam(*outcome.linkTeam);
        else if (outcome.team)
            selectTeam(*outcome.team);
        showImportResult(outcome.summary, outcome.problems);
        if (outcome.profileImport && !outcome.profileImport->heldBackKey.isEmpty())
            confirmSigner(*outcome.profileImport);
    });
    connect(m_job, &DirectoryImportJob::failed, this,
            [this](const Error& error) { showImportResult(error.toString(), {}); });
    connect(m_lookup, &QLineEdit::returnPressed, this, [this]() { lookup(m_lookup->text()); });
    connect(lookupButton, &QPushButton::clicked, this, [this]() { lookup(m_lookup->text()); });
    connect(exportButton, &QPushButton::clicked, this, &DirectoryPage::chooseExport);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DirectoryPage::showCurrent);
    connect(m_detail, &TeamDetailView::importKeyRequested, this,
            [this](qint64 teamId) { chooseImport(DirectoryImportKind::Keys, teamId); });
    connect(m_peoplePanel, &PeoplePanel::changed, this, [this](qint64 personId) {
        reload();
        if (personId)
            m_peoplePanel->selectPerson(personId);
    });
    setEnabled(false);
}

QWidget* DirectoryPage::buildTeamsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_filterBar = new TeamFilterBar(tab);
    layout->addWidget(m_filterBar);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add team…"), tab);
    add->setObjectName(QStringLiteral("addTeamPushButton"));
    m_editTeam = new QPushButton(tr("&Edit team…"), tab);
    m_editTeam->setObjectName(QStringLiteral("editTeamPushButton"));
    m_removeTeam = new QPushButton(tr("&Remove team…"), tab);
    m_removeTeam->setObjectName(QStringLiteral("removeTeamPushButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_editTeam);
    buttons->addWidget(m_removeTeam);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* split = new QSplitter(Qt::Horizontal, tab);
    m_model = new TeamTableModel(this);
    m_filter = new TeamFilterModel(m_model, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("teamTableView"));
    m_table->setModel(m_filter);
    EmptyState* noTeams = EmptyState::over(m_table, QStringLiteral("teamsEmptyState"));
    noTeams->setIcon(IconId::Directory);
    auto describe = [this, noTeams]() {
        if (m_model->rowCount() == 0) {
            // Add team… is just above the list: the empty state points to it rather than repeating it.
            noTeams->setMessage(tr("No teams in the directory yet"),
                                tr("Add the teams you work with (Add team… above), or import the Trusted Introducer "
                                   "list, vCards or RFC 2350 documents with Import."));
            noTeams->setAction(nullptr);
        } else {
            noTeams->setMessage(tr("No team matches the filter"), tr("Try other words, or fewer filters."));
            noTeams->setButton(tr("Clear the filter"), [this]() { m_filterBar->clear(); });
        }
    };
    connect(m_filter, &QAbstractItemModel::modelReset, noTeams, describe);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, noTeams, describe);
    connect(m_filter, &QAbstractItemModel::layoutChanged, noTeams, describe);
    describe();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TeamTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab moves on to the team's detail
    // Columns fit their contents; the long type names give way first when the list is narrow.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TeamTableModel::Type, QHeaderView::Stretch);
    m_table->setColumnHidden(TeamTableModel::OfficialName, true);
    m_detail = new TeamDetailView(split);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_filterBar, &TeamFilterBar::changed, this, &DirectoryPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &DirectoryPage::addTeam);
    connect(m_editTeam, &QPushButton::clicked, this, [this]() { editTeam(currentTeamId()); });
    connect(m_removeTeam, &QPushButton::clicked, this, [this]() { removeTeam(currentTeamId()); });
    connect(m_table, &QTableView::doubleClicked, this, [this]() { editTeam(currentTeamId()); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &DirectoryPage::showTeamMenu);
    return tab;
}

void DirectoryPage::showTeamMenu(const QPoint& at)
{
    QMenu menu(this);
    menu.addAction(tr("Add team…"), this, &DirectoryPage::addTeam);
    if (const qint64 id = currentTeamId(); id && m_table->indexAt(at).isValid()) {
        menu.addAction(tr("Edit team…"), this, [this, id]() { editTeam(id); });
        menu.addAction(tr("Remove team…"), this, [this, id]() { removeTeam(id); });
    }
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void DirectoryPage::updateTeamButtons()
{
    const bool any = currentTeamId() != 0;
    m_editTeam->setEnabled(any);
    m_removeTeam->setEnabled(any);
}

void DirectoryPage::setDialogRunner(DialogRunner runner)
{
    m_runner = runner;
    m_peoplePanel->setDialogRunner(runner);
    m_listsPanel->setDialogRunner(std::move(runner));
}

void DirectoryPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QList<Team> DirectoryPage::teams() const
{
    QList<Team> list;
    for (const TeamRow& row : m_model->rows())
        list.append(row.team);
    return list;
}

bool DirectoryPage::addTeam()
{
    if (!m_session)
        return false;
    TeamEditDialog dialog(*m_session, Team{}, this);
    if (runDialog(m_runner, dialog) != QDialog::Accepted || !dialog.savedId())
        return false;
    reload();
    selectTeam(dialog.savedId());
    //: %1 is the team's name
    showImportResult(
        tr("%1 was added to the directory.")
            .arg(m_model->rowFor(dialog.savedId()) ? m_model->rowFor(dialog.savedId())->team.displayName() : QString()),
        {});
    return true;
}

bool DirectoryPage::editTeam(qint64 teamId)
{
    if (!m_session || !teamId)
        return false;
    // The stored team, not the list's copy: an import may have changed it since.
    auto team = TeamReader(m_session->vault()).team(teamId);
    if (!team) {
        showImportResult(team.error().toString(), {});
        return false;
    }
    TeamEditDialog dialog(*m_session, *team, this);
    if (runDialog(m_runner, dialog) != QDialog::Accepted || !dialog.savedId())
        return false;
    reload();
    selectTeam(teamId);
    return true;
}

bool DirectoryPage::removeTeam(qint64 teamId)
{
    const TeamRow* row = m_model->rowFor(teamId);
    if (!m_session || !row)
        return false;
    const QString name = row->team.displayName();
    if (!confirmAction(m_runner, this, QStringLiteral("removeTeamMessageBox"), tr("Remove team"),
                       tr("Remove %1 from the directory? Its channels, constituency, key links and agreements go "
                          "with it, and it is taken off every distribution list; people keep their other teams. "
                          "The history keeps a record.")
                           .arg(name),
                       tr("&Remove team")))
        return false;
    if (auto status = TeamStore(m_session->change()).removeTeam(teamId); !status) {
        showImportResult(status.error().toString(), {});
        return false;
    }
    reload();
    showImportResult(tr("%1 was removed from the directory.").arg(name), {});
    return true;
}

void DirectoryPage::confirmSigner(const ProfileImportOutcome& imported)
{
    if (!m_session)
        return;
    const ProfileVerification& v = imported.verification;
    QMessageBox question(QMessageBox::Warning, tr("Signer is not the team's key"),
                         tr("This document is signed by another key than the team's own key named in its section "
                            "2.8. Anybody can sign a text that names somebody else's key."),
                         QMessageBox::Yes | QMessageBox::No, this);
    question.setObjectName(QStringLiteral("signerQuestionMessageBox"));
    question.setInformativeText(
        //: %1 and %3 are OpenPGP fingerprints, %2 the signer's user id
        tr("Signed by: %1 %2\nKey named in 2.8: %3\n\nLink the key named in 2.8 to the team anyway? Answer Yes "
           "only after checking with the team that the signer may speak for it.")
            .arg(groupedFingerprint(v.signer()),
                 v.signature.signerUserId.isEmpty() ? QString() : QStringLiteral("(%1)").arg(v.signature.signerUserId),
                 groupedFingerprint(imported.heldBackKey)));
    question.button(QMessageBox::Yes)->setText(tr("&Link the key"));
    question.button(QMessageBox::No)->setText(tr("&Do not link"));
    question.setDefaultButton(QMessageBox::No);
    const bool accepted = m_signerPrompt ? m_signerPrompt(question) : question.exec() == QMessageBox::Yes;
    if (!accepted)
        return;
    ProfileStore profiles(m_session->change());
    if (auto status = ProfileImporter::acceptSigner(m_session->change(), profiles, imported); !status) {
        showImportResult(status.error().toString(), {});
        return;
    }
    reload();
    selectTeam(imported.teamId);
    //: %1 is an OpenPGP fingerprint
    showImportResult(
        tr("You accepted the signer: the key %1 is linked to the team.").arg(groupedFingerprint(imported.heldBackKey)),
        {});
}

void DirectoryPage::applyFilter()
{
    m_filter->setFilter(m_filterBar->filter());
}

void DirectoryPage::setSession(WorkspaceSession* session)
{
    if (!session)
        m_job->cancel();
    m_keyCheck->drop();
    m_session = session;
    m_peoplePanel->setSession(session);
    m_listsPanel->setSession(session);
    setEnabled(session != nullptr);
    m_lookupResult->clear();
    m_importResult->hide();
    m_importProblems->hide();
    // Read when first shown: opening a workspace should not wait for the directory (or its keyring).
    m_needsReload = true;
    if (isVisible() || !session)
        reload();
}

void DirectoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_needsReload)
        reload();
}

void DirectoryPage::reload()
{
    m_needsReload = false;
    m_keyCheck->drop();
    const qint64 selected = currentTeamId();
    if (!m_session) {
        m_people.clear();
        m_model->setRows({});
        m_detail->clear();
        m_peoplePanel->setEntries({}, {}, {});
        m_listsPanel->reload({}, {});
        updateTeamButtons();
        return;
    }
    auto teams = TeamReader(m_session->vault()).teams();
    auto people = PersonReader(m_session->vault()).people();
    auto stale = DirectoryQueries(m_session->vault(), m_session->clock()).stale();
    QStringList problems;
    for (const Error* error :
         {teams ? nullptr : &teams.error(), people ? nullptr : &people.error(), stale ? nullptr : &stale.error()}) {
        if (error)
            problems.append(error->toString());
    }
    m_people = people ? *people : QList<Person>{};
    QList<TeamRow> rows;
    bool anyKeys = false;
    for (const Team& team : teams ? *teams : QList<Team>{}) {
        TeamRow row;
        row.team = team;
        row.keysChecked = team.keyFingerprints.isEmpty();
        anyKeys = anyKeys || !team.keyFingerprints.isEmpty();
        for (const StaleEntry& entry : stale ? *stale : QList<StaleEntry>{})
            row.stale = row.stale || (entry.entity == QLatin1String("team") && entry.id == team.id);
        rows.append(row);
    }
    m_model->setRows(rows);
    m_filterBar->setCountries(rows);
    applyFilter();
    if (!problems.isEmpty())
        showImportResult(tr("The directory could not be read completely."), problems);
    if (!selected || !selectTeam(selected))
        m_detail->clear();
    const QList<Team> all = this->teams();
    m_peoplePanel->setEntries(m_people, all, m_session->clock().nowUtc().toLocalTime().date());
    m_listsPanel->reload(all, m_people);
    updateTeamButtons();
    if (anyKeys)
        checkKeys();
}

void DirectoryPage::checkKeys()
{
    // Listing the keys goes through a sealed GnuPG home (gpg processes): a job with its own connection.
    const QDateTime now = m_session->clock().nowUtc();
    const QString actor = m_session->actor();
    m_keyCheck->start<QList<LinkedKey>>(
        m_session->vault(),
        [now, actor](Vault& vault, JobControl&) {
            FixedClock clock(now);
            KeyringStore keyring(vault, clock);
            return DirectoryKeys(ChangeContext{vault, clock, actor}, keyring).linked();
        },
        [this](Result<QList<LinkedKey>> linked) {
            if (!linked) {
                showImportResult(linked.error().toString(), {});
                return;
            }
            showKeys(*linked);
        });
}

bool DirectoryPage::isCheckingKeys() const
{
    return m_keyCheck->isRunning();
}

void DirectoryPage::showKeys(const QList<LinkedKey>& linked)
{
    QList<TeamRow> rows = m_model->rows();
    for (TeamRow& row : rows) {
        row.keysChecked = true;
        for (const LinkedKey& k : linked) {
            if (k.teamId != row.team.id)
                continue;
            row.keys.append(k);
            row.keyConcern = std::max(row.keyConcern, KeyStatusText::concern(k));
        }
    }
    const qint64 selected = currentTeamId();
    m_model->setRows(rows);
    applyFilter();
    if (!selected || !selectTeam(selected))
        m_detail->clear();
}

bool DirectoryPage::selectTeam(qint64 teamId)
{
    const int sourceRow = m_model->rowOf(teamId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Filtered out: show everything rather than hide the answer.
        m_filterBar->clear();
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCurrent();
    return true;
}

qint64 DirectoryPage::currentTeamId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(TeamTableModel::TeamIdRole).toLongLong() : 0;
}

void DirectoryPage::showCurrent()
{
    updateTeamButtons();
    const TeamRow* row = m_model->rowFor(currentTeamId());
    if (!row || !m_session) {
        m_detail->clear();
        return;
    }
    auto history = TeamStore(m_session->change()).history(row->team.id);
    m_detail->showTeam(*row, m_people, m_session->clock().nowUtc().toLocalTime().date(),
                       history ? *history : QList<HistoryEntry>{});
}

bool DirectoryPage::lookup(const QString& query)
{
    if (!m_session || query.trimmed().isEmpty())
        return false;
    if (m_needsReload)
        reload();
    m_lookup->setText(query);
    auto index = DirectoryQueries(m_session->vault(), m_session->clock()).lookup();
    if (!index) {
        m_lookupResult->setText(index.error().toString());
        return false;
    }
    auto result = (*index)->lookup(query.trimmed());
    if (!result) {
        m_lookupResult->setText(result.error().toString());
        return false;
    }
    if (result->matches.isEmpty()) {
        m_lookupResult->setText(tr("Nobody in the directory handles %1.").arg(result->normalised));
        return false;
    }
    const LookupMatch& best = result->matches.first();
    const NetworkLookup::TeamInfo* team = (*index)->team(best.teamId);
    const QString name = team ? team->name : QString::number(best.teamId);
    QString text = result->fallback
                       ? tr("Nobody holds %1 itself; %2 is the team for its country (%3).")
                             .arg(result->normalised, name, result->country)
                       : tr("%1 is handled by %2 (constituency entry %3).").arg(result->normalised, name, best.entry);
    if (result->matches.size() > 1)
        text += QLatin1Char(' ') + tr("%n more team(s) also match.", nullptr, int(result->matches.size() - 1));
    m_lookupResult->setText(text);
    selectTeam(best.teamId);
    return true;
}

void DirectoryPage::chooseImport(DirectoryImportKind kind, std::optional<qint64> linkTeam)
{
    QString filter;
    switch (kind) {
    case DirectoryImportKind::TrustedIntroducer:
        filter = tr("Trusted Introducer JSON (*.json)");
        break;
    case DirectoryImportKind::VCard:
        filter = tr("vCard files (*.vcf *.vcard)");
        break;
    case DirectoryImportKind::Keys:
        filter = tr("OpenPGP keys (*.asc *.gpg *.pgp)");
        break;
    case DirectoryImportKind::Rfc2350:
        filter = tr("RFC 2350 documents (*.txt *.asc)");
        break;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import into the directory"), QString(),
                                                      filter + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        importFile(kind, path, linkTeam);
}

void DirectoryPage::importFile(DirectoryImportKind kind, const QString& path, std::optional<qint64> linkTeam)
{
    if (!m_session || m_job->isBusy())
        return;
    m_importResult->hide();
    m_importProblems->hide();
    m_job->start(*m_session, kind, path, linkTeam);
}

bool DirectoryPage::isImporting() const
{
    return m_job->isBusy();
}

void DirectoryPage::showImportResult(const QString& summary, const QStringList& problems)
{
    m_importResult->setText(summary);
    m_importResult->show();
    m_importProblems->setPlainText(problems.join(QLatin1Char('\n')));
    m_importProblems->setVisible(!problems.isEmpty());
}

QString DirectoryPage::importMessage() const
{
    return m_importResult->isVisible() ? m_importResult->text() : QString();
}

Status DirectoryPage::exportVCard(const QString& path)
{
    if (!m_session)
        return fail(ErrorCode::Usage, tr("No workspace is open."));
    FB_TRY_ASSIGN(auto teams, TeamReader(m_session->vault()).teams());
    FB_TRY_ASSIGN(auto people, PersonReader(m_session->vault()).people());
    return AtomicFile::write(path, DirectoryVCard::write(teams, people));
}

void DirectoryPage::chooseExport()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export the directory as vCard"),
                                                QStringLiteral("directory.vcf"), tr("vCard files (*.vcf)"));
    if (path.isEmpty())
        return;
    if (auto status = exportVCard(path); !status)
        showImportResult(status.error().toString(), {});
    else
        showImportResult(tr("Directory written to %1.").arg(QFileInfo(path).fileName()), {});
}

} // namespace fb
