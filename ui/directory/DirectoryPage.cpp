// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryPage.h"

#include "core/base/AtomicFile.h"
#include "core/base/Job.h"

#include "core/crypto/KeyringStore.h"
#include "core/directory/Countries.h"
#include "core/directory/DirectoryKeys.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/PersonReader.h"
#include "core/directory/TeamReader.h"
#include "core/directory/DirectoryVCard.h"
#include "core/crypto/KeyInfo.h"
#include "core/profile/ProfileStore.h"
#include "ui/directory/TeamDetailView.h"
#include "ui/directory/TeamFilterModel.h"
#include "ui/directory/TeamTableModel.h"
#include "ui/job/JobRunner.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
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

    auto* filterBar = new QWidget(this);
    buildFilters(filterBar);
    layout->addWidget(filterBar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_model = new TeamTableModel(this);
    m_filter = new TeamFilterModel(m_model, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("teamTableView"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TeamTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
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
    setEnabled(false);
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

void DirectoryPage::buildFilters(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_words = new QLineEdit(bar);
    m_words->setObjectName(QStringLiteral("teamFilterLineEdit"));
    m_words->setPlaceholderText(tr("Filter by name"));
    m_words->setClearButtonEnabled(true);
    row->addWidget(m_words, 1);
    m_country = new QComboBox(bar);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->addItem(tr("Any type"), -1);
    for (const QString& key : DirectoryTypes::teamTypeKeys())
        m_type->addItem(DirectoryTypes::label(*DirectoryTypes::parseTeamType(key)),
                        int(*DirectoryTypes::parseTeamType(key)));
    m_ti = new QComboBox(bar);
    m_ti->setObjectName(QStringLiteral("tiStatusComboBox"));
    m_ti->addItem(tr("Any TI status"), -1);
    for (const QString& key : DirectoryTypes::tiStatusKeys())
        m_ti->addItem(DirectoryTypes::label(*DirectoryTypes::parseTiStatus(key)),
                      int(*DirectoryTypes::parseTiStatus(key)));
    m_stale = new QCheckBox(tr("&Stale only"), bar);
    m_stale->setObjectName(QStringLiteral("staleCheckBox"));
    m_stale->setToolTip(tr("Teams whose contact details were not verified within the stale threshold (Settings)."));
    m_keyConcerns = new QCheckBox(tr("&Key problems"), bar);
    m_keyConcerns->setObjectName(QStringLiteral("keyConcernsCheckBox"));
    m_keyConcerns->setToolTip(tr("Teams with a key that is missing, revoked, expired or expires within 30 days."));
    for (QWidget* w : {static_cast<QWidget*>(m_country), static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_ti),
                       static_cast<QWidget*>(m_stale), static_cast<QWidget*>(m_keyConcerns)})
        row->addWidget(w);
    connect(m_words, &QLineEdit::textChanged, this, &DirectoryPage::applyFilter);
    for (QComboBox* combo : {m_country, m_type, m_ti})
        connect(combo, &QComboBox::currentIndexChanged, this, &DirectoryPage::applyFilter);
    for (QCheckBox* box : {m_stale, m_keyConcerns})
        connect(box, &QCheckBox::toggled, this, &DirectoryPage::applyFilter);
}

void DirectoryPage::applyFilter()
{
    TeamFilter filter;
    filter.words = m_words->text();
    filter.country = m_country->currentData().toString();
    if (const int type = m_type->currentData().toInt(); type >= 0)
        filter.type = static_cast<TeamType>(type);
    if (const int ti = m_ti->currentData().toInt(); ti >= 0)
        filter.tiStatus = static_cast<TiStatus>(ti);
    filter.staleOnly = m_stale->isChecked();
    filter.keyConcernsOnly = m_keyConcerns->isChecked();
    m_filter->setFilter(filter);
}

void DirectoryPage::fillFilterChoices()
{
    const QString current = m_country->currentData().toString();
    const QSignalBlocker blocker(m_country);
    m_country->clear();
    m_country->addItem(tr("Any country"), QString());
    QStringList countries;
    for (const TeamRow& row : m_model->rows()) {
        if (!row.team.country.isEmpty() && !countries.contains(row.team.country))
            countries.append(row.team.country);
    }
    countries.sort();
    for (const QString& code : std::as_const(countries))
        m_country->addItem(tr("%1 (%2)").arg(Countries::name(code), code), code);
    m_country->setCurrentIndex(std::max(0, m_country->findData(current)));
}

void DirectoryPage::setSession(WorkspaceSession* session)
{
    if (!session)
        m_job->cancel();
    m_keyCheck->drop();
    m_session = session;
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
    fillFilterChoices();
    applyFilter();
    if (!problems.isEmpty())
        showImportResult(tr("The directory could not be read completely."), problems);
    if (!selected || !selectTeam(selected))
        m_detail->clear();
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
        m_words->clear();
        m_country->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_ti->setCurrentIndex(0);
        m_stale->setChecked(false);
        m_keyConcerns->setChecked(false);
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
    const TeamRow* row = m_model->rowFor(currentTeamId());
    if (!row || !m_session) {
        m_detail->clear();
        return;
    }
    m_detail->showTeam(*row, m_people, m_session->clock().nowUtc().toLocalTime().date());
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
