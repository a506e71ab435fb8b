// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineEvent: one dated event on a ticket's timeline — when it happened (and until when), what, where the
// account of it came from, the raw data it rests on, and the message or observable it was taken from.
#pragma once

#include "core/observables/Observable.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fb {

// What an event is made of, as entered, imported or changed.
struct NewTimelineEvent
{
    QDateTime occurredAt;                   // required; kept in UTC
    QDateTime endedAt;                      // invalid: a moment, not a span; never before occurredAt
    QString title;                          // what happened, one line
    QString description;                    // more about it
    QString source;                         // where the account comes from: "mail #12", "firewall log", "by hand"
    QString raw;                            // the log line or text it rests on
    std::optional<qint64> messageId{};      // the message it was taken from
    std::optional<Observable> observable{}; // the observable it was taken from

    friend bool operator==(const NewTimelineEvent&, const NewTimelineEvent&) = default;
};

struct TimelineEvent
{
    qint64 id = 0;
    qint64 ticketId = 0;
    NewTimelineEvent event;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
};

} // namespace fb
