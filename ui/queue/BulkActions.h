// SPDX-License-Identifier: GPL-3.0-or-later
// BulkActions: what the queue offers for several selected tickets — reject, abandon, resolve, assign, set TLP,
// set class, link to an incident. Each asks what it needs and to confirm, then runs core's TicketBulk: all the
// tickets change in one transaction, or none do and every refusal is shown.
#pragma once

#include "ui/ticket/TicketPrompts.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QMenu;
class QWidget;

namespace fb {

struct BulkChange;
class WorkspaceSession;

class BulkActions
{
    Q_DECLARE_TR_FUNCTIONS(fb::BulkActions)

public:
    BulkActions(WorkspaceSession& session, TicketPrompts& prompts, QWidget* parent);

    // Adds the actions for `ids` to `menu`; `done` is called after a change was applied.
    void addTo(QMenu* menu, const QList<qint64>& ids, std::function<void(const QString& message)> done);

    // The steps behind the menu (tests call them): each asks, confirms and applies; true when applied.
    bool transition(const QList<qint64>& ids, const QString& state);
    bool assign(const QList<qint64>& ids);
    bool setTlp(const QList<qint64>& ids, const QString& tlpKey);
    bool setClass(const QList<qint64>& ids);
    bool link(const QList<qint64>& ids);
    // What the last step did or why it did nothing, for the status bar.
    QString lastMessage() const { return m_lastMessage; }

private:
    bool apply(const QList<qint64>& ids, const BulkChange& change, const QString& what);

    WorkspaceSession& m_session;
    TicketPrompts& m_prompts;
    QWidget* m_parent;
    QString m_lastMessage;
};

} // namespace fb
