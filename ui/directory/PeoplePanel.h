// SPDX-License-Identifier: GPL-3.0-or-later
// PeoplePanel: the directory's people in a table (name, organisation, e-mail, current teams, sharing limit) with
// Add, Edit and Remove (PersonEditDialog; removing asks first). Every change is one PersonStore call; changed()
// tells the page to read the directory again.
#pragma once

#include "core/directory/Person.h"
#include "core/directory/Team.h"
#include "ui/directory/DialogRunner.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fb {

class WorkspaceSession;

class PeoplePanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrganisationColumn, EmailColumn, TeamsColumn, TlpColumn, ColumnCount };
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    explicit PeoplePanel(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session) { m_session = session; }
    void setDialogRunner(DialogRunner runner) { m_runner = std::move(runner); }
    void setEntries(const QList<Person>& people, const QList<Team>& teams, QDate today);

    bool selectPerson(qint64 personId);
    qint64 currentPersonId() const;
    QTableWidget* table() const { return m_table; }
    QString message() const;

    // The actions of the buttons: each opens its dialog (through the runner); true when something changed.
    bool addPerson();
    bool editPerson(qint64 personId);
    bool removePerson(qint64 personId);

Q_SIGNALS:
    // A person was added, changed or removed: the directory should be read again; `personId` to select.
    void changed(qint64 personId);

private:
    void updateButtons();
    void showMessage(const QString& text);

    WorkspaceSession* m_session = nullptr;
    DialogRunner m_runner;
    QList<Person> m_people;
    QList<Team> m_teams;
    QTableWidget* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace fb
