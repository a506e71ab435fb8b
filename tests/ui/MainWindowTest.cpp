// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/queue/QueuePage.h"
#include "ui/workspace/ChangePassphraseDialog.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUrl>

using namespace fb;
using namespace fb::test;

TEST_CASE("Menus carry the desktop shortcuts and import accepts only local files", "[ui][main]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    auto vault = Vault::create(dir.file(QStringLiteral("keys.firebreak")), SecretBytes("test", 4));
    REQUIRE(vault);
    window.setWorkspace(std::move(*vault));
    const std::pair<const char*, QKeySequence> expected[] = {
        {"newTicketAction", QKeySequence(Qt::CTRL | Qt::Key_N)},
        {"findAction", QKeySequence(Qt::CTRL | Qt::Key_F)},
        {"refreshAction", QKeySequence(Qt::Key_F5)},
        {"quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {"importMailAction", QKeySequence(Qt::CTRL | Qt::Key_I)},
        {"lockAction", QKeySequence(Qt::CTRL | Qt::Key_L)},
    };
    for (const auto& [name, keys] : expected) {
        INFO(name);
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK(action->shortcut() == keys);
        CHECK(action->isEnabled());
    }

    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.org/box.mbox"))});
    QDragEnterEvent enter(window.rect().center(), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK_FALSE(enter.isAccepted());

    window.lock();
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("importMailAction"))->isEnabled());
}

TEST_CASE("Window geometry and the queue's column widths persist across runs", "[ui][main]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    int titleWidth = 0;
    {
        MainWindow window(settings.settings, clock, QStringLiteral("alice"));
        window.show();
        window.resize(1111, 777);
        QHeaderView* header = window.queuePage()->table()->horizontalHeader();
        header->resizeSection(1, 333);
        titleWidth = header->sectionSize(1);
        window.close();
    }
    MainWindow again(settings.settings, clock, QStringLiteral("alice"));
    again.show();
    CHECK(again.size() == QSize(1111, 777));
    CHECK(again.queuePage()->table()->horizontalHeader()->sectionSize(1) == titleWidth);
}

TEST_CASE("File → Change passphrase re-keys the open workspace and the window works on", "[ui][main][passphrase]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    const QString path = dir.file(QStringLiteral("window.firebreak"));
    auto vault = Vault::create(path, SecretBytes("old passphrase", 14));
    REQUIRE(vault);
    window.setWorkspace(std::move(*vault));
    NewTicket ticket;
    ticket.kind = TicketKind::Report;
    ticket.title = QStringLiteral("Still here after the change");
    REQUIRE(window.session()->workflow().create(ticket));

    auto* action = window.findChild<QAction*>(QStringLiteral("changePassphraseAction"));
    REQUIRE(action);
    action->trigger();
    auto* dialog = window.findChild<ChangePassphraseDialog*>();
    REQUIRE(dialog);
    child<QLineEdit>(dialog, "currentPassphraseLineEdit")->setText(QStringLiteral("old passphrase"));
    const QString next = QStringLiteral("tangerine ferry quietly orbits granite");
    child<QLineEdit>(dialog, "newPassphraseLineEdit")->setText(next);
    child<QLineEdit>(dialog, "repeatPassphraseLineEdit")->setText(next);
    QSignalSpy changed(dialog, &ChangePassphraseDialog::changed);
    child<QPushButton>(dialog, "changeButton")->click();
    CHECK(window.session() == nullptr); // the job has the workspace meanwhile
    REQUIRE(changed.wait(60000));
    REQUIRE(window.session());
    CHECK_FALSE(window.isLocked());
    auto tickets = window.session()->tickets().get(1);
    REQUIRE(tickets);
    CHECK(tickets->title == QStringLiteral("Still here after the change"));
    // The window's session writes under the new key.
    ticket.title = QStringLiteral("Written after the change");
    REQUIRE(window.session()->workflow().create(ticket));
    window.lock();
    QString copy = next;
    auto reopened = Vault::open(path, SecretBytes::takeUtf8(copy));
    REQUIRE(reopened);
    CHECK(*(*reopened)->pragmaInt("SELECT count(*) FROM tickets") == 2);
}
