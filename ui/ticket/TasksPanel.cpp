// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TasksPanel.h"

#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

enum Column { TitleColumn, StateColumn, OwnerColumn, DueColumn };
constexpr int kIdRole = Qt::UserRole + 1;

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

QLineEdit* lineEdit(const QString& placeholder, const char* name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

TasksPanel::TasksPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tasksPanel"));
    auto* layout = new QVBoxLayout(this);

    auto* progressRow = new QHBoxLayout();
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("tasksProgressLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("tasksProgressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(m_progressLabel->sizeHint().height());
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progressBar, 1);
    layout->addLayout(progressRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("tasksTreeWidget"));
    m_list->setHeaderLabels({tr("Task"), tr("State"), tr("Owner"), tr("Due")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column : {StateColumn, OwnerColumn, DueColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_detail = new QPlainTextEdit(splitter);
    m_detail->setObjectName(QStringLiteral("taskDetailTextEdit"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("The selected task's description and notes."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* stateRow = new QHBoxLayout();
    m_done = button(tr("Done"), "taskDoneButton", this);
    m_notApplicable = button(tr("Not applicable"), "taskNotApplicableButton", this);
    m_notApplicable->setToolTip(tr("The task does not fit this ticket. Tasks are never deleted."));
    m_reopen = button(tr("Reopen"), "taskReopenButton", this);
    stateRow->addWidget(m_done);
    stateRow->addWidget(m_notApplicable);
    stateRow->addWidget(m_reopen);
    stateRow->addStretch();
    layout->addLayout(stateRow);

    auto* ownerRow = new QHBoxLayout();
    m_owner = lineEdit(tr("Owner of the selected task"), "taskOwnerLineEdit", this);
    m_assign = button(tr("Assign"), "taskAssignButton", this);
    ownerRow->addWidget(m_owner, 1);
    ownerRow->addWidget(m_assign);
    layout->addLayout(ownerRow);

    auto* noteRow = new QHBoxLayout();
    m_note = lineEdit(tr("A note on the selected task"), "taskNoteLineEdit", this);
    m_addNote = button(tr("Add note"), "taskNoteButton", this);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);
    layout->addLayout(noteRow);

    auto* addRow = new QHBoxLayout();
    m_newTitle = lineEdit(tr("New task"), "newTaskLineEdit", this);
    m_add = button(tr("Add task"), "addTaskButton", this);
    m_playbooks = new QComboBox(this);
    m_playbooks->setObjectName(QStringLiteral("playbookComboBox"));
    m_playbooks->setToolTip(tr("Add the tasks of a playbook that this ticket does not have yet."));
    m_apply = button(tr("Apply playbook"), "applyPlaybookButton", this);
    addRow->addWidget(m_newTitle, 1);
    addRow->addWidget(m_add);
    addRow->addSpacing(12);
    addRow->addWidget(m_playbooks);
    addRow->addWidget(m_apply);
    layout->addLayout(addRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("taskErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this]() {
        showSelected();
        updateButtons();
    });
    connect(m_done, &QPushButton::clicked, this, [this]() { setSelectedState(TaskState::Done); });
    connect(m_notApplicable, &QPushButton::clicked, this, [this]() { setSelectedState(TaskState::NotApplicable); });
    connect(m_reopen, &QPushButton::clicked, this, [this]() { setSelectedState(TaskState::Open); });
    connect(m_assign, &QPushButton::clicked, this, &TasksPanel::assignSelected);
    connect(m_owner, &QLineEdit::returnPressed, this, &TasksPanel::assignSelected);
    connect(m_addNote, &QPushButton::clicked, this, &TasksPanel::addNoteToSelected);
    connect(m_note, &QLineEdit::returnPressed, this, &TasksPanel::addNoteToSelected);
    connect(m_add, &QPushButton::clicked, this, &TasksPanel::addTask);
    connect(m_newTitle, &QLineEdit::returnPressed, this, &TasksPanel::addTask);
    connect(m_newTitle, &QLineEdit::textChanged, this, &TasksPanel::updateButtons);
    connect(m_note, &QLineEdit::textChanged, this, &TasksPanel::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &TasksPanel::applyPlaybook);
    showTicket(0, false);
}

void TasksPanel::setSession(WorkspaceSession* session)
{
    m_session = session;
    showTicket(0, false);
}

void TasksPanel::showTicket(qint64 ticketId, bool writable)
{
    m_id = m_session ? ticketId : 0;
    m_writable = writable;
    m_error->hide();
    m_owner->clear();
    m_note->clear();
    m_newTitle->clear();
    m_playbooks->clear();
    if (m_session && m_id != 0) {
        if (auto playbooks = m_session->stores().playbooks.playbooks()) {
            for (const Playbook& playbook : std::as_const(*playbooks))
                m_playbooks->addItem(playbook.name, playbook.key);
        }
    }
    reload();
}

QString TasksPanel::title() const
{
    if (m_progress.total == 0)
        return tr("Tasks");
    //: The tab of a ticket's tasks: done (and not applicable) of all.
    return tr("Tasks (%1/%2)").arg(m_progress.done + m_progress.notApplicable).arg(m_progress.total);
}

void TasksPanel::reload()
{
    const qint64 selected = selectedTask();
    m_list->clear();
    m_tasks.clear();
    m_progress = {};
    if (m_session && m_id != 0) {
        if (auto tasks = m_session->stores().tasks.tasks(m_id)) {
            m_tasks = *tasks;
        } else {
            m_error->setText(tasks.error().message);
            m_error->show();
        }
    }
    m_progress = TaskStore::progress(m_tasks);
    const QDateTime now = m_session ? m_session->clock().nowUtc() : QDateTime();
    QTreeWidgetItem* current = nullptr;
    for (const TicketTask& task : std::as_const(m_tasks)) {
        QString due = task.due.isValid() ? QLocale().toString(task.due.toLocalTime(), QLocale::ShortFormat) : QString();
        if (task.isOverdue(now))
            //: A task's due date that has passed (said in words, not only by colour).
            due = tr("%1 (overdue)").arg(due);
        auto* item = new QTreeWidgetItem(m_list, {task.title, TaskStore::stateName(task.state), task.owner, due});
        item->setData(TitleColumn, kIdRole, task.id);
        item->setToolTip(TitleColumn, task.description);
        if (!task.isOpen()) {
            QFont font = item->font(TitleColumn);
            font.setStrikeOut(task.state == TaskState::NotApplicable);
            item->setFont(TitleColumn, font);
        }
        if (task.id == selected)
            current = item;
    }
    m_progressLabel->setText(m_progress.total == 0 ? tr("No tasks yet.")
                                                   : tr("%1 of %2 done").arg(m_progress.done).arg(m_progress.total) +
                                                         (m_progress.notApplicable ? tr(", %n not applicable", nullptr,
                                                                                        m_progress.notApplicable)
                                                                                   : QString()));
    m_progressBar->setRange(0, std::max(1, m_progress.total));
    m_progressBar->setValue(m_progress.done + m_progress.notApplicable);
    m_progressBar->setVisible(m_progress.total > 0);
    if (!current && m_list->topLevelItemCount() > 0) {
        // The first open task is the next thing to do.
        for (int i = 0; i < m_list->topLevelItemCount() && !current; ++i) {
            if (m_tasks.at(i).isOpen())
                current = m_list->topLevelItem(i);
        }
    }
    if (current)
        m_list->setCurrentItem(current);
    showSelected();
    updateButtons();
}

qint64 TasksPanel::selectedTask() const
{
    const QTreeWidgetItem* item = m_list ? m_list->currentItem() : nullptr;
    return item ? item->data(TitleColumn, kIdRole).toLongLong() : 0;
}

void TasksPanel::showSelected()
{
    const qint64 id = selectedTask();
    const auto task = std::find_if(m_tasks.cbegin(), m_tasks.cend(), [id](const TicketTask& t) { return t.id == id; });
    if (task == m_tasks.cend()) {
        m_detail->clear();
        return;
    }
    QStringList text;
    if (!task->description.isEmpty())
        text.append(task->description);
    if (!task->playbook.isEmpty())
        text.append(tr("From playbook %1.").arg(task->playbook));
    for (const TaskNote& note : task->notes)
        text.append(tr("%1, %2: %3")
                        .arg(QLocale().toString(note.at.toLocalTime(), QLocale::ShortFormat), note.author, note.body));
    m_detail->setPlainText(text.join(QStringLiteral("\n\n")));
    m_owner->setText(task->owner);
}

void TasksPanel::updateButtons()
{
    const qint64 id = selectedTask();
    const auto task = std::find_if(m_tasks.cbegin(), m_tasks.cend(), [id](const TicketTask& t) { return t.id == id; });
    const bool chosen = m_writable && task != m_tasks.cend();
    m_done->setEnabled(chosen && task->state != TaskState::Done);
    m_notApplicable->setEnabled(chosen && task->state != TaskState::NotApplicable);
    m_reopen->setEnabled(chosen && !task->isOpen());
    m_owner->setEnabled(chosen);
    m_assign->setEnabled(chosen);
    m_note->setEnabled(chosen);
    m_addNote->setEnabled(chosen && !m_note->text().trimmed().isEmpty());
    const bool ticket = m_writable && m_id != 0;
    m_newTitle->setEnabled(ticket);
    m_add->setEnabled(ticket && !m_newTitle->text().trimmed().isEmpty());
    m_playbooks->setEnabled(ticket && m_playbooks->count() > 0);
    m_apply->setEnabled(ticket && m_playbooks->count() > 0);
}

bool TasksPanel::finish(const Status& status, qint64 select)
{
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(TitleColumn, kIdRole).toLongLong() == select)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    Q_EMIT changed(m_id);
    return true;
}

bool TasksPanel::setSelectedState(TaskState state)
{
    const qint64 id = selectedTask();
    if (!m_session || id == 0 || !m_writable)
        return false;
    return finish(m_session->stores().tasks.setState(id, state), id);
}

bool TasksPanel::assignSelected()
{
    const qint64 id = selectedTask();
    if (!m_session || id == 0 || !m_writable)
        return false;
    return finish(m_session->stores().tasks.assign(id, m_owner->text()), id);
}

bool TasksPanel::addNoteToSelected()
{
    const qint64 id = selectedTask();
    if (!m_session || id == 0 || !m_writable)
        return false;
    auto added = m_session->stores().tasks.addNote(id, m_note->text());
    if (!finish(added ? Status() : Status(fail(added.error())), id))
        return false;
    m_note->clear();
    return true;
}

bool TasksPanel::addTask()
{
    if (!m_session || m_id == 0 || !m_writable)
        return false;
    auto added = m_session->stores().tasks.addTask(m_id, NewTask{m_newTitle->text(), {}, {}, {}, {}});
    if (!finish(added ? Status() : Status(fail(added.error())), added ? *added : 0))
        return false;
    m_newTitle->clear();
    return true;
}

bool TasksPanel::applyPlaybook()
{
    if (!m_session || m_id == 0 || !m_writable || m_playbooks->currentIndex() < 0)
        return false;
    auto added = m_session->stores().tasks.applyPlaybook(m_id, m_playbooks->currentData().toString());
    if (!added)
        return finish(fail(added.error()), 0);
    const bool ok = finish({}, added->isEmpty() ? selectedTask() : added->first());
    if (ok && added->isEmpty()) {
        m_error->setText(tr("This ticket has every task of that playbook already."));
        m_error->show();
    }
    return ok;
}

} // namespace fb
