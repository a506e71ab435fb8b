// SPDX-License-Identifier: GPL-3.0-or-later
// TicketStores: the ticket stores of one workspace wired to one another over one TicketRepository. This is where
// a storage backend is chosen: built from a change context it keeps the tickets in that context's Vault
// (SqliteTicketRepository); built from a repository it runs the same rules on that one. The GUI's session, every
// ticket command, the mail importer and the demo builder use this set rather than wiring the stores themselves.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/tickets/CommentStore.h"
#include "core/tickets/EvidenceStore.h"
#include "core/tickets/ObservableStore.h"
#include "core/tickets/PlaybookStore.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TagStore.h"
#include "core/tickets/TaskStore.h"
#include "core/tickets/TicketEditor.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketWorkflow.h"
#include "core/tickets/TimelineStore.h"

#include <memory>

namespace fb {

class TicketStores
{
public:
    explicit TicketStores(const ChangeContext& change);
    explicit TicketStores(std::unique_ptr<TicketRepository> repository);
    // What a new workspace starts with: the shipped playbooks (PlaybookStore::installShipped), recorded as changes
    // of kSeedActor. Call once the file is created, before anyone works in it.
    static Status seedNewWorkspace(Vault& vault, const Clock& clock);
    static constexpr const char* kSeedActor = "firebreak";

    TicketStores(const TicketStores&) = delete;
    TicketStores& operator=(const TicketStores&) = delete;

private:
    std::unique_ptr<TicketRepository> m_repository;

public:
    TicketRepository& tickets;
    SlaPolicyStore sla;
    ObservableStore observables;
    TagStore tags;
    CommentStore comments;
    PlaybookStore playbooks;
    TaskStore tasks;
    EvidenceStore evidence;
    TimelineStore timeline;
    TicketEditor editor;
    TicketWorkflow workflow;
};

} // namespace fb
