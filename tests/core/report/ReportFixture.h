// SPDX-License-Identifier: GPL-3.0-or-later
// The constituency report's known-answer workspace: tickets of February 2026 (and a few around it) with creation,
// first response and closing times chosen by hand, in two constituencies, and the report's expected numbers worked
// out from them in docs/reports.md's rules. The clock ends at kReportNow. Header-only: the core, CLI and GUI test
// executables build their *Test.cpp files only.
#pragma once

#include "core/base/Clock.h"
#include "core/history/ChangeContext.h"
#include "core/tickets/TicketStores.h"
#include "core/crypto/SecretBytes.h"
#include "core/vault/Vault.h"

#include <QDate>
#include <QDateTime>

#include <catch2/catch.hpp>

namespace fb::test {

inline const QString kBank = QStringLiteral("Example Bank");
inline const QString kHospital = QStringLiteral("City Hospital");
inline const QDate kReportFrom(2026, 2, 1);
inline const QDate kReportTo(2026, 2, 28);
inline const QDateTime kReportNow(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

inline QDateTime feb(int day, int hour)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, 0), Qt::UTC);
}

// Fills the workspace. Reports are severity 4 (first response due in 3 days, resolution in 30), incidents severity 3
// (resolution due in 7 days; opening an incident is its first response).
//
// Reports (created; reporter type; first response after):
//   R1 Feb 2 10:00 bank constituent 2 h     R2 Feb 3 10:00 bank other-csirt 4 h
//   R3 Feb 4 10:00 bank constituent 80 h (late)   R4 Feb 5 10:00 bank isp 1 h
//   R5 Feb 6 10:00 bank constituent none (late by Feb 9)   R6 Feb 10 10:00 hospital individual 10 h
//   R7 Jan 20 10:00 bank (before the range; its resolution was due Feb 19 and is late)
//   R8 Feb 7 10:00 bank, merged into R1 (never counted)
// Incidents (created; class/type; outcome):
//   I1 Feb 1 08:00 bank infected-system, resolved Feb 3 08:00 (48 h)
//   I2 Feb 5 08:00 bank infected-system TLP:RED, resolved Feb 15 08:00 (240 h, late: due Feb 12)
//   I3 Feb 10 08:00 bank scanner, open (late: due Feb 17)
//   I4 Feb 20 08:00 hospital c2-server, resolved Feb 21 08:00 (24 h)
//   I5 Jan 25 08:00 bank intrusions, resolved Feb 2 08:00 (192 h, late: due Feb 1)
//   I6 Jan 28 08:00 bank spam, open (late: due Feb 4)
//   I7 Feb 25 08:00 bank unclassified, abandoned Feb 26 08:00
//   I8 Feb 27 08:00 bank infected-system, resolved Mar 1 10:00 (after the range: open at its end)
inline void populateReportWorkspace(Vault& vault)
{
    FixedClock clock(kReportNow);
    TicketStores stores(ChangeContext{vault, clock, QStringLiteral("alice")});
    auto make = [&](TicketKind kind, const QDateTime& created, const QString& constituency, ReporterType reporter,
                    const QString& rsitClass, const QString& rsitType, TlpLevel tlp = TlpLevel::Amber) {
        NewTicket t;
        t.kind = kind;
        t.title = QStringLiteral("Ticket of %1").arg(created.toString(Qt::ISODate));
        t.createdAt = created;
        t.constituency = constituency;
        t.reporterType = reporter;
        t.rsitClass = rsitClass;
        t.rsitType = rsitType;
        t.tlp = tlp;
        t.severity = kind == TicketKind::Report ? 4 : 3;
        clock.set(created);
        auto id = stores.workflow.create(t);
        REQUIRE(id);
        return *id;
    };
    auto at = [&](const QDateTime& when, qint64 id, const QString& state) {
        clock.set(when);
        const bool resolving = state == QLatin1String("resolved");
        REQUIRE(stores.workflow.transition(
            id, state,
            resolving ? TransitionDetails{QStringLiteral("Handled."), QStringLiteral("Patch faster.")}
                      : TransitionDetails{}));
    };
    const QString none;
    const QString malware = QStringLiteral("malicious-code");
    const QString infected = QStringLiteral("infected-system");

    const qint64 r7 = make(TicketKind::Report, QDateTime(QDate(2026, 1, 20), QTime(10, 0), Qt::UTC), kBank,
                           ReporterType::Constituent, none, none);
    at(QDateTime(QDate(2026, 1, 20), QTime(13, 0), Qt::UTC), r7, QStringLiteral("open"));
    const qint64 i5 = make(TicketKind::Incident, QDateTime(QDate(2026, 1, 25), QTime(8, 0), Qt::UTC), kBank,
                           ReporterType::Other, QStringLiteral("intrusions"), QStringLiteral("system-compromise"));
    const qint64 i6 = make(TicketKind::Incident, QDateTime(QDate(2026, 1, 28), QTime(8, 0), Qt::UTC), kBank,
                           ReporterType::Other, QStringLiteral("abusive-content"), QStringLiteral("spam"));
    (void)i6;
    const qint64 i1 = make(TicketKind::Incident, feb(1, 8), kBank, ReporterType::Other, malware, infected);
    const qint64 r1 = make(TicketKind::Report, feb(2, 10), kBank, ReporterType::Constituent, none, none);
    at(feb(2, 12), r1, QStringLiteral("open"));
    at(feb(2, 8), i5, QStringLiteral("resolved"));
    const qint64 r2 = make(TicketKind::Report, feb(3, 10), kBank, ReporterType::OtherCsirt, none, none);
    at(feb(3, 14), r2, QStringLiteral("open"));
    at(feb(3, 8), i1, QStringLiteral("resolved"));
    const qint64 r3 = make(TicketKind::Report, feb(4, 10), kBank, ReporterType::Constituent, none, none);
    at(feb(7, 18), r3, QStringLiteral("open"));
    const qint64 r4 = make(TicketKind::Report, feb(5, 10), kBank, ReporterType::Isp, none, none);
    at(feb(5, 11), r4, QStringLiteral("open"));
    const qint64 i2 =
        make(TicketKind::Incident, feb(5, 8), kBank, ReporterType::Other, malware, infected, TlpLevel::Red);
    make(TicketKind::Report, feb(6, 10), kBank, ReporterType::Constituent, none, none); // R5: never answered
    const qint64 r8 = make(TicketKind::Report, feb(7, 10), kBank, ReporterType::Constituent, none, none);
    clock.set(feb(7, 11));
    REQUIRE(stores.workflow.merge(r1, r8));
    const qint64 r6 = make(TicketKind::Report, feb(10, 10), kHospital, ReporterType::Individual, none, none);
    at(feb(10, 20), r6, QStringLiteral("open"));
    make(TicketKind::Incident, feb(10, 8), kBank, ReporterType::Other, QStringLiteral("information-gathering"),
         QStringLiteral("scanner")); // I3: still open
    at(feb(15, 8), i2, QStringLiteral("resolved"));
    const qint64 i4 =
        make(TicketKind::Incident, feb(20, 8), kHospital, ReporterType::Other, malware, QStringLiteral("c2-server"));
    at(feb(21, 8), i4, QStringLiteral("resolved"));
    const qint64 i7 = make(TicketKind::Incident, feb(25, 8), kBank, ReporterType::Other, none, none);
    at(feb(26, 8), i7, QStringLiteral("abandoned"));
    const qint64 i8 = make(TicketKind::Incident, feb(27, 8), kBank, ReporterType::Other, malware, infected);
    at(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC), i8, QStringLiteral("resolved"));
}

} // namespace fb::test
