// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionListStore: the directory's distribution lists in a workspace, their members, and their recipients
// with the TLP label each may receive (a person's own, else their current team's). History rows
// "directory.list.*", field "list/<id>/...". All distribution-list SQL lives here.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/directory/DistributionList.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"
#include "core/directory/DirectoryEditLog.h"

#include <QCoreApplication>

#include <functional>

namespace fb {

class Vault;

class DistributionListStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::DistributionListStore)

public:
    DistributionListStore(const ChangeContext& change);

    // BadInput for an empty name, Conflict when a list of that name (any case) exists.
    Result<qint64> create(const QString& name, const QString& description = {});
    Status remove(qint64 id);
    Result<DistributionList> list(qint64 id);
    // By id ("3") or name (case-insensitive); NotFound otherwise.
    Result<DistributionList> find(const QString& idOrName);
    Result<QList<DistributionList>> lists();

    // NotFound when the list, team or person does not exist; Conflict when already a member.
    Status addMember(qint64 listId, const DistributionListMember& member);
    // NotFound when not a member.
    Status removeMember(qint64 listId, const DistributionListMember& member);
    // The list (id or name) with the teams (id, UUID, short or official name) and people (id or name) put on it,
    // or taken off it: all of them or, on the first error, none. Returns the list as it was found.
    Result<DistributionList> addMembers(const QString& list, const QStringList& teams, const QStringList& people);
    Result<DistributionList> removeMembers(const QString& list, const QStringList& teams, const QStringList& people);

    // Every member with its first e-mail address and the TLP label we may share with it, in list order.
    Result<QList<ListRecipient>> recipients(qint64 listId, QDate today);
    // A person's own label, else the most restrictive among their current teams' labels (unset when none
    // says anything).
    static std::optional<TlpLevel> effectiveTlp(const Person& person, const QList<Team>& currentTeams,
                                                QString* from = nullptr);

private:
    Result<QList<DistributionList>> load(const char* where, const QString& argument);
    // One change to a stored list, in one transaction: loads the list (NotFound when there is none), runs `work`
    // on it, commits when it succeeded.
    Status change(qint64 listId, const std::function<Status(const DistributionList&)>& work);
    Result<DistributionList> changeMembers(const QString& list, const QStringList& teams, const QStringList& people,
                                           bool add);
    Status touch(qint64 listId);

    Vault& m_vault;
    const Clock& m_clock;
    DirectoryEditLog m_log;
};

} // namespace fb
