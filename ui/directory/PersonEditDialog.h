// SPDX-License-Identifier: GPL-3.0-or-later
// PersonEditDialog: adds a person to the directory or edits one: name, organisation, channels, key fingerprint,
// highest TLP, notes, and the teams they belong to (team, role, from, until). Save stores the person through
// PersonStore; a refusal is shown in the dialog, which stays open with everything typed.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace fb {

class ChannelTable;
class WorkspaceSession;

class PersonEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum MembershipColumn { TeamColumn, RoleColumn, FromColumn, UntilColumn, MembershipColumnCount };

    // A new person when `person` has no id; `teams` are the teams a membership can name.
    PersonEditDialog(WorkspaceSession& session, const Person& person, const QList<Team>& teams,
                     QWidget* parent = nullptr);

    Result<Person> personFromFields() const;
    // Stores the person; on success the dialog is accepted. The refusal is also shown in the dialog.
    Status save();
    qint64 savedId() const { return m_savedId; }
    QString errorText() const;
    // Appends a membership row (the Add button appends one for the first team); returns its index.
    int addMembership(const TeamMembership& membership);
    QTableWidget* memberships() const { return m_memberships; }

private:
    void showPerson(const Person& person);
    void showError(const Error& error);

    WorkspaceSession& m_session;
    Person m_person;
    QList<Team> m_teams;
    qint64 m_savedId = 0;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_organisation = nullptr;
    QLineEdit* m_key = nullptr;
    QComboBox* m_tlp = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ChannelTable* m_channels = nullptr;
    QTableWidget* m_memberships = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fb
