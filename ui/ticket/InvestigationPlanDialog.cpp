// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/InvestigationPlanDialog.h"

#include "core/crypto/KeyInfo.h"
#include "core/directory/OwnTeam.h"
#include "core/investigation/InvestigationPlanner.h"
#include "core/mail/MailKeys.h"
#include "core/mail/MailTemplates.h"
#include "ui/job/JobRunner.h"
#include "ui/job/KeyPassphrasePrompt.h"
#include "ui/main/StatusColours.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

constexpr int kTeamIdRole = Qt::UserRole + 1;

QString keySentence(const InvestigationGroup& group)
{
    const QString fingerprint = groupedFingerprint(group.key.fingerprint);
    switch (group.key.status) {
    case RecipientKeyStatus::Valid:
        return InvestigationPlanDialog::tr("A valid key for %1 (%2): the notification is encrypted.")
            .arg(group.recipient, fingerprint);
    case RecipientKeyStatus::Expired:
        return InvestigationPlanDialog::tr("The key %1 has expired: the notification cannot be encrypted.")
            .arg(fingerprint);
    case RecipientKeyStatus::Revoked:
        return InvestigationPlanDialog::tr("The key %1 was revoked: the notification cannot be encrypted.")
            .arg(fingerprint);
    case RecipientKeyStatus::None:
        break;
    }
    return InvestigationPlanDialog::tr("The workspace keyring has no usable key for %1: the notification is signed "
                                       "but not encrypted. Import the team's key in the directory to encrypt.")
        .arg(group.recipient.isEmpty() ? group.teamName : group.recipient);
}

QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

InvestigationPlanDialog::InvestigationPlanDialog(WorkspaceSession& session, qint64 incidentId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_incidentId(incidentId)
{
    setObjectName(QStringLiteral("investigationPlanDialog"));
    setWindowTitle(tr("Launch investigations for incident %1").arg(incidentId));
    m_planJob = new JobRunner(this);
    m_launchJob = new JobRunner(this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("planHeadingLabel"));
    m_heading->setWordWrap(true);

    m_pasted = new QPlainTextEdit(this);
    m_pasted->setObjectName(QStringLiteral("pastedObservablesTextEdit"));
    m_pasted->setPlaceholderText(tr("The incident's observables are planned. To plan for others, paste addresses, "
                                    "networks, AS numbers, domains or e-mail addresses here and press Plan again."));
    m_pasted->setMaximumHeight(64);
    m_planButton = new QPushButton(tr("&Plan again"), this);
    m_planButton->setObjectName(QStringLiteral("planButton"));
    auto* pastedRow = new QHBoxLayout();
    pastedRow->addWidget(m_pasted, 1);
    pastedRow->addWidget(m_planButton, 0, Qt::AlignTop);

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("planTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Team"), tr("Observables"), tr("Recipient"), tr("Key"), tr("TLP"), tr("Encrypted"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_unknown = new QListWidget(this);
    m_unknown->setObjectName(QStringLiteral("unknownListWidget"));
    m_unknown->setWordWrap(true);
    m_unknown->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_copyUnknown = new QPushButton(tr("&Copy"), this);
    m_copyUnknown->setObjectName(QStringLiteral("copyUnknownButton"));
    m_copyUnknown->setToolTip(tr("Copy these observables, one a line, to handle them by hand"));
    auto* unknownBox = new QWidget(this);
    auto* unknownLayout = new QVBoxLayout(unknownBox);
    unknownLayout->setContentsMargins(0, 0, 0, 0);
    auto* unknownTitle = new QHBoxLayout();
    auto* unknownLabel = new QLabel(tr("No team to ask (for manual handling):"), unknownBox);
    unknownLabel->setBuddy(m_unknown);
    unknownTitle->addWidget(unknownLabel, 1);
    unknownTitle->addWidget(m_copyUnknown);
    unknownLayout->addLayout(unknownTitle);
    unknownLayout->addWidget(m_unknown);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("notificationPreviewTextEdit"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewLabel =
        new QLabel(tr("Notification to the selected team (nothing is created before Launch):"), previewBox);
    previewLabel->setBuddy(m_preview);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(unknownBox);
    lower->addWidget(previewBox);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planStatusLabel"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("launchProgressBar"));
    m_progress->setVisible(false);
    auto* buttons = new QDialogButtonBox(this);
    m_launch = buttons->addButton(tr("&Launch investigations"), QDialogButtonBox::AcceptRole);
    m_launch->setObjectName(QStringLiteral("launchInvestigationsButton"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("planCancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(pastedRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_planButton, &QPushButton::clicked, this, &InvestigationPlanDialog::makePlan);
    connect(m_copyUnknown, &QPushButton::clicked, this, &InvestigationPlanDialog::copyUnknown);
    connect(m_launch, &QPushButton::clicked, this, &InvestigationPlanDialog::launch);
    connect(m_close, &QPushButton::clicked, this, &InvestigationPlanDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InvestigationPlanDialog::updatePreview);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == TeamColumn) {
            updatePreview();
            updateButtons();
        }
    });
    connect(m_launchJob, &JobRunner::progressChanged, this, [this](const JobProgress& progress) {
        if (progress.total > 0)
            m_progress->setValue(int(progress.done * 100 / progress.total));
        if (!progress.text.isEmpty())
            showStatus(progress.text);
    });
    resize(960, 680);
    makePlan();
}

InvestigationPlanDialog::~InvestigationPlanDialog() = default;

bool InvestigationPlanDialog::isPlanning() const
{
    return m_planJob->isRunning();
}

bool InvestigationPlanDialog::isLaunching() const
{
    return m_launchJob->isRunning();
}

void InvestigationPlanDialog::makePlan()
{
    if (isLaunching())
        return;
    const QString text = m_pasted->toPlainText().trimmed();
    std::optional<PastedObservables> pasted;
    if (!text.isEmpty())
        pasted = InvestigationPlanner::parseList(text);
    // The job keeps its own clock: it may outlive the dialog and the session's clock.
    const FixedClock clock(m_session.clock().nowUtc());
    const qint64 incident = m_incidentId;
    showStatus(tr("Looking up the observables in the directory and the keyring…"));
    updateButtons();
    m_planJob->start<InvestigationPlan>(
        m_session.vault(),
        [clock, incident, pasted](Vault& vault, JobControl&) {
            return InvestigationPlanner::planFor(vault, clock, incident, pasted);
        },
        [this](Result<InvestigationPlan> made) {
            if (!made) {
                if (made.error().code != ErrorCode::Cancelled)
                    showStatus(made.error().message, true);
                updateButtons();
                return;
            }
            m_plan = *made;
            showPlan();
        });
    updateButtons();
}

void InvestigationPlanDialog::showPlan()
{
    const InvestigationPlan& plan = *m_plan;
    m_heading->setText(tr("Incident #%1 “%2”, %3: one Investigation per team below, each with a notification "
                          "from the “%4” template, signed with the team key.")
                           .arg(plan.incidentId)
                           .arg(plan.incidentTitle, Tlp::label(plan.tlp),
                                MailTemplates::displayName(QString::fromLatin1(InvestigationLauncher::kTemplate))));
    m_filling = true;
    m_table->setRowCount(0);
    for (const InvestigationGroup& g : plan.groups) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* team = cell(g.teamName);
        team->setData(kTeamIdRole, g.teamId);
        if (g.refused) {
            team->setToolTip(g.refusal);
        } else {
            team->setFlags(team->flags() | Qt::ItemIsUserCheckable);
            team->setCheckState(Qt::Checked);
        }
        m_table->setItem(row, TeamColumn, team);
        QStringList values;
        QStringList why;
        for (const CoveredObservable& c : g.observables) {
            values.append(c.observable.value);
            why.append(tr("%1 (in %2)").arg(c.observable.value, c.entry));
        }
        m_table->setItem(row, ObservablesColumn, cell(values.join(QStringLiteral(", ")), why.join(QLatin1Char('\n'))));
        m_table->setItem(row, RecipientColumn, cell(g.recipient.isEmpty() ? tr("(none)") : g.recipient));
        m_table->setItem(row, KeyColumn, cell(MailKeys::statusText(g.key.status), keySentence(g)));
        m_table->setItem(row, TlpColumn, cell(Tlp::label(g.tlp), Tlp::meaning(g.tlp)));
        m_table->setItem(row, EncryptedColumn, cell(g.encrypt ? tr("yes") : tr("no")));
        auto* status = cell(g.refused ? tr("Refused: %1").arg(g.refusal) : tr("will be launched"), g.refusal);
        if (g.refused)
            status->setForeground(StatusColours::text(Tone::Bad));
        m_table->setItem(row, StatusColumn, status);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ObservablesColumn, std::min(m_table->columnWidth(ObservablesColumn), 300));
    m_filling = false;

    m_unknown->clear();
    for (const UnknownObservable& u : plan.unknown) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(u.value, u.reason), m_unknown);
        item->setData(Qt::UserRole, u.value);
    }
    m_copyUnknown->setEnabled(!plan.unknown.isEmpty());
    auto teamKey = OwnTeam(m_session.vault()).signingKey();
    m_hasTeamKey = teamKey && !teamKey->isEmpty();
    if (plan.groups.isEmpty())
        showStatus(tr("No team in the directory covers these observables: there is nothing to launch."), true);
    else if (!m_hasTeamKey)
        showStatus(tr("There is no team key to sign the notifications with: choose our team's key in Settings "
                      "before launching."),
                   true);
    else
        showStatus(QString());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, TeamColumn)->flags() & Qt::ItemIsUserCheckable) {
            m_table->selectRow(row);
            break;
        }
    }
    updatePreview();
    updateButtons();
}

int InvestigationPlanDialog::rowOf(qint64 teamId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, TeamColumn)->data(kTeamIdRole).toLongLong() == teamId)
            return row;
    }
    return -1;
}

void InvestigationPlanDialog::setIncluded(qint64 teamId, bool included)
{
    const int row = rowOf(teamId);
    QTableWidgetItem* item = row >= 0 ? m_table->item(row, TeamColumn) : nullptr;
    if (item && (item->flags() & Qt::ItemIsUserCheckable))
        item->setCheckState(included ? Qt::Checked : Qt::Unchecked);
}

LaunchChoice InvestigationPlanDialog::choice() const
{
    LaunchChoice out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, TeamColumn);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() != Qt::Checked)
            out.excludedTeams.append(item->data(kTeamIdRole).toLongLong());
    }
    return out;
}

void InvestigationPlanDialog::updatePreview()
{
    if (!m_plan)
        return m_preview->clear();
    const auto rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0)
        return m_preview->setPlainText(tr("Select a team to read its notification."));
    const qint64 teamId = m_table->item(row, TeamColumn)->data(kTeamIdRole).toLongLong();
    const InvestigationGroup* group = m_plan->group(teamId);
    if (group && group->refused)
        return m_preview->setPlainText(tr("No notification: %1").arg(group->refusal));
    if (choice().excludedTeams.contains(teamId))
        return m_preview->setPlainText(tr("Left out: tick the team to launch its investigation."));
    // Only this team: the preview reads the template and our team, nothing is written.
    LaunchChoice only;
    for (const InvestigationGroup& g : m_plan->groups) {
        if (g.teamId != teamId)
            only.excludedTeams.append(g.teamId);
    }
    auto notices = InvestigationLauncher(m_session.change()).preview(*m_plan, only);
    if (!notices)
        return m_preview->setPlainText(notices.error().message);
    m_preview->setPlainText(InvestigationLauncher::previewText(notices->first()));
}

void InvestigationPlanDialog::copyUnknown()
{
    QStringList values;
    for (int i = 0; i < m_unknown->count(); ++i)
        values.append(m_unknown->item(i)->data(Qt::UserRole).toString());
    QApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
    showStatus(tr("Copied %n observable(s).", nullptr, int(values.size())));
}

void InvestigationPlanDialog::launch()
{
    if (!m_plan || isLaunching() || isPlanning())
        return;
    const InvestigationPlan plan = *m_plan;
    const LaunchChoice chosen = choice();
    // The job keeps its own clock: it may outlive the dialog and the session's clock.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    const PassphraseCallback keyPassphrase = KeyPassphrasePrompt::callback(this);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    showStatus(tr("Launching…"));
    m_launchJob->start<QList<LaunchedInvestigation>>(
        m_session.vault(),
        [clock, actor, plan, chosen, keyPassphrase](Vault& vault,
                                                    JobControl& control) -> Result<QList<LaunchedInvestigation>> {
            // Signing uses the team key in the user's GnuPG home; encryption the teams' keys in the workspace keyring.
            FB_TRY_ASSIGN(auto keys, MailKeys::forWorkspace(vault, clock, keyPassphrase));
            InvestigationLauncher launcher(ChangeContext{vault, clock, actor});
            launcher.setKeys(keys.get());
            return launcher.launch(plan, chosen, control);
        },
        [this](Result<QList<LaunchedInvestigation>> launched) {
            m_progress->setVisible(false);
            updateButtons();
            if (!launched) {
                showStatus(launched.error().code == ErrorCode::Cancelled
                               ? tr("Cancelled: no investigation was launched.")
                               : launched.error().message,
                           launched.error().code != ErrorCode::Cancelled);
                return;
            }
            m_launched.clear();
            QStringList numbers;
            for (const LaunchedInvestigation& l : std::as_const(*launched)) {
                m_launched.append(l.ticketId);
                numbers.append(QStringLiteral("#%1").arg(l.ticketId));
            }
            showStatus(tr("Launched %1; each notification is stored on its investigation, ready to send.")
                           .arg(numbers.join(QStringLiteral(", "))));
            Q_EMIT investigationsLaunched(m_launched);
            accept();
        });
    updateButtons();
}

void InvestigationPlanDialog::reject()
{
    // Cancel a launch first; nothing of it is kept. The dialog stays until the job has ended.
    if (isLaunching()) {
        m_launchJob->cancel();
        return;
    }
    QDialog::reject();
}

void InvestigationPlanDialog::showStatus(const QString& text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? StatusColours::labelStyle(Tone::Bad) : QString());
    m_status->setVisible(!text.isEmpty());
}

void InvestigationPlanDialog::updateButtons()
{
    const bool busy = isPlanning() || isLaunching();
    bool any = false;
    if (m_plan) {
        const LaunchChoice chosen = choice();
        for (const InvestigationGroup& g : m_plan->groups)
            any = any || (!g.refused && !chosen.excludedTeams.contains(g.teamId));
    }
    m_launch->setEnabled(!busy && any && m_hasTeamKey);
    m_planButton->setEnabled(!busy);
    m_close->setText(isLaunching() ? tr("Cancel launch") : tr("Cancel"));
}

QString InvestigationPlanDialog::statusText() const
{
    return m_status->text();
}

QString InvestigationPlanDialog::previewText() const
{
    return m_preview->toPlainText();
}

} // namespace fb
