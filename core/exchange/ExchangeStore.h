// SPDX-License-Identifier: GPL-3.0-or-later
// ExchangeStore: the identities under which tickets leave and enter the workspace as exchange documents (MISP
// events): each ticket's stable UUID and the events imported, with the ticket each went to. The SQL of the
// exchange tables lives here; the steps are written inside a change the caller opened.
#pragma once

#include "core/base/Result.h"
#include "core/history/ChangeContext.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace fb {

class ExchangeStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::ExchangeStore)

public:
    explicit ExchangeStore(const ChangeContext& change);

    // The ticket's UUID; std::nullopt when it has none yet.
    Result<std::optional<QUuid>> ticketUuid(qint64 ticketId);
    // The ticket whose UUID this is; std::nullopt when none.
    Result<std::optional<qint64>> ticketWithUuid(const QUuid& uuid);
    // Gives the ticket `uuid` (Conflict when it has one already or another ticket has this one).
    Status assignUuid(qint64 ticketId, const QUuid& uuid);

    // The ticket the newest import of event `eventUuid` in `format` ("misp") went to; std::nullopt when never imported.
    Result<std::optional<qint64>> importedInto(const QString& format, const QUuid& eventUuid);
    // Records that event `eventUuid` was imported into `ticketId` from `source` (a file name), now, by the actor.
    Status recordImport(const QString& format, const QUuid& eventUuid, qint64 ticketId, const QString& source);

    // "{xxxxxxxx-…}" without braces, lower-case: the form stored and written.
    static QString text(const QUuid& uuid);

private:
    ChangeContext m_change;
};

} // namespace fb
