// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPage.h"

#include "core/base/Job.h"
#include "core/vault/Vault.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/ConstituencyReportDialog.h"
#include "ui/dashboard/StatisticsExportDialog.h"
#include "ui/job/JobRunner.h"
#include "ui/main/EmptyState.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace fb {

namespace {

constexpr int kDefaultDays = 90;
// Not a chart: the count of overdue tasks, carried with the charts' tables as one value.
const QString kOverdueTasks = QStringLiteral("overdue-tasks");

Result<Tables> computeTables(Vault& vault, const StatisticsFilter& filter, const QDateTime& now, JobControl& control)
{
    TicketStatistics statistics(vault);
    Tables tables;
    const QList<std::pair<QString, std::function<Result<StatisticsTable>()>>> queries{
        {QStringLiteral("incidents-by-class"), [&]() { return statistics.incidentsByClassPerMonth(filter); }},
        {QStringLiteral("open-tickets"), [&]() { return statistics.openByKindAndState(filter); }},
        {QStringLiteral("sla-breaches"), [&]() { return statistics.slaBreachesPerWeek(filter, now); }},
        {QStringLiteral("reports-by-channel"), [&]() { return statistics.reportsByChannelAndReporter(filter); }},
        {QStringLiteral("response-times"), [&]() { return statistics.responseTimesBySeverity(filter); }},
    };
    for (const auto& [key, query] : queries) {
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("fb::DashboardPage", "Cancelled."));
        control.setProgress(tables.size(), queries.size());
        tables.append({key, query()});
    }
    // Response and resolution times come from one table; each chart draws its half.
    tables.append({QStringLiteral("resolution-times"), tables.last().second});
    auto overdue = statistics.overdueTasks(filter.constituency, now);
    tables.append({kOverdueTasks, overdue ? Result<StatisticsTable>(StatisticsTable{
                                                {}, {kOverdueTasks}, {}, {{kOverdueTasks, {}, {double(*overdue)}}}})
                                          : Result<StatisticsTable>(fail(overdue.error()))});
    return tables;
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_job = new JobRunner(this);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    auto* title = new QLabel(tr("Dashboard"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    filters->addWidget(title);
    filters->addSpacing(fontMetrics().averageCharWidth() * 4);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat)); // the chosen language's
    }
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    m_constituency = new QComboBox(this);
    m_constituency->setObjectName(QStringLiteral("constituencyComboBox"));
    m_constituency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* constituencyLabel = new QLabel(tr("&Constituency:"), this);
    constituencyLabel->setBuddy(m_constituency);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(fontMetrics().averageCharWidth() * 2);
    filters->addWidget(constituencyLabel);
    filters->addWidget(m_constituency);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshPushButton"));
    filters->addWidget(refresh);
    auto* shareable = new QPushButton(tr("Shareable &statistics…"), this);
    shareable->setObjectName(QStringLiteral("shareableStatisticsPushButton"));
    shareable->setToolTip(tr("Counts per RSIT class, month and sector or country that reveal no single case"));
    filters->addWidget(shareable);
    filters->addStretch(1);
    auto* report = new QPushButton(tr("Constituency &report…"), this);
    report->setObjectName(QStringLiteral("constituencyReportPushButton"));
    report->setToolTip(tr("Counts, response and resolution times and SLA breaches of the chosen range and "
                          "constituency, as text, HTML, PDF or CSV"));
    connect(report, &QPushButton::clicked, this, &DashboardPage::openConstituencyReport);
    filters->addWidget(report);
    layout->addLayout(filters);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_overdueTasks = new QLabel(this);
    m_overdueTasks->setObjectName(QStringLiteral("overdueTasksLabel"));
    layout->addWidget(m_overdueTasks);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* grid = new QWidget(m_scroll);
    m_grid = new QGridLayout(grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_panels = {
        new ChartPanel(QStringLiteral("incidents-by-class"), tr("Incidents per RSIT class and month"),
                       ChartPanel::Style::StackedBars, grid),
        new ChartPanel(QStringLiteral("open-tickets"), tr("Open tickets by kind and state"),
                       ChartPanel::Style::HorizontalStackedBars, grid),
        new ChartPanel(QStringLiteral("sla-breaches"), tr("SLA breaches per week"), ChartPanel::Style::Lines, grid),
        new ChartPanel(QStringLiteral("reports-by-channel"), tr("Incident reports by channel and reporter type"),
                       ChartPanel::Style::HorizontalStackedBars, grid),
        new ChartPanel(QStringLiteral("response-times"), tr("Time to first response by severity (hours)"),
                       ChartPanel::Style::Bars, grid),
        new ChartPanel(QStringLiteral("resolution-times"), tr("Time to resolution by severity (hours)"),
                       ChartPanel::Style::Bars, grid),
    };
    m_scroll->setWidget(grid);
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(m_scroll, 1);
    reflow();
    m_charts = m_scroll;
    // A workspace without tickets has nothing to chart: the page says where tickets come from instead.
    m_empty = new EmptyState(this);
    m_empty->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_empty->setIcon(IconId::Dashboard);
    m_empty->setMessage(tr("No tickets to chart yet"),
                        tr("The charts fill as reports come in: import mail with File → Import mail files…"));
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::reload);
    connect(m_constituency, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    connect(refresh, &QPushButton::clicked, this, [this]() {
        fillConstituencies();
        reload();
    });
    connect(shareable, &QPushButton::clicked, this, [this]() {
        if (!m_session)
            return;
        auto* dialog = new StatisticsExportDialog(*m_session, m_from->date(), m_to->date(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    setEnabled(false);
}

void DashboardPage::setSession(WorkspaceSession* session)
{
    Q_EMIT sessionChanged(); // before the old session goes
    m_job->drop();
    for (auto* dialog : findChildren<StatisticsExportDialog*>())
        dialog->close(); // it works on the session that goes
    m_session = session;
    setEnabled(session != nullptr);
    if (!session) {
        for (ChartPanel* panel : std::as_const(m_panels))
            panel->setTable({});
        return;
    }
    m_loading = true;
    const QDate today = session->clock().nowUtc().date();
    m_to->setDate(today);
    m_from->setDate(today.addDays(1 - kDefaultDays));
    m_loading = false;
    // Computed when first shown: opening a workspace should not wait for statistics.
    m_needsReload = true;
    if (isVisible())
        reload();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_needsReload)
        reload();
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        reflow();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::reflow()
{
    // A chart needs its title and buttons, and about 80 characters across for its axis labels beside a legend.
    int panelWidth = fontMetrics().averageCharWidth() * 80;
    for (const ChartPanel* panel : std::as_const(m_panels))
        panelWidth = std::max(panelWidth, panel->minimumSizeHint().width());
    const int columns = m_scroll->viewport()->width() >= 2 * panelWidth + m_grid->horizontalSpacing() ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartPanel* panel : std::as_const(m_panels))
        m_grid->removeWidget(panel);
    for (qsizetype i = 0; i < m_panels.size(); ++i)
        m_grid->addWidget(m_panels.at(i), int(i / columns), int(i % columns));
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardPage::fillConstituencies()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString current = m_constituency->currentData().toString();
    m_constituency->clear();
    m_constituency->addItem(tr("All constituencies"), QString());
    if (m_session) {
        auto names = TicketStatistics(m_session->vault()).constituencies();
        if (names) {
            for (const QString& name : std::as_const(*names))
                m_constituency->addItem(name, name);
        }
    }
    m_constituency->setCurrentIndex(std::max(0, m_constituency->findData(current)));
    m_loading = wasLoading;
}

ConstituencyReportDialog* DashboardPage::openConstituencyReport()
{
    if (!m_session)
        return nullptr;
    // Window-modal without a nested event loop; it closes with the page (a locked workspace ends the session).
    auto* dialog = new ConstituencyReportDialog(*m_session, filter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &DashboardPage::sessionChanged, dialog, &QWidget::close);
    dialog->open();
    return dialog;
}

StatisticsFilter DashboardPage::filter() const
{
    return StatisticsFilter{m_from->date(), m_to->date(), m_constituency->currentData().toString()};
}

void DashboardPage::setFilter(const StatisticsFilter& filter)
{
    m_loading = true;
    m_from->setDate(filter.from);
    m_to->setDate(filter.to);
    m_constituency->setCurrentIndex(std::max(0, m_constituency->findData(filter.constituency)));
    m_loading = false;
    reload();
}

QStringList DashboardPage::plottedSeries(const QString& key)
{
    if (key == QLatin1String("response-times"))
        return {QStringLiteral("median-response"), QStringLiteral("p90-response")};
    if (key == QLatin1String("resolution-times"))
        return {QStringLiteral("median-resolution"), QStringLiteral("p90-resolution")};
    return {};
}

ChartPanel* DashboardPage::panel(const QString& key) const
{
    for (ChartPanel* panel : m_panels) {
        if (panel->key() == key)
            return panel;
    }
    return nullptr;
}

void DashboardPage::reload()
{
    if (!m_session || m_loading)
        return;
    if (m_needsReload) {
        m_needsReload = false;
        fillConstituencies();
    }
    // The queries run on a worker thread with its own connection, so a large workspace never freezes the window.
    const auto tickets = m_session->search().count(TicketQuery{});
    const bool none = tickets && *tickets == 0;
    m_empty->setVisible(none);
    m_charts->setVisible(!none);
    const StatisticsFilter current = filter();
    const QDateTime now = m_session->clock().nowUtc();
    m_job->start<Tables>(
        m_session->vault(),
        [current, now](Vault& vault, JobControl& control) { return computeTables(vault, current, now, control); },
        [this](Result<Tables> tables) { showTables(tables); });
}

bool DashboardPage::isLoading() const
{
    return m_job->isRunning();
}

void DashboardPage::showTables(const Result<Tables>& tables)
{
    if (!tables) {
        showProblem(tables.error().toString());
        return;
    }
    QString problem;
    for (const auto& [panelKey, table] : std::as_const(*tables)) {
        if (panelKey == kOverdueTasks) {
            if (!table)
                problem = table.error().toString();
            //: On the dashboard: open tasks past their due date, now (not in the chosen range).
            m_overdueTasks->setText(table ? tr("Overdue tasks now: %L1").arg(qint64(table->total())) : QString());
            continue;
        }
        if (!table) {
            problem = table.error().toString();
            panel(panelKey)->setTable({});
            continue;
        }
        panel(panelKey)->setTable(*table, plottedSeries(panelKey));
    }
    showProblem(problem);
}

void DashboardPage::showProblem(const QString& problem)
{
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty());
}

} // namespace fb
