// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceSession: one open workspace as the GUI uses it: the Vault connection (GUI thread), its ticket
// stores and search, who is working, and the clock. Dropping the session closes the Vault and its key.
#pragma once

#include "core/base/Clock.h"
#include "core/history/ChangeContext.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Vault.h"

#include <QString>

#include <memory>

namespace fb {

class WorkspaceSession
{
public:
    WorkspaceSession(std::unique_ptr<Vault> vault, const Clock& clock, QString actor);
    ~WorkspaceSession();

    Vault& vault() { return *m_vault; }
    // Who changes what, for building a store that records changes.
    ChangeContext change() { return ChangeContext{*m_vault, m_clock, m_actor}; }
    TicketStores& stores() { return m_stores; }
    TicketRepository& tickets() { return m_stores.tickets; }
    TicketEditor& editor() { return m_stores.editor; }
    TicketWorkflow& workflow() { return m_stores.workflow; }
    ObservableStore& observables() { return m_stores.observables; }
    TagStore& tags() { return m_stores.tags; }
    CommentStore& comments() { return m_stores.comments; }
    SlaPolicyStore& sla() { return m_stores.sla; }
    TicketSearch& search() { return m_search; }
    const Clock& clock() const { return m_clock; }
    QString actor() const { return m_actor; }
    QString path() const { return m_vault->path(); }
    // Hands the Vault over (for a job that needs the only connection); the session must then be dropped unused.
    std::unique_ptr<Vault> releaseVault() { return std::move(m_vault); }

private:
    std::unique_ptr<Vault> m_vault;
    const Clock& m_clock;
    QString m_actor;
    TicketStores m_stores;
    TicketSearch m_search;
};

} // namespace fb
