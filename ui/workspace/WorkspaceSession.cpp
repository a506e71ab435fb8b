// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/WorkspaceSession.h"

namespace fb {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Vault> vault, const Clock& clock, QString actor)
    : m_vault(std::move(vault))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_tickets(*m_vault, m_clock, m_actor)
    , m_sla(m_tickets)
    , m_observables(m_tickets)
    , m_tags(m_tickets)
    , m_editor(m_tickets, m_sla)
    , m_workflow(m_tickets, m_observables, m_sla)
    , m_search(*m_vault)
{
}

WorkspaceSession::~WorkspaceSession() = default;

} // namespace fb
