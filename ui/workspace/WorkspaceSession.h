// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceSession: one open workspace as the GUI uses it: the Vault connection (GUI thread), its ticket
// stores and search, who is working, and the clock. Dropping the session closes the Vault and its key.
#pragma once

#include "core/base/Clock.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/ObservableStore.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TagStore.h"
#include "core/tickets/TicketEditor.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketWorkflow.h"
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
    TicketRepository& tickets() { return m_tickets; }
    TicketEditor& editor() { return m_editor; }
    TicketWorkflow& workflow() { return m_workflow; }
    ObservableStore& observables() { return m_observables; }
    SlaPolicyStore& sla() { return m_sla; }
    TagStore& tags() { return m_tags; }
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
    TicketRepository m_tickets;
    SlaPolicyStore m_sla;
    ObservableStore m_observables;
    TagStore m_tags;
    TicketEditor m_editor;
    TicketWorkflow m_workflow;
    TicketSearch m_search;
};

} // namespace fb
