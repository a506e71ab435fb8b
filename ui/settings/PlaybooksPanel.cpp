// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/PlaybooksPanel.h"

#include "core/base/AtomicFile.h"
#include "core/taxonomy/Rsit.h"
#include "core/tickets/PlaybookJson.h"
#include "core/tickets/TicketStores.h"
#include "ui/ticket/TaxonomyCombos.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

enum TaskColumn { TitleColumn, DescriptionColumn, RoleColumn, DueColumn };

// "Phishing / Phishing, Example Bank", or "applied by hand".
QString chosenFor(const Playbook& p)
{
    if (p.rsitClass.isEmpty())
        return PlaybooksPanel::tr("applied by hand");
    const Rsit& rsit = Rsit::builtin();
    const auto cls = rsit.findClass(p.rsitClass);
    QString text = cls ? cls->name : p.rsitClass;
    if (!p.rsitType.isEmpty()) {
        const auto type = rsit.findType(p.rsitClass, p.rsitType);
        text += QStringLiteral(" / ") + (type ? type->name : p.rsitType);
    }
    if (!p.constituency.isEmpty())
        text += QStringLiteral(", ") + p.constituency;
    return text;
}

} // namespace

PlaybookEditDialog::PlaybookEditDialog(WorkspaceSession& session, const std::optional<Playbook>& playbook,
                                       QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("playbookEditDialog"));
    setWindowTitle(playbook ? tr("Playbook %1").arg(playbook->name) : tr("New playbook"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("playbookKeyLineEdit"));
    m_key->setPlaceholderText(tr("lower-case letters, digits and '-', e.g. phishing-bank"));
    m_key->setReadOnly(playbook.has_value());
    form->addRow(tr("&Key:"), m_key);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("playbookNameLineEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("playbookDescriptionTextEdit"));
    m_description->setFixedHeight(fontMetrics().height() * 4);
    form->addRow(tr("&Description:"), m_description);
    auto* classRow = new QHBoxLayout;
    m_class = TaxonomyCombos::rsitClass(this, QStringLiteral("playbookClassComboBox"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("playbookTypeComboBox"));
    classRow->addWidget(m_class, 1);
    classRow->addWidget(m_type, 1);
    auto* classLabel = new QLabel(tr("Chosen for &class / type:"), this);
    classLabel->setBuddy(m_class);
    form->addRow(classLabel, classRow);
    m_constituency = new QLineEdit(this);
    m_constituency->setObjectName(QStringLiteral("playbookConstituencyLineEdit"));
    m_constituency->setPlaceholderText(tr("any constituency"));
    form->addRow(tr("C&onstituency:"), m_constituency);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("Unclassified: the playbook is applied by hand only. The most specific playbook "
                               "is chosen for a new or reclassified incident."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_tasks = new QTableWidget(0, 4, this);
    m_tasks->setObjectName(QStringLiteral("playbookTasksTable"));
    m_tasks->setHorizontalHeaderLabels({tr("Task"), tr("Description"), tr("Owner role"), tr("Due after")});
    m_tasks->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_tasks->setColumnWidth(TitleColumn, fontMetrics().averageCharWidth() * 34);
    m_tasks->setWordWrap(true);
    m_tasks->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tasks->horizontalHeaderItem(DueColumn)->setToolTip(
        tr("How long after the task is added, e.g. 30m, 4h, 2d, 1d12h; empty: due with the ticket's resolution."));
    m_tasks->horizontalHeaderItem(RoleColumn)
        ->setToolTip(tr("A role in the directory (e.g. handler, lead): the task goes to a person who has it."));
    layout->addWidget(m_tasks, 1);
    auto* taskButtons = new QHBoxLayout;
    auto* addTask = new QPushButton(tr("&Add task"), this);
    addTask->setObjectName(QStringLiteral("playbookAddTaskButton"));
    auto* removeTask = new QPushButton(tr("&Remove task"), this);
    removeTask->setObjectName(QStringLiteral("playbookRemoveTaskButton"));
    taskButtons->addWidget(addTask);
    taskButtons->addWidget(removeTask);
    taskButtons->addStretch(1);
    layout->addLayout(taskButtons);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("playbookErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    connect(m_class, &QComboBox::currentIndexChanged, this,
            [this]() { TaxonomyCombos::fillRsitTypes(m_type, m_class->currentData().toString()); });
    connect(addTask, &QPushButton::clicked, this, [this]() {
        addTaskRow();
        m_tasks->editItem(m_tasks->item(m_tasks->rowCount() - 1, TitleColumn));
    });
    connect(removeTask, &QPushButton::clicked, this, [this]() {
        if (m_tasks->currentRow() >= 0)
            m_tasks->removeRow(m_tasks->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (playbook) {
        m_key->setText(playbook->key);
        m_name->setText(playbook->name);
        m_description->setPlainText(playbook->description);
        m_class->setCurrentIndex(std::max(0, m_class->findData(playbook->rsitClass)));
        m_constituency->setText(playbook->constituency);
        for (const PlaybookTask& task : playbook->tasks)
            addTaskRow(task);
    }
    TaxonomyCombos::fillRsitTypes(m_type, m_class->currentData().toString(), playbook ? playbook->rsitType : QString());
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);
}

void PlaybookEditDialog::addTaskRow(const PlaybookTask& task)
{
    const int row = m_tasks->rowCount();
    m_tasks->insertRow(row);
    m_tasks->setItem(row, TitleColumn, new QTableWidgetItem(task.title));
    m_tasks->setItem(row, DescriptionColumn, new QTableWidgetItem(task.description));
    m_tasks->setItem(row, RoleColumn, new QTableWidgetItem(task.ownerRole));
    m_tasks->setItem(row, DueColumn,
                     new QTableWidgetItem(task.dueMinutes ? PlaybookJson::offsetText(*task.dueMinutes) : QString()));
}

Playbook PlaybookEditDialog::playbook() const
{
    Playbook p;
    p.key = m_key->text().trimmed();
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.rsitClass = m_class->currentData().toString();
    p.rsitType = p.rsitClass.isEmpty() ? QString() : m_type->currentData().toString();
    p.constituency = m_constituency->text().trimmed();
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_tasks->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        PlaybookTask task{text(TitleColumn), text(DescriptionColumn), text(RoleColumn)};
        if (!text(DueColumn).isEmpty())
            task.dueMinutes = PlaybookJson::parseOffset(text(DueColumn));
        p.tasks.append(task);
    }
    return p;
}

bool PlaybookEditDialog::save()
{
    // A due offset that is not understood is refused here: the playbook would otherwise lose it silently.
    QStringList problems;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const QTableWidgetItem* due = m_tasks->item(row, DueColumn);
        if (due && !due->text().trimmed().isEmpty() && !PlaybookJson::parseOffset(due->text().trimmed()))
            problems.append(tr("Task %1: '%2' is not a due offset such as 30m, 4h, 2d or 1d12h.")
                                .arg(row + 1)
                                .arg(due->text().trimmed()));
    }
    if (problems.isEmpty()) {
        if (const Status saved = m_session.stores().playbooks.save(playbook()); !saved)
            problems.append(saved.error().message);
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return false;
    }
    m_error->hide();
    accept();
    return true;
}

QString PlaybookEditDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

PlaybooksPanel::PlaybooksPanel(QWidget* parent)
    : QGroupBox(tr("Playbooks"), parent)
{
    setObjectName(QStringLiteral("playbooksGroupBox"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Task lists that a new or reclassified incident gets by its class; others are "
                                "applied by hand from the ticket's Tasks tab."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("playbooksTreeWidget"));
    m_list->setHeaderLabels({tr("Playbook"), tr("Chosen for"), tr("Tasks")});
    m_list->setRootIsDecorated(false);
    m_list->setMinimumHeight(fontMetrics().height() * 8);
    layout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    auto* add = button(tr("&New…"), "playbookNewButton");
    auto* edit = button(tr("&Edit…"), "playbookEditButton");
    auto* remove = button(tr("Re&move"), "playbookRemoveButton");
    buttons->addStretch(1);
    auto* import = button(tr("&Import JSON…"), "playbookImportButton");
    auto* exportButton = button(tr("E&xport JSON…"), "playbookExportButton");
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("playbooksStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_pathPrompt = [](QWidget* parentWidget, bool save) {
        const QString filter = tr("Playbooks (*.json)");
        return save ? QFileDialog::getSaveFileName(parentWidget, tr("Export playbooks"),
                                                   QStringLiteral("playbooks.json"), filter)
                    : QFileDialog::getOpenFileName(parentWidget, tr("Import playbooks"), QString(), filter);
    };
    connect(add, &QPushButton::clicked, this, [this]() { openEditor(); });
    connect(edit, &QPushButton::clicked, this, [this]() {
        if (!selectedKey().isEmpty())
            openEditor(selectedKey());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this]() { openEditor(selectedKey()); });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (selectedKey().isEmpty())
            return;
        if (QMessageBox::question(this, tr("Remove playbook"),
                                  tr("Remove the playbook %1? Tasks it gave tickets stay.").arg(selectedKey())) ==
            QMessageBox::Yes)
            removeSelected();
    });
    connect(import, &QPushButton::clicked, this, [this]() { importFile(); });
    connect(exportButton, &QPushButton::clicked, this, [this]() { exportFile(); });
}

void PlaybooksPanel::setSession(WorkspaceSession* session)
{
    m_session = session;
    m_status->clear();
    reload();
}

void PlaybooksPanel::reload()
{
    const QString keep = selectedKey();
    m_list->clear();
    if (!m_session)
        return;
    auto playbooks = m_session->stores().playbooks.playbooks();
    if (!playbooks) {
        showStatus(playbooks.error().toString(), true);
        return;
    }
    for (const Playbook& p : std::as_const(*playbooks)) {
        auto* item = new QTreeWidgetItem(m_list, {p.name, chosenFor(p), QString::number(p.tasks.size())});
        item->setData(0, Qt::UserRole, p.key);
        item->setToolTip(0, p.description.isEmpty() ? p.key : p.key + QStringLiteral("\n") + p.description);
        if (p.key == keep)
            m_list->setCurrentItem(item);
    }
    m_list->resizeColumnToContents(0);
}

QString PlaybooksPanel::selectedKey() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QString PlaybooksPanel::statusText() const
{
    return m_status->text();
}

void PlaybooksPanel::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
}

PlaybookEditDialog* PlaybooksPanel::openEditor(const QString& key)
{
    if (!m_session)
        return nullptr;
    std::optional<Playbook> existing;
    if (!key.isEmpty()) {
        auto found = m_session->stores().playbooks.playbook(key);
        if (!found) {
            showStatus(found.error().toString(), true);
            return nullptr;
        }
        existing = *found;
    }
    auto* dialog = new PlaybookEditDialog(*m_session, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        reload();
        showStatus(tr("Saved the playbook %1.").arg(dialog->playbook().name), false);
    });
    dialog->open();
    return dialog;
}

bool PlaybooksPanel::removeSelected()
{
    const QString key = selectedKey();
    if (!m_session || key.isEmpty())
        return false;
    if (const Status removed = m_session->stores().playbooks.remove(key); !removed) {
        showStatus(removed.error().toString(), true);
        return false;
    }
    reload();
    showStatus(tr("Removed the playbook %1.").arg(key), false);
    return true;
}

bool PlaybooksPanel::importFile()
{
    if (!m_session)
        return false;
    const QString path = m_pathPrompt(this, false);
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    auto imported = m_session->stores().playbooks.importJson(file.readAll());
    if (!imported) {
        showStatus(tr("Nothing was imported from %1:\n%2").arg(path, imported.error().message), true);
        return false;
    }
    reload();
    showStatus(
        tr("Imported %n playbook(s): %1.", nullptr, int(imported->size())).arg(imported->join(QStringLiteral(", "))),
        false);
    return true;
}

bool PlaybooksPanel::exportFile()
{
    if (!m_session)
        return false;
    const QString path = m_pathPrompt(this, true);
    if (path.isEmpty())
        return false;
    auto json = m_session->stores().playbooks.exportJson();
    if (!json) {
        showStatus(json.error().toString(), true);
        return false;
    }
    if (const Status written = AtomicFile::write(path, *json); !written) {
        showStatus(written.error().toString(), true);
        return false;
    }
    showStatus(tr("Exported the playbooks to %1.").arg(path), false);
    return true;
}

} // namespace fb
