// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/Shortcuts.h"

#include "core/tickets/Lifecycle.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/main/NavigationPane.h"
#include "ui/triage/TriagePage.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

namespace {

bool sharesTheWindow(ShortcutContext context)
{
    return context != ShortcutContext::Triage;
}

QString describe(const Shortcut& shortcut)
{
    return shortcut.description + QStringLiteral(" [") + shortcut.argument + QLatin1Char(']');
}

} // namespace

TEST_CASE("No key does two things where it works, and every entry has its keys and words", "[ui][shortcuts]")
{
    const QList<Shortcut> table = Shortcuts::all();
    REQUIRE(table.size() > 30);
    QHash<QString, QString> windowKeys; // the window's keys, over Window, Navigation and Ticket together
    for (ShortcutContext context : Shortcuts::contexts()) {
        QHash<QString, QString> seen;
        for (const Shortcut& shortcut : table) {
            if (shortcut.context != context)
                continue;
            INFO(describe(shortcut).toStdString());
            CHECK_FALSE(shortcut.description.isEmpty());
            CHECK_FALSE(shortcut.keys.isEmpty());
            for (const QKeySequence& keys : shortcut.keys) {
                INFO("keys " << keys.toString().toStdString()
                             << " also: " << seen.value(keys.toString()).toStdString());
                CHECK_FALSE(keys.isEmpty());
                CHECK_FALSE(seen.contains(keys.toString()));
                seen.insert(keys.toString(), describe(shortcut));
                if (sharesTheWindow(context)) {
                    CHECK_FALSE(windowKeys.contains(keys.toString()));
                    windowKeys.insert(keys.toString(), describe(shortcut));
                }
            }
        }
        CHECK_FALSE(seen.isEmpty());
    }
    // Every entry is found by its own keys, and by nothing else.
    for (const Shortcut& shortcut : table) {
        for (const QKeySequence& keys : shortcut.keys) {
            const auto found = Shortcuts::find(shortcut.context, keys);
            REQUIRE(found);
            CHECK(found->id == shortcut.id);
            CHECK(found->argument == shortcut.argument);
        }
    }
    CHECK_FALSE(Shortcuts::find(ShortcutContext::Triage, QKeySequence(Qt::CTRL | Qt::Key_R)));
    CHECK(Shortcuts::find(ShortcutContext::Ticket, QKeySequence(Qt::CTRL | Qt::Key_R))->id == ShortcutId::WriteMail);
    CHECK(Shortcuts::find(ShortcutContext::Triage, QKeySequence(Qt::Key_R))->argument == QStringLiteral("red"));
    CHECK(Shortcuts::keys(ShortcutId::Page, QStringLiteral("99")).isEmpty());
    CHECK(Shortcuts::text(ShortcutId::TriageNext) == QStringLiteral("J, PgDown"));
}

TEST_CASE("Every state a ticket can be moved to has its key, and every page of the navigation too", "[ui][shortcuts]")
{
    for (TicketKind kind :
         {TicketKind::Report, TicketKind::Incident, TicketKind::Investigation, TicketKind::Countermeasure}) {
        const Lifecycle& lifecycle = Lifecycle::of(kind);
        for (const QString& from : lifecycle.states()) {
            for (const QString& to : lifecycle.transitionsFrom(from)) {
                INFO(TicketEnums::displayName(kind).toStdString()
                     << ": " << from.toStdString() << " → " << to.toStdString());
                CHECK(Shortcuts::keys(ShortcutId::Transition, to).size() == 1);
            }
        }
    }
    CHECK(Shortcuts::keys(ShortcutId::Transition, QStringLiteral("resolved")) ==
          QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});

    TempDir dir;
    TestSettings settings(dir);
    NavigationPane navigation(settings.settings);
    const QList<QTreeWidgetItem*> items = navigation.pageItems();
    const QStringList names = NavigationPane::pageNames();
    REQUIRE(items.size() == names.size());
    REQUIRE(names.size() == 10);
    for (int i = 0; i < items.size(); ++i) {
        CHECK(items.at(i)->text(0) == names.at(i));
        const QList<QKeySequence> keys = Shortcuts::keys(ShortcutId::Page, QString::number(i + 1));
        REQUIRE(keys.size() == 1);
        CHECK(keys.first() == QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
}

TEST_CASE("Help → Keyboard shortcuts lists the whole table by context, and filters it", "[ui][shortcuts][help]")
{
    ShortcutsDialog dialog;
    auto* tree = child<QTreeWidget>(&dialog, "shortcutsTreeWidget");
    const QList<ShortcutContext> contexts = Shortcuts::contexts();
    REQUIRE(tree->topLevelItemCount() == contexts.size());
    const QList<Shortcut> table = Shortcuts::all();
    int rows = 0;
    for (int c = 0; c < contexts.size(); ++c) {
        QTreeWidgetItem* group = tree->topLevelItem(c);
        CHECK(group->text(0) == Shortcuts::contextName(contexts.at(c)));
        QList<Shortcut> entries;
        for (const Shortcut& shortcut : table) {
            if (shortcut.context == contexts.at(c))
                entries.append(shortcut);
        }
        REQUIRE(group->childCount() == entries.size());
        QSet<QString> keysInGroup;
        for (int i = 0; i < entries.size(); ++i) {
            INFO(describe(entries.at(i)).toStdString());
            const QString keys = Shortcuts::text(entries.at(i).id, entries.at(i).argument);
            CHECK(group->child(i)->text(0) == keys);
            CHECK(group->child(i)->text(1) == entries.at(i).description);
            CHECK_FALSE(keysInGroup.contains(keys)); // no duplicate within one context, as listed
            keysInGroup.insert(keys);
            ++rows;
        }
    }
    CHECK(rows == table.size());

    // The transitions' and the pages' rows are there by their own words.
    const auto visibleRows = [tree]() {
        QStringList texts;
        for (int top = 0; top < tree->topLevelItemCount(); ++top) {
            QTreeWidgetItem* group = tree->topLevelItem(top);
            for (int i = 0; i < group->childCount(); ++i) {
                if (!group->isHidden() && !group->child(i)->isHidden())
                    texts.append(group->child(i)->text(0) + QLatin1Char(' ') + group->child(i)->text(1));
            }
        }
        return texts;
    };
    QTest::keyClicks(child<QLineEdit>(&dialog, "shortcutsFilterLineEdit"), QStringLiteral("ctrl+shift+r"));
    REQUIRE(visibleRows().size() == 1);
    CHECK(visibleRows().first().contains(QStringLiteral("resolved")));
    dialog.filter(QStringLiteral("incident"));
    INFO(visibleRows().join(QLatin1Char('\n')).toStdString());
    CHECK(visibleRows().join(QLatin1Char('\n')).contains(QStringLiteral("Ctrl+2 Go to Incident")));
    dialog.filter(QStringLiteral("no such words"));
    CHECK(visibleRows().isEmpty());
    dialog.filter({});
    CHECK(visibleRows().size() == rows);
}

TEST_CASE("The triage page shows its keys from the table", "[ui][shortcuts][triage]")
{
    TriagePage page;
    const QList<QLabel*> labels = page.findChildren<QLabel*>();
    QStringList texts;
    for (const QLabel* label : labels)
        texts.append(label->text());
    int triageKeys = 0;
    for (const Shortcut& shortcut : Shortcuts::all()) {
        if (shortcut.context != ShortcutContext::Triage)
            continue;
        ++triageKeys;
        INFO(describe(shortcut).toStdString());
        CHECK(texts.contains(shortcut.description));
        CHECK(texts.contains(QStringLiteral("<b>%1</b>").arg(Shortcuts::text(shortcut.id, shortcut.argument))));
    }
    CHECK(triageKeys >= 24);
}
