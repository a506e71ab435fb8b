// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/SavedSearches.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/main/NavigationPane.h"
#include "ui/queue/QueuePage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidgetItem>

using namespace fb;
using namespace fb::test;

namespace {

QStringList shownNames(const NavigationPane& pane)
{
    QStringList names;
    for (const SavedSearch& search : pane.savedSearches())
        names.append(SavedSearches::displayName(search));
    return names;
}

} // namespace

TEST_CASE("Saved searches start with the seeds and keep the user's order, names and deletions", "[ui][searches]")
{
    TempDir dir;
    TestSettings s(dir);
    {
        NavigationPane pane(s.settings);
        CHECK(shownNames(pane) == QStringList{QStringLiteral("My active tickets"), QStringLiteral("TLP:RED"),
                                              QStringLiteral("My open tasks")});
        CHECK(pane.savedSearches().first().seed == QStringLiteral("my-active"));
        CHECK(pane.savedSearches().last().query == QStringLiteral("task:me"));

        pane.addSavedSearch(QStringLiteral("  Bank phishing "), QStringLiteral("class:fraud bank"));
        CHECK(pane.moveSavedSearch(3, -3));
        CHECK_FALSE(pane.moveSavedSearch(0, -1));
        CHECK_FALSE(pane.moveSavedSearch(7, 1));
        CHECK(pane.renameSavedSearch(2, QStringLiteral("Red ones")));
        CHECK_FALSE(pane.renameSavedSearch(2, QStringLiteral("   ")));
        CHECK(pane.removeSavedSearch(1));
        CHECK_FALSE(pane.removeSavedSearch(5));
    }
    // A new window reads them back as they were left.
    NavigationPane again(s.settings);
    CHECK(shownNames(again) ==
          QStringList{QStringLiteral("Bank phishing"), QStringLiteral("Red ones"), QStringLiteral("My open tasks")});
    CHECK(again.savedSearches().at(1).query == QStringLiteral("tlp:red"));

    // Selecting one opens its query.
    QSignalSpy opened(&again, &NavigationPane::savedSearchSelected);
    QTreeWidgetItem* searches = again.topLevelItem(1);
    again.setCurrentItem(searches->child(0));
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toString() == QStringLiteral("class:fraud bank"));

    // All deleted stays deleted: the seeds do not come back.
    CHECK(again.removeSavedSearch(0));
    CHECK(again.removeSavedSearch(0));
    CHECK(again.removeSavedSearch(0));
    NavigationPane empty(s.settings);
    CHECK(empty.savedSearches().isEmpty());
}

TEST_CASE("Searches saved by an earlier version are read, and moved to the ordered list", "[ui][searches]")
{
    TempDir dir;
    TestSettings s(dir);
    s.settings.setValue(QStringLiteral("savedSearches/Scans"), QStringLiteral("class:information-gathering"));
    s.settings.setValue(QStringLiteral("savedSearches/Mine"), QStringLiteral("owner:me"));
    const QList<SavedSearch> loaded = SavedSearches::load(s.settings);
    REQUIRE(loaded.size() == 2);
    CHECK(loaded.at(0).name == QStringLiteral("Mine"));
    SavedSearches::save(s.settings, loaded);
    CHECK_FALSE(s.settings.contains(QStringLiteral("savedSearches/Scans")));
    CHECK(SavedSearches::load(s.settings) == loaded);
}

TEST_CASE("Save… keeps the search box's text, with the queue's kind", "[ui][searches]")
{
    SessionFixture f;
    QueuePage page;
    page.setSession(f.session.get());
    page.showQueue(TicketKind::Incident);
    QSignalSpy asked(&page, &QueuePage::saveSearchRequested);
    auto* search = child<QLineEdit>(&page, "searchLineEdit");
    auto* save = child<QToolButton>(&page, "saveSearchButton");

    save->click(); // nothing typed: nothing to keep
    CHECK(asked.isEmpty());
    search->setText(QStringLiteral("#12"));
    CHECK(page.currentSearchQuery().isEmpty()); // a ticket number is no search
    search->setText(QStringLiteral("  ransomware   tlp:red "));
    save->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().first().toString() == QStringLiteral("ransomware tlp:red kind:incident"));
    search->setText(QStringLiteral("kind:report scan"));
    CHECK(page.currentSearchQuery() == QStringLiteral("kind:report scan"));
}
