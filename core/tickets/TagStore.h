// SPDX-License-Identifier: GPL-3.0-or-later
// TagStore: a ticket's free tags, each change one change scope with its history entry.
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

private:
    TicketRepository& m_tickets;
};

} // namespace fb
