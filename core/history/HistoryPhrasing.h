// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryPhrasing: one history row as a sentence with display values ("Severity: Medium → High"), for the
// ticket's History tab and the CLI; the stored keys, numbers and JSON stay in raw() for auditors.
#pragma once

#include "core/history/History.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fb {

class HistoryPhrasing
{
    Q_DECLARE_TR_FUNCTIONS(fb::HistoryPhrasing)

public:
    HistoryPhrasing() = delete;

    // What the row changed, in words; an action it does not know gives a generic sentence of the stored values.
    static QString sentence(const HistoryEntry& entry);
    // The row as stored: "set severity: 3 → 2".
    static QString raw(const HistoryEntry& entry);
    // "lessons-learned" → "Lessons learned"; an unknown key is returned as it is.
    static QString fieldName(const QString& field);
    // A stored value of a ticket field in display form ("severity", "2" → "High"); "(none)" for no value.
    static QString displayValue(const QString& field, const std::optional<QString>& value);
};

} // namespace fb
