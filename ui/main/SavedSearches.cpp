// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/SavedSearches.h"

#include <QSettings>

namespace fb {

namespace {

const QString kArray = QStringLiteral("savedSearchList");
const QString kOldGroup = QStringLiteral("savedSearches"); // name = query, before searches had an order

} // namespace

QList<SavedSearch> SavedSearches::seeds()
{
    return {SavedSearch{QStringLiteral("my-active"), {}, QStringLiteral("owner:me")},
            SavedSearch{QStringLiteral("tlp-red"), {}, QStringLiteral("tlp:red")},
            SavedSearch{QStringLiteral("my-tasks"), {}, QStringLiteral("task:me")}};
}

QString SavedSearches::displayName(const SavedSearch& search)
{
    if (!search.name.isEmpty())
        return search.name;
    if (search.seed == QLatin1String("my-active"))
        return tr("My active tickets");
    if (search.seed == QLatin1String("tlp-red"))
        return tr("TLP:RED");
    if (search.seed == QLatin1String("my-tasks"))
        //: A saved search: tickets with a task of mine still open.
        return tr("My open tasks");
    return search.query;
}

QList<SavedSearch> SavedSearches::load(QSettings& settings)
{
    QList<SavedSearch> searches;
    if (settings.contains(kArray + QStringLiteral("/size"))) {
        const int count = settings.beginReadArray(kArray);
        for (int i = 0; i < count; ++i) {
            settings.setArrayIndex(i);
            SavedSearch search{settings.value(QStringLiteral("seed")).toString(),
                               settings.value(QStringLiteral("name")).toString(),
                               settings.value(QStringLiteral("query")).toString()};
            if (!search.query.isEmpty())
                searches.append(search);
        }
        settings.endArray();
        return searches;
    }
    settings.beginGroup(kOldGroup);
    const QStringList names = settings.childKeys();
    for (const QString& name : names)
        searches.append(SavedSearch{{}, name, settings.value(name).toString()});
    settings.endGroup();
    return searches.isEmpty() ? seeds() : searches;
}

void SavedSearches::save(QSettings& settings, const QList<SavedSearch>& searches)
{
    settings.remove(kOldGroup);
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(searches.size()));
    for (qsizetype i = 0; i < searches.size(); ++i) {
        settings.setArrayIndex(int(i));
        settings.setValue(QStringLiteral("seed"), searches.at(i).seed);
        settings.setValue(QStringLiteral("name"), searches.at(i).name);
        settings.setValue(QStringLiteral("query"), searches.at(i).query);
    }
    settings.endArray();
}

} // namespace fb
