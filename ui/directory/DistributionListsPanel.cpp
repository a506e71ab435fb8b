// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DistributionListsPanel.h"

#include "core/directory/DistributionListStore.h"
#include "ui/directory/DistributionListDialog.h"
#include "ui/directory/ListMembersDialog.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

constexpr int kListIdRole = Qt::UserRole + 1;
constexpr int kTeamIdRole = Qt::UserRole + 2;
constexpr int kPersonIdRole = Qt::UserRole + 3;

} // namespace

DistributionListsPanel::DistributionListsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("distributionListsPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* listButtons = new QHBoxLayout;
    auto* create = new QPushButton(tr("&New list…"), left);
    create->setObjectName(QStringLiteral("newListPushButton"));
    m_removeList = new QPushButton(tr("Remove &list…"), left);
    m_removeList->setObjectName(QStringLiteral("removeListPushButton"));
    listButtons->addWidget(create);
    listButtons->addWidget(m_removeList);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);
    m_lists = new QListWidget(left);
    m_lists->setObjectName(QStringLiteral("distributionListsListWidget"));
    leftLayout->addWidget(m_lists, 1);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* memberButtons = new QHBoxLayout;
    m_addMembers = new QPushButton(tr("&Add members…"), right);
    m_addMembers->setObjectName(QStringLiteral("addListMembersPushButton"));
    m_removeMember = new QPushButton(tr("Take &off the list"), right);
    m_removeMember->setObjectName(QStringLiteral("removeListMemberPushButton"));
    memberButtons->addWidget(m_addMembers);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addStretch(1);
    rightLayout->addLayout(memberButtons);
    m_description = new QLabel(right);
    m_description->setObjectName(QStringLiteral("listDescriptionLabel"));
    m_description->setWordWrap(true);
    rightLayout->addWidget(m_description);
    m_members = new QTableWidget(0, MemberColumnCount, right);
    m_members->setObjectName(QStringLiteral("listMembersTableWidget"));
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Kind"), tr("Address"), tr("Share up to")});
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    rightLayout->addWidget(m_members, 1);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("listsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    connect(create, &QPushButton::clicked, this, &DistributionListsPanel::createList);
    connect(m_removeList, &QPushButton::clicked, this, [this]() { removeList(currentListId()); });
    connect(m_addMembers, &QPushButton::clicked, this, [this]() { addMembers(currentListId()); });
    connect(m_removeMember, &QPushButton::clicked, this, [this]() {
        const int row = m_members->currentRow();
        if (row < 0)
            return;
        const QTableWidgetItem* item = m_members->item(row, NameColumn);
        removeMember(currentListId(),
                     {item->data(kTeamIdRole).toLongLong(), item->data(kPersonIdRole).toLongLong(), item->text()});
    });
    connect(m_lists, &QListWidget::currentRowChanged, this, &DistributionListsPanel::showList);
    connect(m_members, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeMember->setEnabled(row >= 0); });
    showList();
}

void DistributionListsPanel::reload(const QList<Team>& teams, const QList<Person>& people)
{
    m_teams = teams;
    m_people = people;
    refresh(currentListId());
}

void DistributionListsPanel::refresh(qint64 selectListId)
{
    m_all.clear();
    if (m_session) {
        auto lists = DistributionListStore(m_session->change()).lists();
        if (lists)
            m_all = *lists;
        else
            showMessage(lists.error().toString());
    }
    const QSignalBlocker blocker(m_lists);
    m_lists->clear();
    for (const DistributionList& list : std::as_const(m_all)) {
        //: A distribution list in the list of lists: its name and how many members it has
        auto* item =
            new QListWidgetItem(tr("%1 (%n member(s))", nullptr, int(list.members.size())).arg(list.name), m_lists);
        item->setData(kListIdRole, list.id);
        item->setToolTip(list.description);
    }
    if (!selectListId || !selectList(selectListId))
        m_lists->setCurrentRow(m_all.isEmpty() ? -1 : 0);
    showList();
}

bool DistributionListsPanel::selectList(qint64 listId)
{
    for (int row = 0; row < m_lists->count(); ++row) {
        if (m_lists->item(row)->data(kListIdRole).toLongLong() == listId) {
            m_lists->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

qint64 DistributionListsPanel::currentListId() const
{
    const QListWidgetItem* item = m_lists->currentItem();
    return item ? item->data(kListIdRole).toLongLong() : 0;
}

void DistributionListsPanel::showList()
{
    const qint64 id = currentListId();
    m_removeList->setEnabled(id != 0);
    m_addMembers->setEnabled(id != 0);
    m_removeMember->setEnabled(false);
    m_members->setRowCount(0);
    if (!id || !m_session) {
        m_description->setText(m_all.isEmpty() ? tr("No distribution lists yet. An advisory's audience names "
                                                    "lists: make one with New list….")
                                               : QString());
        return;
    }
    const DistributionList* list = nullptr;
    for (const DistributionList& l : std::as_const(m_all))
        if (l.id == id)
            list = &l;
    m_description->setText(list && !list->description.isEmpty() ? list->description : QString());
    const QDate today = m_session->clock().nowUtc().toLocalTime().date();
    auto recipients = DistributionListStore(m_session->change()).recipients(id, today);
    if (!recipients) {
        showMessage(recipients.error().toString());
        return;
    }
    m_members->setRowCount(int(recipients->size()));
    for (int row = 0; row < recipients->size(); ++row) {
        const ListRecipient& r = recipients->at(row);
        const QString tlp = r.highestTlp
                                //: The TLP label a list member may receive and where it comes from
                                ? (r.tlpFrom.isEmpty() || r.tlpFrom == r.name
                                       ? Tlp::label(*r.highestTlp)
                                       : tr("%1 (from %2)").arg(Tlp::label(*r.highestTlp), r.tlpFrom))
                                : tr("not agreed");
        const QStringList cells{r.name, r.teamId ? tr("Team") : tr("Person"),
                                r.address.isEmpty() ? tr("no e-mail address") : r.address, tlp};
        for (int column = 0; column < MemberColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(kTeamIdRole, r.teamId);
            item->setData(kPersonIdRole, r.personId);
            m_members->setItem(row, column, item);
        }
    }
}

void DistributionListsPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString DistributionListsPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool DistributionListsPanel::createList()
{
    if (!m_session)
        return false;
    DistributionListDialog dialog(*m_session, this);
    if (runDialog(m_runner, dialog) != QDialog::Accepted || !dialog.savedId())
        return false;
    showMessage(QString());
    refresh(dialog.savedId());
    return true;
}

bool DistributionListsPanel::removeList(qint64 listId)
{
    if (!m_session || !listId)
        return false;
    QString name;
    for (const DistributionList& l : std::as_const(m_all))
        if (l.id == listId)
            name = l.name;
    if (!confirmAction(m_runner, this, QStringLiteral("removeListMessageBox"), tr("Remove distribution list"),
                       tr("Remove the list “%1”? The teams and people on it stay in the directory; advisories "
                          "that name the list as their audience no longer find it.")
                           .arg(name),
                       tr("&Remove list")))
        return false;
    if (auto status = DistributionListStore(m_session->change()).remove(listId); !status) {
        showMessage(status.error().toString());
        return false;
    }
    showMessage(tr("The list “%1” was removed.").arg(name));
    refresh(0);
    return true;
}

bool DistributionListsPanel::addMembers(qint64 listId)
{
    if (!m_session || !listId)
        return false;
    auto list = DistributionListStore(m_session->change()).list(listId);
    if (!list) {
        showMessage(list.error().toString());
        return false;
    }
    ListMembersDialog dialog(*m_session, *list, m_teams, m_people, this);
    if (runDialog(m_runner, dialog) != QDialog::Accepted || !dialog.added())
        return false;
    showMessage(QString());
    refresh(listId);
    return true;
}

bool DistributionListsPanel::removeMember(qint64 listId, const DistributionListMember& member)
{
    if (!m_session || !listId)
        return false;
    if (auto status = DistributionListStore(m_session->change()).removeMember(listId, member); !status) {
        showMessage(status.error().toString());
        return false;
    }
    showMessage(tr("%1 was taken off the list.").arg(member.name));
    refresh(listId);
    return true;
}

} // namespace fb
