// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TimelinePanel.h"

#include "core/tickets/TicketStores.h"
#include "ui/job/JobRunner.h"
#include "ui/main/EmptyState.h"
#include "ui/ticket/TimelineChart.h"
#include "ui/ticket/TimelineEventDialog.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

// A time cell that sorts by the instant, shown in local time.
class TimeItem : public QTableWidgetItem
{
public:
    explicit TimeItem(const QDateTime& at)
        : QTableWidgetItem(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString())
    {
        setData(Qt::UserRole, at.isValid() ? at.toMSecsSinceEpoch() : qint64(-1));
        setToolTip(at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString());
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toLongLong() < other.data(Qt::UserRole).toLongLong();
    }
};

// The line after a change: how many observables the ticket got.
QString observablesAdded(int added)
{
    return added > 0 ? TimelinePanel::tr("%n observable(s) added to the ticket.", nullptr, added) : QString();
}

} // namespace

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_job = new JobRunner(this);
    auto* layout = new QVBoxLayout(this);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 4, splitter);
    m_table->setObjectName(QStringLiteral("timelineTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Until"), tr("What"), tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // One line per event, cut with an ellipsis (the tooltip has the rest): What gets the room, Source a fixed share.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(SourceColumn, fontMetrics().averageCharWidth() * 18);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TimeColumn, Qt::AscendingOrder);
    m_chart = new TimelineChart(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_empty = EmptyState::over(m_table, QStringLiteral("timelineEmptyState"));
    m_empty->setIcon(IconId::Dashboard);
    m_empty->setMessage(tr("No timeline yet"),
                        tr("Add what happened when with the buttons below, import a CSV file, or use “Add to "
                           "timeline” on a message or an observable."));
    m_empty->setCondition([this]() { return m_id != 0; });

    auto* buttons = new QHBoxLayout();
    m_add = button(tr("Add event…"), "addTimelineEventButton", this);
    m_edit = button(tr("Change…"), "editTimelineEventButton", this);
    m_remove = button(tr("Remove"), "removeTimelineEventButton", this);
    m_import = button(tr("Import CSV…"), "importTimelineButton", this);
    m_import->setToolTip(tr("Add the events of a CSV file: a header row (time, what; end, description, source, raw), "
                            "times in ISO 8601 with a zone. A file with a bad row adds nothing."));
    m_export = button(tr("Export CSV…"), "exportTimelineButton", this);
    for (QPushButton* b : {m_add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("timelineStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    m_eventPrompt = [](QWidget* over, const NewTimelineEvent& draft, bool editing) {
        return TimelineEventDialog::ask(over, draft, editing);
    };
    m_pathPrompt = [](QWidget* over, bool save) {
        const QString filter = tr("CSV files (*.csv);;All files (*)");
        return save ? QFileDialog::getSaveFileName(over, tr("Export timeline"), QStringLiteral("timeline.csv"), filter)
                    : QFileDialog::getOpenFileName(over, tr("Import timeline"), QString(), filter);
    };

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TimelinePanel::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this]() { editSelected(); });
    connect(m_add, &QPushButton::clicked, this, [this]() {
        NewTimelineEvent draft;
        draft.occurredAt = m_session ? m_session->clock().nowUtc() : QDateTime::currentDateTimeUtc();
        draft.source = tr("by hand");
        addEvent(draft);
    });
    connect(m_edit, &QPushButton::clicked, this, &TimelinePanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &TimelinePanel::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &TimelinePanel::importCsv);
    connect(m_export, &QPushButton::clicked, this, &TimelinePanel::exportCsv);
    showTicket(0, false);
}

void TimelinePanel::setSession(WorkspaceSession* session)
{
    m_session = session;
    showTicket(0, false);
}

void TimelinePanel::showTicket(qint64 ticketId, bool writable)
{
    if (ticketId != m_id) {
        m_job->drop();    // an import still running answers for another ticket
        m_status->hide(); // what was said is about the ticket shown before; shown again, it stays
    }
    m_id = m_session ? ticketId : 0;
    m_writable = writable;
    reload();
}

QString TimelinePanel::title() const
{
    //: The tab of a ticket's timeline, with its number of events.
    return m_events.isEmpty() ? tr("Timeline") : tr("Timeline (%1)").arg(m_events.size());
}

QString TimelinePanel::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

bool TimelinePanel::isImporting() const
{
    return m_job->isRunning();
}

void TimelinePanel::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    // A refusal says so in words ("Nothing was imported: ..."); the label is selectable to copy the row and column.
    m_status->setAccessibleDescription(error ? tr("Error") : QString());
    m_status->setVisible(!text.isEmpty());
}

void TimelinePanel::reload()
{
    const qint64 selected = selectedEvent();
    m_events.clear();
    if (m_session && m_id != 0) {
        if (auto events = m_session->stores().timeline.events(m_id))
            m_events = *events;
        else
            showStatus(events.error().message, true);
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_events.size()));
    for (int row = 0; row < m_events.size(); ++row) {
        const TimelineEvent& e = m_events.at(row);
        auto* at = new TimeItem(e.event.occurredAt);
        at->setData(kIdRole, e.id);
        auto* end = new TimeItem(e.event.endedAt);
        auto* what = new QTableWidgetItem(e.event.title);
        QStringList tip;
        if (!e.event.description.isEmpty())
            tip.append(e.event.description.left(2000));
        if (!e.event.raw.isEmpty())
            tip.append(e.event.raw.left(2000));
        what->setToolTip(tip.join(QStringLiteral("\n\n")));
        m_table->setItem(row, TimeColumn, at);
        m_table->setItem(row, EndColumn, end);
        m_table->setItem(row, WhatColumn, what);
        auto* source = new QTableWidgetItem(e.event.source);
        source->setToolTip(e.event.source);
        m_table->setItem(row, SourceColumn, source);
    }
    m_table->setSortingEnabled(true);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, TimeColumn)->data(kIdRole).toLongLong() == selected)
            m_table->selectRow(row);
    }
    m_chart->setEvents(m_events);
    m_empty->refresh();
    updateButtons();
}

qint64 TimelinePanel::selectedEvent() const
{
    const QList<QTableWidgetItem*> items = m_table ? m_table->selectedItems() : QList<QTableWidgetItem*>();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem* first = m_table->item(items.first()->row(), TimeColumn);
    return first ? first->data(kIdRole).toLongLong() : 0;
}

void TimelinePanel::updateButtons()
{
    const bool ticket = m_writable && m_id != 0;
    const bool importing = m_job->isRunning();
    m_add->setEnabled(ticket && !importing);
    m_import->setEnabled(ticket && !importing);
    m_edit->setEnabled(ticket && !importing && selectedEvent() != 0);
    m_remove->setEnabled(ticket && !importing && selectedEvent() != 0);
    m_export->setEnabled(m_id != 0 && !m_events.isEmpty());
}

void TimelinePanel::finish(qint64 select)
{
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, TimeColumn)->data(kIdRole).toLongLong() == select)
            m_table->selectRow(row);
    }
    Q_EMIT changed(m_id);
}

bool TimelinePanel::addEvent(const NewTimelineEvent& draft)
{
    if (!m_session || m_id == 0 || !m_writable)
        return false;
    const auto event = m_eventPrompt(this, draft, false);
    if (!event)
        return false;
    const auto added = m_session->stores().timeline.add(m_id, *event);
    if (!added) {
        showStatus(added.error().message, true);
        return false;
    }
    showStatus(observablesAdded(added->observablesAdded), false);
    finish(added->events.first());
    return true;
}

bool TimelinePanel::editSelected()
{
    const qint64 id = selectedEvent();
    if (!m_session || id == 0 || !m_writable)
        return false;
    const auto current =
        std::find_if(m_events.cbegin(), m_events.cend(), [id](const TimelineEvent& e) { return e.id == id; });
    if (current == m_events.cend())
        return false;
    const auto event = m_eventPrompt(this, current->event, true);
    if (!event)
        return false;
    const auto edited = m_session->stores().timeline.edit(id, *event);
    if (!edited) {
        showStatus(edited.error().message, true);
        return false;
    }
    showStatus(observablesAdded(edited->observablesAdded), false);
    finish(id);
    return true;
}

bool TimelinePanel::removeSelected()
{
    const qint64 id = selectedEvent();
    if (!m_session || id == 0 || !m_writable)
        return false;
    const Status removed = m_session->stores().timeline.remove(id);
    if (!removed) {
        showStatus(removed.error().message, true);
        return false;
    }
    m_status->hide();
    finish(0);
    return true;
}

void TimelinePanel::importCsv()
{
    if (!m_session || m_id == 0 || !m_writable || m_job->isRunning())
        return;
    const QString path = m_pathPrompt(this, false);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > TimelineStore::kMaxImportBytes) {
        showStatus(tr("%1 has %L2 bytes; at most %L3 are read.")
                       .arg(path)
                       .arg(file.size())
                       .arg(TimelineStore::kMaxImportBytes),
                   true);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const QByteArray csv = file.readAll();
    const ChangeContext change = m_session->change();
    const FixedClock clock(change.clock.nowUtc());
    const QString actor = change.actor;
    const qint64 ticket = m_id;
    showStatus(tr("Importing %1…").arg(path), false);
    m_job->start<TimelineChange>(
        m_session->vault(),
        [clock, actor, ticket, csv](Vault& vault, JobControl& control) {
            TicketStores stores(ChangeContext{vault, clock, actor});
            return stores.timeline.importCsv(ticket, csv, &control);
        },
        [this](Result<TimelineChange> imported) {
            if (!imported) {
                showStatus(tr("Nothing was imported: %1").arg(imported.error().message), true);
                updateButtons();
                return;
            }
            QStringList lines{tr("%n event(s) imported.", nullptr, int(imported->events.size()))};
            if (imported->observablesAdded > 0)
                lines.append(observablesAdded(imported->observablesAdded));
            if (!imported->ignoredColumns.isEmpty())
                lines.append(tr("Columns not read: %1.").arg(imported->ignoredColumns.join(QStringLiteral(", "))));
            showStatus(lines.join(QLatin1Char(' ')), false);
            finish(imported->events.isEmpty() ? 0 : imported->events.first());
        });
    updateButtons();
}

bool TimelinePanel::exportCsv()
{
    if (!m_session || m_id == 0)
        return false;
    const QString path = m_pathPrompt(this, true);
    if (path.isEmpty())
        return false;
    const auto written = m_session->stores().timeline.exportCsv(m_id, path);
    if (!written) {
        showStatus(written.error().message, true);
        return false;
    }
    showStatus(tr("%n event(s) written to %1.", nullptr, int(*written)).arg(path), false);
    return true;
}

} // namespace fb
