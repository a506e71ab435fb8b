// SPDX-License-Identifier: GPL-3.0-or-later
// TeamFields: a team's fields by name: canonical text (for history, diffs and display), copying one field from
// another team (for imports that merge field by field), setting scalar fields from text (CLI), and validation.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Team.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace fb {

class TeamFields
{
    Q_DECLARE_TR_FUNCTIONS(fb::TeamFields)

public:
    // Every field key, in display order: "official_name", "short_name", ..., "channels", "constituency"...
    static QStringList names();
    // The keys set() accepts: everything but the lists of channels, constituency entries, keys and agreements.
    static QStringList scalarNames();

    // Canonical text of one field; lists one item per line. Empty for an unset field.
    static QString text(const Team& team, const QString& field);
    static void copy(Team& to, const Team& from, const QString& field);
    // Parses and validates a value for a scalar field; lists of words are comma- or newline-separated.
    static Status set(Team& team, const QString& field, const QString& value);
    // Whole-team checks: an official name; a valid country, time zone, URLs; e-mail channels normalised.
    // Normalises in place (country upper case, e-mail lower case, fingerprints upper case).
    static Status validate(Team& team);

    // When the entry was last confirmed: the later of "verified by us" (verifiedAt) and "updated at the source"
    // (sourceUpdatedAt, from an import). Invalid `at` when neither is known.
    struct LastConfirmed
    {
        QDateTime at;
        bool bySource = false; // `at` is the source's update, not our verification
    };
    static LastConfirmed lastConfirmed(const Team& team);

    // What a handler should know before relying on the entry: agreements expired or expiring within 30 days,
    // no OpenPGP key linked, never verified, and with staleDays: not confirmed (verified by us or updated at the
    // source, whichever is later, and saying which) within that many days. One sentence each, for people (CLI
    // and GUI alike).
    static QStringList warnings(const Team& team, QDate today, std::optional<int> staleDays = std::nullopt);

    // The team's address for incident mail: its abuse e-mail channel, else its first e-mail channel; empty when it
    // has none.
    static QString incidentAddress(const Team& team);

    static QString channelText(const Channel& channel);
    static QString agreementText(const Agreement& agreement);
    static QString dateText(const QDate& date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }
    // "2024-05-01"; also "2024" (January 1st) for years of establishment. Empty gives an invalid date.
    static Result<QDate> parseDate(const QString& text, const QString& field);
    static Result<QString> normaliseFingerprint(const QString& text);
};

} // namespace fb
