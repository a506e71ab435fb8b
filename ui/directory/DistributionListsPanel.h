// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionListsPanel: the directory's distribution lists (an advisory's audience): make and remove lists, and
// put teams and people on a list or take them off. Each member shows the address mail would go to and the TLP
// label we may share with it. Every change is one DistributionListStore call.
#pragma once

#include "core/directory/DistributionList.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"
#include "ui/directory/DialogRunner.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace fb {

class WorkspaceSession;

class DistributionListsPanel : public QWidget
{
    Q_OBJECT

public:
    enum MemberColumn { NameColumn, KindColumn, AddressColumn, TlpColumn, MemberColumnCount };

    explicit DistributionListsPanel(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session) { m_session = session; }
    void setDialogRunner(DialogRunner runner) { m_runner = std::move(runner); }
    // Reads the lists again; `teams` and `people` are what the member chooser offers.
    void reload(const QList<Team>& teams, const QList<Person>& people);

    bool selectList(qint64 listId);
    qint64 currentListId() const;
    QListWidget* lists() const { return m_lists; }
    QTableWidget* members() const { return m_members; }
    QString message() const;

    // The actions of the buttons (through the runner); true when something changed.
    bool createList();
    bool removeList(qint64 listId);
    bool addMembers(qint64 listId);
    bool removeMember(qint64 listId, const DistributionListMember& member);

private:
    void showList();
    void showMessage(const QString& text);
    void refresh(qint64 selectListId);

    WorkspaceSession* m_session = nullptr;
    DialogRunner m_runner;
    QList<Team> m_teams;
    QList<Person> m_people;
    QList<DistributionList> m_all;
    QListWidget* m_lists = nullptr;
    QLabel* m_description = nullptr;
    QTableWidget* m_members = nullptr;
    QPushButton* m_removeList = nullptr;
    QPushButton* m_addMembers = nullptr;
    QPushButton* m_removeMember = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace fb
