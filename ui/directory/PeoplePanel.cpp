// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/PeoplePanel.h"

#include "core/directory/PersonStore.h"
#include "ui/directory/PersonEditDialog.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb {

PeoplePanel::PeoplePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("peoplePanel"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add person…"), this);
    add->setObjectName(QStringLiteral("addPersonPushButton"));
    m_edit = new QPushButton(tr("&Edit person…"), this);
    m_edit->setObjectName(QStringLiteral("editPersonPushButton"));
    m_remove = new QPushButton(tr("&Remove person…"), this);
    m_remove->setObjectName(QStringLiteral("removePersonPushButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("peopleTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("E-mail"), tr("Teams"), tr("Share up to")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TeamsColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // read-only: Tab leaves the table
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("peopleMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &PeoplePanel::addPerson);
    connect(m_edit, &QPushButton::clicked, this, [this]() { editPerson(currentPersonId()); });
    connect(m_remove, &QPushButton::clicked, this, [this]() { removePerson(currentPersonId()); });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this]() { editPerson(currentPersonId()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &PeoplePanel::updateButtons);
    updateButtons();
}

void PeoplePanel::setEntries(const QList<Person>& people, const QList<Team>& teams, QDate today)
{
    const qint64 selected = currentPersonId();
    m_people = people;
    m_teams = teams;
    QHash<qint64, QString> teamNames;
    for (const Team& t : teams)
        teamNames.insert(t.id, t.displayName());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const Person& p = people.at(row);
        QString email;
        for (const Channel& c : p.channels) {
            if (c.kind == ChannelKind::Email && !c.outOfBand) {
                email = c.value;
                break;
            }
        }
        QStringList current;
        for (const TeamMembership& m : p.memberships) {
            if (!m.isCurrent(today))
                continue;
            const QString team = teamNames.value(m.teamId, QString::number(m.teamId));
            //: A person's team and role in the people list: "EXU-CERT (lead)"
            current.append(m.role.isEmpty() ? team : tr("%1 (%2)").arg(team, m.role));
        }
        const QStringList cells{p.name, p.organisation, email, current.join(QStringLiteral(", ")),
                                p.highestTlp ? Tlp::label(*p.highestTlp) : tr("as their team")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(PersonIdRole, p.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->setSortingEnabled(true);
    if (!selected || !selectPerson(selected))
        m_table->setCurrentCell(-1, -1);
    updateButtons();
}

bool PeoplePanel::selectPerson(qint64 personId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(PersonIdRole).toLongLong() == personId) {
            m_table->setCurrentCell(row, NameColumn);
            m_table->scrollToItem(m_table->item(row, NameColumn));
            return true;
        }
    }
    return false;
}

qint64 PeoplePanel::currentPersonId() const
{
    const QTableWidgetItem* item =
        m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), NameColumn) : nullptr;
    return item ? item->data(PersonIdRole).toLongLong() : 0;
}

void PeoplePanel::updateButtons()
{
    const bool any = currentPersonId() != 0;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
}

void PeoplePanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString PeoplePanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool PeoplePanel::addPerson()
{
    if (!m_session)
        return false;
    PersonEditDialog dialog(*m_session, Person{}, m_teams, this);
    if (runDialog(m_runner, dialog) != QDialog::Accepted || !dialog.savedId())
        return false;
    showMessage(QString());
    Q_EMIT changed(dialog.savedId());
    return true;
}

bool PeoplePanel::editPerson(qint64 personId)
{
    if (!m_session || !personId)
        return false;
    // The stored person, not the list's copy: another window may have changed it.
    auto person = PersonReader(m_session->vault()).person(personId);
    if (!person) {
        showMessage(person.error().toString());
        return false;
    }
    PersonEditDialog dialog(*m_session, *person, m_teams, this);
    if (runDialog(m_runner, dialog) != QDialog::Accepted || !dialog.savedId())
        return false;
    showMessage(QString());
    Q_EMIT changed(personId);
    return true;
}

bool PeoplePanel::removePerson(qint64 personId)
{
    if (!m_session || !personId)
        return false;
    QString name;
    for (const Person& p : std::as_const(m_people))
        if (p.id == personId)
            name = p.name;
    if (!confirmAction(m_runner, this, QStringLiteral("removePersonMessageBox"), tr("Remove person"),
                       tr("Remove %1 from the directory? Their channels, team memberships and places on "
                          "distribution lists go with them; the history keeps a record.")
                           .arg(name),
                       tr("&Remove")))
        return false;
    if (auto status = PersonStore(m_session->change()).removePerson(personId); !status) {
        showMessage(status.error().toString());
        return false;
    }
    showMessage(tr("%1 was removed from the directory.").arg(name));
    Q_EMIT changed(0);
    return true;
}

} // namespace fb
