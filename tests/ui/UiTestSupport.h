// SPDX-License-Identifier: GPL-3.0-or-later
// Small page helpers for GUI tests: widgets are found by object name, in one place.
#pragma once

#include "core/base/Clock.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketWorkflow.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QSettings>
#include <QWidget>

#include <catch2/catch.hpp>

#include <memory>

namespace fb::test {

template <typename T>
T* child(QWidget* root, const char* objectName)
{
    T* widget = root->findChild<T*>(QString::fromLatin1(objectName));
    INFO("widget " << objectName);
    REQUIRE(widget != nullptr);
    return widget;
}

// Settings in a private file, so tests never touch the user's.
class TestSettings
{
public:
    explicit TestSettings(const TempDir& dir)
        : settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat)
    {
    }
    QSettings settings;
};

// A session on a fresh workspace with a pinned clock, as the main window holds one.
class SessionFixture
{
public:
    SessionFixture()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
    {
        auto vault = Vault::create(dir.file(QStringLiteral("ui.firebreak")), SecretBytes("test", 4));
        REQUIRE(vault);
        session = std::make_unique<WorkspaceSession>(std::move(*vault), clock, QStringLiteral("alice"));
    }

    qint64 make(TicketKind kind, const QString& title = QStringLiteral("A ticket"),
                std::optional<qint64> incident = std::nullopt)
    {
        NewTicket t;
        t.kind = kind;
        t.title = title;
        t.incidentId = incident;
        auto id = session->workflow().create(t);
        REQUIRE(id);
        return *id;
    }

    Ticket get(qint64 id)
    {
        auto t = session->tickets().get(id);
        REQUIRE(t);
        return *t;
    }

    TempDir dir;
    FixedClock clock;
    std::unique_ptr<WorkspaceSession> session;
};

} // namespace fb::test
