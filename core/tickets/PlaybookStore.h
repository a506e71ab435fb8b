// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybookStore: the workspace's playbooks: read, saved and removed one change at a time with a history row
// (action "playbook"), imported and exported as JSON (PlaybookJson), and the set Firebreak ships
// (resources/playbooks/shipped.json) installed into new and demo workspaces.
#pragma once

#include "core/base/Result.h"
#include "core/tickets/Playbook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fb {

class TicketRepository;

class PlaybookStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::PlaybookStore)

public:
    explicit PlaybookStore(TicketRepository& tickets);

    // By name.
    Result<QList<Playbook>> playbooks();
    // NotFound when there is none with that key.
    Result<Playbook> playbook(const QString& key);
    // Adds or replaces the playbook with its key; BadInput naming the field when it is not valid.
    Status save(const Playbook& playbook);
    Status remove(const QString& key);

    // Adds or replaces every playbook of a JSON document in one change; any problem refuses the whole document
    // (the error lists each one by its place) and changes nothing. Returns the keys added or changed.
    Result<QStringList> importJson(const QByteArray& json);
    // The playbooks with these keys (all when empty) as a JSON document; NotFound for an unknown key.
    Result<QByteArray> exportJson(const QStringList& keys = {});

    // The playbooks Firebreak ships, for the common RSIT classes.
    static QList<Playbook> shipped();
    // Adds the shipped playbooks whose keys the workspace does not have yet; returns how many were added.
    Result<int> installShipped();

private:
    Status write(const Playbook& playbook);

    TicketRepository& m_tickets;
};

} // namespace fb
