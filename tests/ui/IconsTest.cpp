// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/Icons.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/main/DarkPalette.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationPane.h"
#include "ui/queue/QueuePage.h"
#include "ui/ticket/TicketView.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidgetItem>

using namespace fb;
using namespace fb::test;

namespace {

// The mean colour of the icon's visible pixels, and how many there are.
struct Ink
{
    QColor colour;
    int pixels = 0;
};

Ink inkOf(const QIcon& icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(22, 22), mode).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 r = 0, g = 0, b = 0;
    int pixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb rgb = image.pixel(x, y);
            if (qAlpha(rgb) < 128)
                continue;
            r += qRed(rgb);
            g += qGreen(rgb);
            b += qBlue(rgb);
            ++pixels;
        }
    }
    if (pixels == 0)
        return {};
    return {QColor(int(r / pixels), int(g / pixels), int(b / pixels)), pixels};
}

// Restores the application's palette after a test that switches it.
struct PaletteGuard
{
    ~PaletteGuard() { DarkPalette::apply(false); }
};

} // namespace

TEST_CASE("Every icon loads from the bundled resources, not from a system theme", "[ui][icons]")
{
    // No theme to fall back on: what is drawn comes from the program itself.
    const QString theme = QIcon::themeName();
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    const QList<IconId> ids = Icons::all();
    CHECK(ids.size() >= 40);
    for (IconId id : ids) {
        INFO("icon " << int(id) << " " << Icons::resourcePath(id).toStdString());
        CHECK(Icons::resourcePath(id).startsWith(QLatin1String(":/icons/breeze/")));
        const QIcon icon = Icons::icon(id);
        CHECK_FALSE(icon.isNull());
        CHECK(QFile::exists(Icons::resourcePath(id)));
        CHECK(inkOf(icon).pixels > 10);
    }
    QIcon::setThemeName(theme);
}

TEST_CASE("Monochrome icons take the palette's text colour, light and dark", "[ui][icons]")
{
    PaletteGuard guard;
    const QIcon icon = Icons::icon(IconId::NewTicket);
    DarkPalette::apply(false);
    const Ink light = inkOf(icon);
    REQUIRE(light.pixels > 10);
    const QColor lightText = QApplication::palette().color(QPalette::WindowText);
    CHECK(std::abs(light.colour.lightness() - lightText.lightness()) < 40);
    CHECK(light.colour.lightness() < 100); // dark ink on a light window

    DarkPalette::apply(true);
    const Ink dark = inkOf(icon); // the same icon object, drawn again
    REQUIRE(dark.pixels > 10);
    CHECK(std::abs(dark.colour.lightness() - DarkPalette::palette().color(QPalette::WindowText).lightness()) < 40);
    CHECK(dark.colour.lightness() > 160); // light ink on the dark window

    // Disabled icons are quieter than enabled ones in either palette.
    const Ink disabled = inkOf(icon, QIcon::Disabled);
    CHECK(disabled.colour.lightness() < dark.colour.lightness());
}

TEST_CASE("Navigation entries, toolbar actions and ticket actions all carry icons", "[ui][icons][main]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    window.navigation()->addSavedSearch(QStringLiteral("Scanners"), QStringLiteral("scan"));

    const QList<QTreeWidgetItem*> pages = window.navigation()->pageItems();
    CHECK(pages.size() == NavigationPane::pageNames().size());
    for (QTreeWidgetItem* item : pages) {
        INFO("navigation " << item->text(0).toStdString());
        CHECK(inkOf(item->icon(0)).pixels > 10);
    }
    // The saved search too.
    bool savedSearchSeen = false;
    for (int top = 0; top < window.navigation()->topLevelItemCount(); ++top) {
        QTreeWidgetItem* group = window.navigation()->topLevelItem(top);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0) == QLatin1String("Scanners")) {
                savedSearchSeen = true;
                CHECK(inkOf(group->child(i)->icon(0)).pixels > 10);
            }
        }
    }
    CHECK(savedSearchSeen);

    auto* main = child<QToolBar>(&window, "mainToolBar");
    CHECK(main->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
    const QList<QAction*> mainActions = main->actions();
    CHECK(mainActions.size() >= 6);
    for (QAction* action : mainActions) {
        if (action->isSeparator())
            continue;
        INFO("main toolbar " << action->objectName().toStdString());
        CHECK(inkOf(action->icon()).pixels > 10);
    }
    for (const char* name :
         {"newTicketAction", "importMailAction", "findAction", "refreshAction", "lockAction", "triageAction"}) {
        INFO(name);
        CHECK(mainActions.contains(child<QObject>(&window, name)));
    }

    auto* ticket = child<QToolBar>(&window, "ticketToolBar");
    CHECK(ticket->toolButtonStyle() == main->toolButtonStyle());
    // At the size Breeze draws them for, not scaled.
    CHECK(main->iconSize() == QSize(22, 22));
    CHECK(ticket->iconSize() == QSize(22, 22));
    for (QAction* action : ticket->actions()) {
        if (action->isSeparator())
            continue;
        INFO("ticket toolbar " << action->objectName().toStdString());
        CHECK(inkOf(action->icon()).pixels > 10);
    }
    // Menu entries a KDE application gives icons to.
    for (const char* name : {"importFolderAction", "changePassphraseAction", "quitAction", "goToTicketAction",
                             "userGuideAction", "aboutAction", "addObservableAction", "addTagAction"}) {
        INFO(name);
        CHECK(inkOf(child<QAction>(&window, name)->icon()).pixels > 10);
    }
}

TEST_CASE("A ticket kind has one icon: its queue's and its launch action's", "[ui][icons]")
{
    TempDir dir;
    TestSettings settings(dir);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(settings.settings, clock, QStringLiteral("alice"));
    const auto same = [](const QIcon& a, const QIcon& b) {
        return a.pixmap(22, 22).toImage() == b.pixmap(22, 22).toImage();
    };
    CHECK(same(window.navigation()->queueItem(TicketKind::Investigation)->icon(0),
               child<QAction>(&window, "launchInvestigationAction")->icon()));
    CHECK(same(window.navigation()->queueItem(TicketKind::Countermeasure)->icon(0),
               child<QAction>(&window, "launchCountermeasureAction")->icon()));
    CHECK_FALSE(same(Icons::forKind(TicketKind::Report), Icons::forKind(TicketKind::Incident)));
    CHECK(same(Icons::forState(QStringLiteral("resolved")), Icons::icon(IconId::StateDone)));
    CHECK(same(Icons::forState(QStringLiteral("rejected")), Icons::icon(IconId::StateCancelled)));
    CHECK(same(Icons::forState(QStringLiteral("open")), Icons::icon(IconId::StateForward)));
}

TEST_CASE("Different concepts look different: only a search and a saved search share a picture", "[ui][icons]")
{
    QHash<QByteArray, QList<IconId>> byPicture;
    for (IconId id : Icons::all()) {
        const QImage image = Icons::icon(id).pixmap(QSize(22, 22)).toImage().convertToFormat(QImage::Format_ARGB32);
        byPicture[QByteArray(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes())].append(id);
    }
    for (const QList<IconId>& same : std::as_const(byPicture)) {
        if (same.size() < 2)
            continue;
        INFO("icons " << int(same.at(0)) << " and " << int(same.at(1)) << " look alike");
        CHECK(same == QList<IconId>{IconId::SavedSearch, IconId::Search});
    }
}

TEST_CASE("The application's own icon is built in, the same picture the package installs", "[ui][icons]")
{
    QFile built(QStringLiteral(":/icons/org.firebreak.Firebreak.svg"));
    REQUIRE(built.open(QIODevice::ReadOnly));
    QFile source(QStringLiteral(FB_SOURCE_DIR "/packaging/icons/org.firebreak.Firebreak.svg"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    CHECK(built.readAll() == source.readAll());
    const QImage drawn = QIcon(built.fileName()).pixmap(64, 64).toImage();
    REQUIRE_FALSE(drawn.isNull());
    CHECK(drawn.width() == 64);
    // Not blank: the flame's orange is there.
    bool orange = false;
    for (int y = 0; y < drawn.height() && !orange; ++y) {
        for (int x = 0; x < drawn.width() && !orange; ++x) {
            const QColor c = drawn.pixelColor(x, y);
            orange = c.red() > 200 && c.green() > 90 && c.green() < 200 && c.blue() < 80;
        }
    }
    CHECK(orange);
}
