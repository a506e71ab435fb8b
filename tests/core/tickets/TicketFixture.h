// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh workspace with a pinned clock and the ticket stores, for the ticket tests.
#pragma once

#include "core/base/Clock.h"
#include "core/history/ChangeContext.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/ObservableStore.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/CommentStore.h"
#include "core/tickets/EvidenceStore.h"
#include "core/tickets/PlaybookStore.h"
#include "core/tickets/TaskStore.h"
#include "core/tickets/TimelineStore.h"
#include "core/tickets/TagStore.h"
#include "core/tickets/TicketEditor.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/sqlite/SqliteTicketRepository.h"
#include "core/tickets/TicketWorkflow.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <memory>

namespace fb::test {

class TicketFixture
{
public:
    TicketFixture()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
    {
        auto created = Vault::create(dir.file(QStringLiteral("tickets.firebreak")), SecretBytes("test", 4));
        REQUIRE(created);
        vault = std::move(*created);
        tickets = std::make_unique<SqliteTicketRepository>(change());
        sla = std::make_unique<SlaPolicyStore>(*tickets);
        observables = std::make_unique<ObservableStore>(*tickets);
        tags = std::make_unique<TagStore>(*tickets);
        comments = std::make_unique<CommentStore>(*tickets);
        playbooks = std::make_unique<PlaybookStore>(*tickets);
        tasks = std::make_unique<TaskStore>(*tickets, *playbooks);
        evidence = std::make_unique<EvidenceStore>(*tickets);
        timeline = std::make_unique<TimelineStore>(*tickets, *observables);
        editor = std::make_unique<TicketEditor>(*tickets, *sla, *tasks);
        workflow = std::make_unique<TicketWorkflow>(*tickets, *sla, *tasks);
        search = std::make_unique<TicketSearch>(*vault);
    }

    qint64 make(TicketKind kind, const QString& title = QStringLiteral("A ticket"),
                std::optional<qint64> incident = std::nullopt)
    {
        NewTicket t;
        t.kind = kind;
        t.title = title;
        t.incidentId = incident;
        auto id = workflow->create(t);
        REQUIRE(id);
        return *id;
    }

    Ticket get(qint64 id)
    {
        auto t = tickets->get(id);
        REQUIRE(t);
        return *t;
    }

    QString state(qint64 id) { return get(id).state; }

    TempDir dir;
    // Changes made by `actor` at the fixture's clock.
    ChangeContext change(const QString& actor = QStringLiteral("alice")) { return ChangeContext{*vault, clock, actor}; }

    FixedClock clock;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<TicketRepository> tickets;
    std::unique_ptr<SlaPolicyStore> sla;
    std::unique_ptr<ObservableStore> observables;
    std::unique_ptr<TagStore> tags;
    std::unique_ptr<CommentStore> comments;
    std::unique_ptr<PlaybookStore> playbooks;
    std::unique_ptr<EvidenceStore> evidence;
    std::unique_ptr<TaskStore> tasks;
    std::unique_ptr<TimelineStore> timeline;
    std::unique_ptr<TicketEditor> editor;
    std::unique_ptr<TicketWorkflow> workflow;
    std::unique_ptr<TicketSearch> search;
};

inline TransitionDetails withLessons()
{
    return TransitionDetails{QStringLiteral("Handled."), QStringLiteral("Patch faster.")};
}

} // namespace fb::test
