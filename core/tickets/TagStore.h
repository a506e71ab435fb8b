// SPDX-License-Identifier: GPL-3.0-or-later
// TagStore: a ticket's free tags, each change one transaction with its history row.
// Second backend: implements this class's public API (addTag, removeTag, insertTag); the SQL stays in
// TagStore.cpp.
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace fb {

class TicketRepository;

class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::TagStore)

public:
    explicit TagStore(TicketRepository& tickets);

    Status addTag(qint64 id, const QString& tag);
    Status removeTag(qint64 id, const QString& tag);
    // A step of a larger change (create, merge): adds the tag unless the ticket has it, without a history row.
    Status insertTag(qint64 id, const QString& tag);

private:
    TicketRepository& m_tickets;
};

} // namespace fb
