// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueuePage.h"

#include "core/taxonomy/Rsit.h"
#include "core/tickets/Lifecycle.h"
#include "core/tickets/TicketSearchQuery.h"
#include "ui/main/EmptyState.h"
#include "ui/queue/BulkActions.h"
#include "ui/queue/TicketTableModel.h"
#include "ui/queue/TlpChipDelegate.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketNumber.h"
#include "ui/ticket/TicketView.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fb {

namespace {

const QString kAnyState = QStringLiteral("\x01any");
const QString kActiveStates = QStringLiteral("\x01active");

} // namespace

QueuePage::QueuePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new TicketTableModel(this))
{
    setObjectName(QStringLiteral("queuePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("queueHeadingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    auto* filters = new QHBoxLayout();
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateComboBox"));
    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setObjectName(QStringLiteral("ownerComboBox"));
    m_tlpFilter = new QComboBox(this);
    m_tlpFilter->setObjectName(QStringLiteral("tlpComboBox"));
    m_tlpFilter->addItem(tr("Any TLP"), QString());
    for (TlpLevel level : Tlp::all())
        m_tlpFilter->addItem(Tlp::label(level), Tlp::key(level));
    m_classFilter = new QComboBox(this);
    m_classFilter->setObjectName(QStringLiteral("classComboBox"));
    m_classFilter->addItem(tr("Any class"), QString());
    for (const RsitClass& rsit : Rsit::builtin().classes())
        m_classFilter->addItem(rsit.name, rsit.key);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(m_searchEdit->fontMetrics().averageCharWidth() * 24);
    m_searchEdit->setPlaceholderText(tr("Search: words, ip:192.0.2.0/24, domain:, cve:, owner:me, tlp:red…"));
    m_searchEdit->setToolTip(tr("Free words search titles and descriptions. Typed terms: %1.")
                                 .arg(TicketSearchQuery::keys().join(QStringLiteral(", "))));
    filters->addWidget(m_heading);
    filters->addStretch();
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_ownerFilter);
    filters->addWidget(m_tlpFilter);
    filters->addWidget(m_classFilter);
    filters->addWidget(m_searchEdit, 2);
    auto* saveSearch = new QToolButton(this);
    saveSearch->setObjectName(QStringLiteral("saveSearchButton"));
    saveSearch->setText(tr("Save…"));
    saveSearch->setToolTip(tr("Keep this search under Saved searches"));
    filters->addWidget(saveSearch);
    connect(saveSearch, &QToolButton::clicked, this, [this]() {
        if (!currentSearchQuery().isEmpty())
            Q_EMIT saveSearchRequested(currentSearchQuery());
        else
            m_status->setText(tr("Type a search first; it is the search box's text that is kept."));
    });
    layout->addLayout(filters);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("ticketTableView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TicketTableModel::Number, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows (Shift/Ctrl with the mouse or the arrows, Ctrl+Space) take bulk actions from the context menu.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab moves on to the ticket, not along a row's cells
    m_table->setItemDelegateForColumn(TicketTableModel::TlpColumn, new TlpChipDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(TicketTableModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_empty = EmptyState::over(m_table, QStringLiteral("queueEmptyState"));
    m_ticketView = new TicketView(m_splitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatusLabel"));
    layout->addWidget(m_status);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &QueuePage::applyFilters);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &QueuePage::searchEntered);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_goTo && !text.isEmpty() && !TicketNumber::parse(text))
            endGoTo(); // words after all: an ordinary search
    });
    m_searchPlaceholder = m_searchEdit->placeholderText();
    m_table->viewport()->installEventFilter(this);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &QueuePage::showContextMenu);
    connect(m_ticketView, &TicketView::statusMessage, this, &QueuePage::statusMessage);
    // After following a link the list shows where the user is: that ticket's row, or none when it is not listed.
    connect(m_ticketView, &TicketView::ticketFollowed, this, [this](qint64 id) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_table->clearSelection();
    });
    for (QComboBox* combo : {m_stateFilter, m_ownerFilter, m_tlpFilter, m_classFilter}) {
        connect(combo, &QComboBox::activated, this, &QueuePage::applyFilters);
        // As wide as a short entry: a long class name must not widen the window.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        if (m_model->rowCount() > 0 && m_session)
            m_table->selectRow(0);
        else
            m_ticketView->showTicket(0);
    });
    connect(m_ticketView, &TicketView::ticketChanged, this, [this]() {
        const qint64 id = m_ticketView->ticketId();
        m_model->refresh();
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            m_table->selectRow(row);
        } else if (id > 0) {
            // Shown by number (Ctrl+G) or no longer in this queue: keep showing it.
            m_table->clearSelection();
            m_ticketView->showTicket(id);
        }
        Q_EMIT ticketsChanged();
    });
    fillStateFilter();
}

void QueuePage::setSession(WorkspaceSession* session)
{
    m_session = session;
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Anyone"), QString());
    if (session)
        m_ownerFilter->addItem(tr("Me (%1)").arg(session->actor()), session->actor());
    m_ticketView->setSession(session);
    m_model->setSource(session ? &session->search() : nullptr, session ? &session->clock() : nullptr);
    if (session)
        applyFilters();
}

void QueuePage::showQueue(std::optional<TicketKind> kind, const QString& search)
{
    m_kind = kind;
    m_heading->setText(kind ? TicketEnums::displayName(*kind) : tr("Search"));
    fillStateFilter();
    m_searchEdit->blockSignals(true);
    m_searchEdit->setText(search);
    m_searchEdit->blockSignals(false);
    applyFilters();
}

void QueuePage::fillStateFilter()
{
    m_stateFilter->clear();
    m_stateFilter->addItem(tr("Active"), kActiveStates);
    m_stateFilter->addItem(tr("Any state"), kAnyState);
    QStringList states;
    const QList<TicketKind> kinds = m_kind ? QList<TicketKind>{*m_kind}
                                           : QList<TicketKind>{TicketKind::Report, TicketKind::Incident,
                                                               TicketKind::Investigation, TicketKind::Countermeasure};
    for (TicketKind kind : kinds) {
        for (const QString& state : Lifecycle::of(kind).states()) {
            if (!states.contains(state))
                states.append(state);
        }
    }
    for (const QString& state : std::as_const(states))
        m_stateFilter->addItem(Lifecycle::displayState(state), state);
    // A saved search looks at every state unless it says otherwise.
    m_stateFilter->setCurrentIndex(m_kind ? 0 : 1);
}

void QueuePage::focusSearch()
{
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

void QueuePage::startGoTo()
{
    m_goTo = true;
    m_searchEdit->blockSignals(true);
    m_searchEdit->clear();
    m_searchEdit->blockSignals(false);
    m_searchEdit->setPlaceholderText(tr("Go to ticket: type its number, then Enter"));
    m_searchEdit->setFocus();
}

std::optional<qint64> QueuePage::goToNumber() const
{
    const QString text = m_searchEdit->text();
    return m_goTo ? TicketNumber::parse(text) : TicketNumber::parseHashed(text);
}

void QueuePage::endGoTo()
{
    m_goTo = false;
    m_searchEdit->setPlaceholderText(m_searchPlaceholder);
}

void QueuePage::searchEntered()
{
    if (const auto id = goToNumber()) {
        if (openTicket(*id))
            endGoTo();
        return;
    }
    applyFilters();
}

bool QueuePage::openTicket(qint64 id)
{
    if (!m_session)
        return false;
    auto ticket = m_session->tickets().get(id);
    if (!ticket) {
        const QString text =
            ticket.error().code == ErrorCode::NotFound ? tr("There is no ticket #%1.").arg(id) : ticket.error().message;
        m_status->setText(text);
        Q_EMIT statusMessage(text);
        return false;
    }
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
    } else {
        m_table->clearSelection();
        m_ticketView->showTicket(id);
    }
    m_status->setText(tr("Ticket #%1: %2").arg(id).arg(ticket->title));
    return true;
}

QList<QAction*> QueuePage::rowActions(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    m_table->selectRow(row);
    if (m_ticketView->ticketId() != m_model->ticketId(row))
        m_ticketView->showTicket(m_model->ticketId(row));
    return m_ticketView->actions()->menuActions();
}

QString QueuePage::currentSearchQuery() const
{
    QString query = m_searchEdit->text().simplified();
    if (query.isEmpty() || TicketNumber::parseHashed(query))
        return {};
    // Searched inside one queue: the saved search keeps to that kind of ticket.
    if (m_kind && !query.contains(QLatin1String("kind:"), Qt::CaseInsensitive))
        query += QStringLiteral(" kind:") + TicketEnums::key(*m_kind);
    return query;
}

QList<qint64> QueuePage::selectedTicketIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->ticketId(index.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void QueuePage::showBulkMenu(const QList<qint64>& ids, const QPoint& globalPos)
{
    QMenu menu(this);
    BulkActions bulk(*m_session, m_ticketView->actions()->prompts(), this);
    bulk.addTo(&menu, ids, [this](const QString& message) {
        Q_EMIT statusMessage(message);
        refresh();
        Q_EMIT ticketsChanged();
    });
    menu.exec(globalPos);
}

void QueuePage::showContextMenu(const QPoint& pos)
{
    const QList<qint64> selected = selectedTicketIds();
    if (m_session && selected.size() > 1) {
        showBulkMenu(selected, m_table->viewport()->mapToGlobal(pos));
        return;
    }
    QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        index = m_table->currentIndex(); // from the keyboard (Menu key, Shift+F10)
    const QList<QAction*> actions = rowActions(index.isValid() ? index.row() : -1);
    if (actions.isEmpty())
        return;
    QMenu menu(this);
    for (QAction* action : actions) {
        if (!action)
            menu.addSeparator();
        else if (action->isVisible())
            menu.addAction(action);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void QueuePage::refresh()
{
    m_model->refresh();
    m_ticketView->reload();
}

void QueuePage::applyFilters()
{
    m_searchTimer->stop();
    if (!m_session)
        return;
    if (const auto id = goToNumber()) {
        // A ticket number, not words to search: the queue stays as it is until Enter opens the ticket.
        m_status->setText(tr("Press Enter to open ticket #%1.").arg(*id));
        return;
    }
    TicketQuery query;
    query.kind = m_kind;
    const QString state = m_stateFilter->currentData().toString();
    if (state == kActiveStates)
        query.activeOnly = true;
    else if (state != kAnyState)
        query.states = {state};
    query.owner = m_ownerFilter->currentData().toString();
    if (const auto tlp = Tlp::parse(m_tlpFilter->currentData().toString()))
        query.tlp = tlp;
    query.rsitClass = m_classFilter->currentData().toString();

    auto parsed = TicketSearchQuery::parse(m_searchEdit->text(), m_session->actor());
    if (!parsed) {
        m_status->setText(tr("Search not understood: %1").arg(parsed.error().message));
        return;
    }
    auto resolved = m_session->search().resolve(*parsed, query);
    if (!resolved) {
        m_status->setText(resolved.error().message);
        return;
    }
    describeEmpty();
    m_model->setQuery(*resolved);
    if (!m_model->lastError().isEmpty())
        m_status->setText(m_model->lastError());
    else
        m_status->setText(tr("%n ticket(s)", nullptr, int(m_model->totalCount())));
}

void QueuePage::setEmptyActions(QAction* importMail, QAction* newTicket)
{
    m_importMail = importMail;
    m_newTicket = newTicket;
    describeEmpty();
}

bool QueuePage::filtered() const
{
    const int defaultState = m_kind ? 0 : 1; // as fillStateFilter() sets it
    return !m_searchEdit->text().trimmed().isEmpty() || m_stateFilter->currentIndex() != defaultState ||
           m_ownerFilter->currentIndex() > 0 || m_tlpFilter->currentIndex() > 0 || m_classFilter->currentIndex() > 0;
}

void QueuePage::clearFilters()
{
    m_searchEdit->blockSignals(true);
    m_searchEdit->clear();
    m_searchEdit->blockSignals(false);
    endGoTo();
    m_stateFilter->setCurrentIndex(m_kind ? 0 : 1);
    for (QComboBox* combo : {m_ownerFilter, m_tlpFilter, m_classFilter})
        combo->setCurrentIndex(0);
    applyFilters();
}

void QueuePage::describeEmpty()
{
    if (filtered() || !m_kind) {
        m_empty->setIcon(IconId::Search);
        m_empty->setMessage(tr("No tickets match"), tr("Try other words, or fewer filters."));
        m_empty->setButton(tr("Clear search and filters"), [this]() { clearFilters(); });
        return;
    }
    m_empty->setIcon(Icons::idForKind(*m_kind));
    switch (*m_kind) {
    case TicketKind::Report:
        m_empty->setMessage(tr("No reports"),
                            tr("Reports arrive with mail: import it with File → Import mail files… (or drop mail "
                               "files on the window)."));
        m_empty->setAction(m_importMail);
        return;
    case TicketKind::Incident:
        m_empty->setMessage(tr("No incidents"),
                            tr("An incident is opened from a report in Triage, or with File → New ticket…"));
        break;
    case TicketKind::Investigation:
        m_empty->setMessage(tr("No investigations"),
                            tr("An investigation is launched from an incident (Ticket → Launch investigation…)."));
        break;
    case TicketKind::Countermeasure:
        m_empty->setMessage(tr("No countermeasures"),
                            tr("A countermeasure is launched from an incident (Ticket → Launch countermeasure…)."));
        break;
    }
    m_empty->setAction(m_newTicket);
}

void QueuePage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    m_ticketView->showTicket(current.isValid() ? m_model->ticketId(current.row()) : 0);
}

void QueuePage::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("queue/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("queue/splitter"), m_splitter->saveState());
}

void QueuePage::restoreLayout(QSettings& settings)
{
    if (!m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("queue/header")).toByteArray())) {
        // First start: room for the longest label of each column, in the font's own units (any scale).
        const QFontMetrics metrics = m_table->fontMetrics();
        QFont bold = m_table->font();
        bold.setBold(true);
        const int pad = metrics.height() * 2;
        m_table->setColumnWidth(TicketTableModel::Number, metrics.horizontalAdvance(QStringLiteral("000000")) + pad);
        m_table->setColumnWidth(TicketTableModel::State,
                                metrics.horizontalAdvance(QStringLiteral("pending activation")) + pad);
        m_table->setColumnWidth(TicketTableModel::Severity,
                                metrics.horizontalAdvance(QStringLiteral("Critical")) + pad);
        m_table->setColumnWidth(TicketTableModel::TlpColumn,
                                QFontMetrics(bold).horizontalAdvance(QStringLiteral("TLP:AMBER+STRICT")) + pad);
        m_table->setColumnWidth(TicketTableModel::RsitClassColumn,
                                metrics.horizontalAdvance(QStringLiteral("Information Gathering")) + pad);
        m_table->setColumnWidth(TicketTableModel::Owner, metrics.horizontalAdvance(QStringLiteral("handler")) + pad);
        m_table->setColumnWidth(TicketTableModel::Due,
                                metrics.horizontalAdvance(QStringLiteral("25 Nov 2026 19:36")) + pad);
        m_table->setColumnWidth(TicketTableModel::Sla, metrics.horizontalAdvance(QStringLiteral("Due soon")) + pad);
    }
    m_splitter->restoreState(settings.value(QStringLiteral("queue/splitter")).toByteArray());
    fitColumns();
}

void QueuePage::fitColumns()
{
    // Least needed first: on a narrow window these go, so the title keeps room to be read.
    static const QList<int> byPriority{TicketTableModel::RsitClassColumn, TicketTableModel::Due,
                                       TicketTableModel::Owner, TicketTableModel::Severity};
    QHeaderView* header = m_table->horizontalHeader();
    const int titleRoom = m_table->fontMetrics().averageCharWidth() * 28;
    const int available = m_table->viewport()->width();
    // A hidden section's size is 0: the width it had when it was hidden stands in for what it takes back.
    auto width = [this, header](int column) {
        if (!header->isSectionHidden(column))
            m_hiddenWidths[column] = header->sectionSize(column);
        return m_hiddenWidths.value(column, header->sectionSizeHint(column));
    };
    int needed = titleRoom;
    for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
        if (column != TicketTableModel::Title)
            needed += width(column);
    }
    for (int column : byPriority) {
        const bool hide = needed > available;
        if (hide)
            needed -= width(column);
        header->setSectionHidden(column, hide);
    }
}

bool QueuePage::eventFilter(QObject* watched, QEvent* event)
{
    // The table's own viewport: its width is known only once the page's layout has resized the table.
    // Now, and once more when the resize has settled (a window resized while hidden lays out late).
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
        QTimer::singleShot(0, this, &QueuePage::fitColumns);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fb
