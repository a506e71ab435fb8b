// SPDX-License-Identifier: GPL-3.0-or-later
// Small page helpers for GUI tests: widgets are found by object name, in one place.
#pragma once

#include "core/base/Clock.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketWorkflow.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"
#include "ui/ticket/TicketPrompts.h"
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

// Answers for the ticket desk's dialogs, given in order, and the messages it showed, recorded.
class ScriptedPrompts
{
public:
    static inline const QString kCancel = QStringLiteral("\x01cancel");

    QStringList texts; // answers to text(), line() and longText(), in order; kCancel cancels
    QList<LaunchAnswer> launches;
    QList<ObservableAnswer> observables;
    bool confirmAnswer = true;
    QStringList messages; // every message shown
    QStringList asked;    // the label of every question asked
    QList<QStringList> choices;
    QStringList initials; // what line() offered to start from

    TicketPrompts prompts()
    {
        TicketPrompts p;
        p.text = [this](QWidget*, const QString&, const QString& label,
                        const QStringList& offered) -> std::optional<QString> {
            asked.append(label);
            choices.append(offered);
            return next();
        };
        p.line = [this](QWidget*, const QString&, const QString& label, const QString& initial) {
            asked.append(label);
            initials.append(initial);
            return next();
        };
        p.longText = [this](QWidget*, const QString&, const QString& label, const QString&) {
            asked.append(label);
            return next();
        };
        p.confirm = [this](QWidget*, const QString&, const QString& question) {
            asked.append(question);
            return confirmAnswer;
        };
        p.launch = [this](QWidget*, TicketKind, const Ticket&) -> std::optional<LaunchAnswer> {
            if (launches.isEmpty())
                return std::nullopt;
            return launches.takeFirst();
        };
        p.observable = [this](QWidget*) -> std::optional<ObservableAnswer> {
            if (observables.isEmpty())
                return std::nullopt;
            return observables.takeFirst();
        };
        p.message = [this](QWidget*, const QString&, const QString& text) { messages.append(text); };
        return p;
    }

private:
    std::optional<QString> next()
    {
        REQUIRE_FALSE(texts.isEmpty());
        const QString answer = texts.takeFirst();
        if (answer == kCancel)
            return std::nullopt;
        return answer;
    }
};

} // namespace fb::test
