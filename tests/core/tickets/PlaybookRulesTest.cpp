// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/PlaybookRules.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

Playbook playbook(const char* key, const char* rsitClass, const char* type = "", const char* constituency = "")
{
    Playbook p;
    p.key = QString::fromLatin1(key);
    p.name = QString::fromLatin1(key);
    p.rsitClass = QString::fromLatin1(rsitClass);
    p.rsitType = QString::fromLatin1(type);
    p.constituency = QString::fromLatin1(constituency);
    p.tasks = {PlaybookTask{QStringLiteral("Step"), {}, {}, 60}};
    return p;
}

QString chosen(const QList<Playbook>& playbooks, const char* rsitClass, const char* type, const char* constituency)
{
    const Playbook* p = PlaybookRules::select(playbooks, QString::fromLatin1(rsitClass), QString::fromLatin1(type),
                                              QString::fromLatin1(constituency));
    return p ? p->key : QStringLiteral("(none)");
}

} // namespace

TEST_CASE("The most specific playbook wins: class+type+constituency > class+type > class+constituency > class",
          "[playbooks]")
{
    const QList<Playbook> all{
        playbook("class", "fraud"),
        playbook("class-constituency", "fraud", "", "Bank sector"),
        playbook("class-type", "fraud", "phishing"),
        playbook("class-type-constituency", "fraud", "phishing", "Bank sector"),
        playbook("by-hand", ""),
        playbook("other-class", "availability", "ddos"),
    };
    struct Case
    {
        const char* rsitClass;
        const char* type;
        const char* constituency;
        const char* expected;
    };
    const auto c =
        GENERATE(Case{"fraud", "phishing", "Bank sector", "class-type-constituency"},
                 Case{"fraud", "phishing", "bank SECTOR", "class-type-constituency"}, // case-insensitive
                 Case{"fraud", "phishing", "Universities", "class-type"}, Case{"fraud", "phishing", "", "class-type"},
                 Case{"fraud", "masquerade", "Bank sector", "class-constituency"},
                 Case{"fraud", "masquerade", "", "class"}, Case{"availability", "ddos", "", "other-class"},
                 Case{"availability", "dos", "", "(none)"}, // a typed playbook needs its type
                 Case{"vulnerable", "weak-crypto", "", "(none)"}, Case{"", "", "", "(none)"}); // never the by-hand one
    INFO(c.rsitClass << "/" << c.type << " in " << c.constituency);
    CHECK(chosen(all, c.rsitClass, c.type, c.constituency) == QString::fromLatin1(c.expected));
}

TEST_CASE("Between equally specific playbooks the first by name wins, whatever their order", "[playbooks]")
{
    Playbook b = playbook("b", "fraud");
    b.name = QStringLiteral("Beta");
    Playbook a = playbook("a", "fraud");
    a.name = QStringLiteral("alpha");
    CHECK(chosen({b, a}, "fraud", "phishing", "") == QStringLiteral("a"));
    CHECK(chosen({a, b}, "fraud", "phishing", "") == QStringLiteral("a"));
}

TEST_CASE("A task is due its offset after it is added, but never after the ticket's resolution deadline", "[playbooks]")
{
    const QDateTime added(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QDateTime resolve = added.addDays(1); // e.g. a critical incident: resolved within a day
    // Inside the SLA: the offset.
    CHECK(PlaybookRules::dueDate(added, 4 * 60, resolve) == added.addSecs(4 * 3600));
    // Exactly the deadline: the same either way.
    CHECK(PlaybookRules::dueDate(added, 24 * 60, resolve) == resolve);
    // Past the SLA: the resolution deadline.
    CHECK(PlaybookRules::dueDate(added, 3 * 24 * 60, resolve) == resolve);
    // No offset: due with the resolution.
    CHECK(PlaybookRules::dueDate(added, std::nullopt, resolve) == resolve);
    // No deadline: the offset alone, or nothing.
    CHECK(PlaybookRules::dueDate(added, 90, QDateTime()) == added.addSecs(90 * 60));
    CHECK_FALSE(PlaybookRules::dueDate(added, std::nullopt, QDateTime()).isValid());
    // A deadline already passed (a ticket reclassified late): the deadline, which makes the task overdue at once.
    CHECK(PlaybookRules::dueDate(added, 60, added.addSecs(-3600)) == added.addSecs(-3600));
    // Always UTC.
    CHECK(PlaybookRules::dueDate(added.toOffsetFromUtc(3600), 60, QDateTime()).timeSpec() == Qt::UTC);
}
