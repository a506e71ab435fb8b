// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TicketRelationsPanel.h"

#include "core/directory/DirectoryQueries.h"
#include "core/directory/NetworkLookup.h"
#include "core/history/HistoryPhrasing.h"
#include "core/tickets/Lifecycle.h"
#include "ui/main/EmptyState.h"
#include "ui/ticket/CorrespondencePanel.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/EvidencePanel.h"
#include "ui/ticket/TasksPanel.h"
#include "core/tickets/TimelineStore.h"
#include "ui/ticket/TimelinePanel.h"
#include "ui/ticket/WorklogPanel.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kTypeRole = Qt::UserRole + 1;

// A push button that runs `action` (and follows its enabled state and visibility).
QPushButton* actionButton(QAction* action, QWidget* parent)
{
    auto* button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setToolTip(action->toolTip());
    auto sync = [button, action]() {
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
        button->setText(action->text());
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

// The context menu of a list: `actions` at the cursor (or at the current item, from the keyboard).
void addContextMenu(QAbstractItemView* view, QList<QAction*> actions)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, actions](const QPoint& pos) {
        QMenu menu(view);
        for (QAction* action : actions) {
            if (action->isVisible())
                menu.addAction(action);
        }
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

} // namespace

TicketRelationsPanel::TicketRelationsPanel(QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("ticketRelationsTabWidget"));
    // On a small screen the tabs scroll rather than widen the window.
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideNone); // a title cut to "O…" says nothing: the bar scrolls instead
    addTab(buildWorklog(), tr("Worklog"));
    m_tasks = new TasksPanel(this);
    connect(m_tasks, &TasksPanel::changed, this, &TicketRelationsPanel::changed);
    addTab(m_tasks, m_tasks->title());
    m_timeline = new TimelinePanel(this);
    connect(m_timeline, &TimelinePanel::changed, this, &TicketRelationsPanel::changed);
    connect(m_timeline, &TimelinePanel::changed, this,
            [this]() { setTabText(indexOf(m_timeline), m_timeline->title()); });
    addTab(m_timeline, m_timeline->title());
    m_evidence = new EvidencePanel(this);
    connect(m_evidence, &EvidencePanel::changed, this, &TicketRelationsPanel::changed);
    addTab(m_evidence, m_evidence->title());
    addTab(buildObservables(), tr("Observables"));
    addTab(buildLinks(), tr("Links"));
    addTab(buildHistory(), tr("History"));
    addTab(buildCorrespondence(), tr("Correspondence"));
}

QWidget* TicketRelationsPanel::buildWorklog()
{
    m_worklog = new WorklogPanel(this);
    connect(m_worklog, &WorklogPanel::changed, this, &TicketRelationsPanel::changed);
    connect(m_worklog, &WorklogPanel::openCorrespondence, this, [this]() { setCurrentWidget(m_correspondence); });
    return m_worklog;
}

QWidget* TicketRelationsPanel::buildObservables()
{
    auto* page = new QWidget(this);
    m_observablesPage = page;
    auto* layout = new QVBoxLayout(page);
    m_observables = new QTreeWidget(page);
    m_observables->setObjectName(QStringLiteral("observablesTreeWidget"));
    m_observables->setHeaderLabels({tr("Type"), tr("Value")});
    m_observables->setRootIsDecorated(false);
    m_observables->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_observables, 2);
    // Two short rows rather than one wide one: the actions (added by setActions), then the lookups.
    m_observableButtons = new QHBoxLayout();
    m_observableButtons->addStretch();
    layout->addLayout(m_observableButtons);
    auto* buttons = new QHBoxLayout();
    m_otherTickets = new QPushButton(tr("Other tickets with this value"), page);
    m_otherTickets->setObjectName(QStringLiteral("otherTicketsButton"));
    m_whoHandles = new QPushButton(tr("Who handles this?"), page);
    m_whoHandles->setObjectName(QStringLiteral("whoHandlesButton"));
    m_whoHandles->setToolTip(tr("Look the selected value up in the directory of teams and constituencies."));
    m_observableToTimeline = new QPushButton(tr("Add to timeline…"), page);
    m_observableToTimeline->setObjectName(QStringLiteral("observableToTimelineButton"));
    m_observableToTimeline->setToolTip(tr("Add an event for the selected value to the ticket's timeline."));
    buttons->addWidget(m_otherTickets);
    buttons->addWidget(m_whoHandles);
    buttons->addWidget(m_observableToTimeline);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_otherList = new QListWidget(page);
    m_otherList->setObjectName(QStringLiteral("otherTicketsListWidget"));
    layout->addWidget(m_otherList, 1);
    connect(m_otherTickets, &QPushButton::clicked, this, &TicketRelationsPanel::showOtherTickets);
    connect(m_whoHandles, &QPushButton::clicked, this, &TicketRelationsPanel::showWhoHandles);
    connect(m_observableToTimeline, &QPushButton::clicked, this, [this]() {
        const QTreeWidgetItem* item = chosenObservable();
        const auto type = item ? parseObservableType(item->data(0, kTypeRole).toString()) : std::nullopt;
        if (!type || !m_session)
            return;
        addToTimeline(TimelineStore::draft(Observable{*type, item->text(1)}, m_session->clock().nowUtc()));
    });
    connect(m_observables, &QTreeWidget::itemDoubleClicked, this, &TicketRelationsPanel::showOtherTickets);
    connect(m_otherList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(kIdRole).toLongLong())
            Q_EMIT openTicket(id);
    });
    return page;
}

QWidget* TicketRelationsPanel::buildLinks()
{
    m_linksPage = new QWidget(this);
    auto* layout = new QVBoxLayout(m_linksPage);
    m_links = new QListWidget(m_linksPage);
    m_links->setObjectName(QStringLiteral("linksListWidget"));
    layout->addWidget(m_links, 1);
    connect(m_links, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(kIdRole).toLongLong())
            Q_EMIT openTicket(id);
    });
    return m_linksPage;
}

void TicketRelationsPanel::setActions(TicketActions* actions)
{
    m_evidence->setActions(actions);
    m_observableButtons->insertWidget(0, actionButton(actions->addObservableAction(), m_observablesPage));
    m_observableButtons->insertWidget(1, actionButton(actions->removeObservableAction(), m_observablesPage));
    auto* linkButtons = new QHBoxLayout();
    for (QAction* action : {actions->linkAction(), actions->unlinkAction(), actions->mergeAction()})
        linkButtons->addWidget(actionButton(action, m_linksPage));
    linkButtons->addStretch();
    static_cast<QVBoxLayout*>(m_linksPage->layout())->addLayout(linkButtons);
    // The tabs' own buttons, just below, add what is missing: the empty states only point to them.
    EmptyState* noObservables = EmptyState::over(m_observables, QStringLiteral("observablesEmptyState"));
    noObservables->setIcon(IconId::Search);
    noObservables->setMessage(tr("No observables yet"),
                              tr("Add the addresses, domains, URLs and hashes of this ticket with the button below; "
                                 "other tickets with the same value are found from them."));
    EmptyState* noLinks = EmptyState::over(m_links, QStringLiteral("linksEmptyState"));
    noLinks->setIcon(IconId::Link);
    noLinks->setMessage(tr("No linked tickets"),
                        tr("Link this ticket to its incident, or to a related ticket, with the buttons below."));
    addContextMenu(m_observables, {actions->addObservableAction(), actions->removeObservableAction()});
    addContextMenu(m_links, {actions->linkAction(), actions->unlinkAction(), actions->mergeAction()});
    actions->setSelectedLink([this]() -> qint64 {
        const QListWidgetItem* item = m_links->currentItem();
        return item && item->isSelected() ? item->data(kIdRole).toLongLong() : 0;
    });
    actions->setSelectedObservable([this]() -> std::optional<Observable> {
        const QTreeWidgetItem* item = m_observables->currentItem();
        if (!item || !item->isSelected())
            return std::nullopt;
        const auto type = parseObservableType(item->data(0, kTypeRole).toString());
        return type ? std::optional<Observable>(Observable{*type, item->text(1)}) : std::nullopt;
    });
}

QWidget* TicketRelationsPanel::buildHistory()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout();
    m_verify = new QLabel(tr("Chain not verified yet."), page);
    m_verify->setObjectName(QStringLiteral("historyVerifyLabel"));
    m_verify->setWordWrap(true);
    auto* verify = new QPushButton(tr("Verify chain"), page);
    verify->setObjectName(QStringLiteral("verifyHistoryButton"));
    row->addWidget(m_verify, 1);
    row->addWidget(verify);
    layout->addLayout(row);
    m_history = new QTreeWidget(page);
    m_history->setObjectName(QStringLiteral("historyTreeWidget"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Change")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_history, 1);
    connect(verify, &QPushButton::clicked, this, &TicketRelationsPanel::verifyHistory);
    return page;
}

QWidget* TicketRelationsPanel::buildCorrespondence()
{
    m_correspondence = new CorrespondencePanel(this);
    connect(m_correspondence, &CorrespondencePanel::addToTimeline, this, &TicketRelationsPanel::addToTimeline);
    return m_correspondence;
}

void TicketRelationsPanel::setSession(WorkspaceSession* session)
{
    m_session = session;
    m_correspondence->setSession(session);
    m_worklog->setSession(session);
    m_tasks->setSession(session);
    m_evidence->setSession(session);
    m_timeline->setSession(session);
    m_verify->setText(tr("Chain not verified yet."));
    showTicket(nullptr);
}

QString TicketRelationsPanel::describe(qint64 id)
{
    auto t = m_session->tickets().get(id);
    if (!t)
        return tr("#%1").arg(id);
    return tr("#%1 %2 (%3, %4)")
        .arg(id)
        .arg(t->title, TicketEnums::displayName(t->kind), Lifecycle::displayState(t->state));
}

void TicketRelationsPanel::showTicket(const Ticket* ticket)
{
    m_observables->clear();
    m_otherList->clear();
    m_links->clear();
    m_history->clear();
    m_id = ticket ? ticket->id : 0;
    m_correspondence->showTicket(m_session ? m_id : 0);
    const int messages = m_correspondence->messageCount();
    setTabText(indexOf(m_correspondence),
               messages > 0 ? tr("Correspondence (%1)").arg(messages) : tr("Correspondence"));
    setTabToolTip(indexOf(m_correspondence), tr("%n message(s) to and from this ticket", nullptr, messages));
    m_worklog->showTicket(m_session ? m_id : 0, ticket && !ticket->mergedInto);
    const int comments = m_worklog->commentCount();
    setTabText(indexOf(m_worklog), comments > 0 ? tr("Worklog (%1)").arg(comments) : tr("Worklog"));
    setTabToolTip(indexOf(m_worklog), tr("Comments, mail and changes in time order; %n comment(s)", nullptr, comments));
    m_tasks->showTicket(m_session ? m_id : 0, ticket && !ticket->mergedInto);
    setTabText(indexOf(m_tasks), m_tasks->title());
    m_evidence->showTicket(m_session ? m_id : 0, ticket && !ticket->mergedInto);
    setTabText(indexOf(m_evidence), m_evidence->title());
    m_timeline->showTicket(m_session ? m_id : 0, ticket && !ticket->mergedInto);
    setTabText(indexOf(m_timeline), m_timeline->title());
    m_observableToTimeline->setEnabled(ticket && !ticket->mergedInto && !ticket->observables.isEmpty());
    if (!ticket || !m_session)
        return;
    for (const Observable& o : ticket->observables) {
        auto* item = new QTreeWidgetItem({observableTypeKey(o.type), o.value});
        item->setData(0, kTypeRole, observableTypeKey(o.type));
        m_observables->addTopLevelItem(item);
    }
    m_otherTickets->setEnabled(!ticket->observables.isEmpty());
    m_whoHandles->setEnabled(!ticket->observables.isEmpty());

    auto addLink = [this](const QString& text, qint64 id) {
        auto* item = new QListWidgetItem(text, m_links);
        item->setData(kIdRole, id);
    };
    if (auto parents = m_session->workflow().incidentsOf(m_id)) {
        for (qint64 id : std::as_const(*parents))
            addLink(tr("Parent incident: %1").arg(describe(id)), id);
    }
    if (ticket->kind == TicketKind::Incident) {
        if (auto children = m_session->workflow().childrenOf(m_id)) {
            for (qint64 id : std::as_const(*children))
                addLink(tr("Child: %1").arg(describe(id)), id);
        }
    }
    if (ticket->mergedInto)
        addLink(tr("Merged into: %1").arg(describe(*ticket->mergedInto)), *ticket->mergedInto);
    // With no link the list stays empty: its EmptyState says so and offers to link.

    if (auto entries = m_session->tickets().history().forTicket(m_id)) {
        for (const HistoryEntry& e : std::as_const(*entries)) {
            auto* item = new QTreeWidgetItem(
                {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor, HistoryPhrasing::sentence(e)});
            // Auditors see the row exactly as stored (and as the chain's hash covers it).
            item->setToolTip(2, tr("Stored as: %1").arg(HistoryPhrasing::raw(e)));
            m_history->addTopLevelItem(item);
        }
    }
}

QTreeWidgetItem* TicketRelationsPanel::chosenObservable() const
{
    QTreeWidgetItem* item = m_observables->currentItem();
    if (!item && m_observables->topLevelItemCount() > 0)
        item = m_observables->topLevelItem(0);
    return item;
}

void TicketRelationsPanel::showOtherTickets()
{
    m_otherList->clear();
    QTreeWidgetItem* item = chosenObservable();
    if (!item || !m_session)
        return;
    auto hits = m_session->search().byValue(item->text(1), 200);
    if (!hits) {
        m_otherList->addItem(hits.error().message);
        return;
    }
    QList<qint64> seen;
    for (const ObservableHit& hit : std::as_const(*hits)) {
        if (hit.ticketId == m_id || seen.contains(hit.ticketId))
            continue;
        seen.append(hit.ticketId);
        auto* row = new QListWidgetItem(describe(hit.ticketId), m_otherList);
        row->setData(kIdRole, hit.ticketId);
    }
    if (seen.isEmpty())
        m_otherList->addItem(tr("No other ticket carries %1.").arg(item->text(1)));
}

void TicketRelationsPanel::showWhoHandles()
{
    m_otherList->clear();
    QTreeWidgetItem* item = chosenObservable();
    if (!item || !m_session)
        return;
    const QString value = item->text(1);
    DirectoryQueries directory(m_session->vault(), m_session->clock());
    auto index = directory.lookup();
    if (!index) {
        m_otherList->addItem(index.error().message);
        return;
    }
    auto answer = (*index)->lookup(value);
    if (!answer) {
        m_otherList->addItem(answer.error().message);
        return;
    }
    for (const LookupMatch& match : std::as_const(answer->matches)) {
        const NetworkLookup::TeamInfo* team = (*index)->team(match.teamId);
        const QString name = team ? team->name : tr("team %1").arg(match.teamId);
        auto* row = new QListWidgetItem(answer->fallback ? tr("%1 (country fallback: %2)").arg(name, match.entry)
                                                         : tr("%1 (via %2)").arg(name, match.entry),
                                        m_otherList);
        row->setToolTip(match.path.join(QStringLiteral(" → ")));
    }
    if (answer->matches.isEmpty())
        m_otherList->addItem(tr("No team in the directory handles %1.").arg(value));
}

void TicketRelationsPanel::addToTimeline(const NewTimelineEvent& draft)
{
    setCurrentWidget(m_timeline);
    m_timeline->addEvent(draft);
}

void TicketRelationsPanel::verifyHistory()
{
    if (!m_session)
        return;
    auto result = m_session->tickets().history().verify();
    if (!result) {
        m_verify->setText(result.error().message);
        return;
    }
    if (result->intact)
        m_verify->setText(tr("History chain intact (%n row(s) checked).", nullptr, int(result->rowsChecked)));
    else
        m_verify->setText(tr("History chain BROKEN at row %1: %2").arg(result->firstBrokenId).arg(result->problem));
}

} // namespace fb
