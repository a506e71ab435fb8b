// SPDX-License-Identifier: GPL-3.0-or-later
// SavedSearches: the handler's saved searches (a name and a query of the search box), in the order the user gave
// them, kept in this computer's settings. The three it starts with ("My active tickets", "TLP:RED", "My open tasks")
// are seeds: shown
// in the current language until the user renames them.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace fb {

struct SavedSearch
{
    QString seed; // "my-active", "tlp-red", "my-tasks" for a seed not renamed; empty otherwise
    QString name; // the user's name; empty for a seed not renamed
    QString query;

    bool operator==(const SavedSearch&) const = default;
};

class SavedSearches
{
    Q_DECLARE_TR_FUNCTIONS(fb::SavedSearches)

public:
    SavedSearches() = delete;

    // The searches as stored; the seeds when nothing is (first start). Searches saved by name only, as versions
    // before this one kept them, are read too (in name order).
    static QList<SavedSearch> load(QSettings& settings);
    static void save(QSettings& settings, const QList<SavedSearch>& searches);
    static QList<SavedSearch> seeds();
    // What the navigation shows: the user's name, or the seed's name in the current language.
    static QString displayName(const SavedSearch& search);
};

} // namespace fb
