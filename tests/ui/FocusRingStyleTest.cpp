// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/FocusRingStyle.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/main/DarkPalette.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace fb;
using namespace fb::test;

TEST_CASE("The focus ring stands out 3:1 against window and fields in both palettes", "[ui][focus]")
{
    CHECK(FocusRingStyle::contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(FocusRingStyle::contrast(Qt::white, Qt::black) == Approx(21.0));
    CHECK(FocusRingStyle::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)) == Approx(1.0));
    // The dark palette's own highlight is too faint on its window (about 2.8:1): the ring is lighter.
    const QPalette dark = DarkPalette::palette();
    CHECK(FocusRingStyle::contrast(dark.color(QPalette::Highlight), dark.color(QPalette::Window)) < 3.0);
    for (const QPalette& palette : {QApplication::style()->standardPalette(), dark}) {
        const QColor ring = FocusRingStyle::ringColour(palette);
        CHECK(FocusRingStyle::contrast(ring, palette.color(QPalette::Window)) >= 3.0);
        CHECK(FocusRingStyle::contrast(ring, palette.color(QPalette::Base)) >= 3.0);
        // The current item of a selected row: a ring that is not lost in the highlight.
        const QColor highlight = palette.color(QPalette::Highlight);
        CHECK(FocusRingStyle::contrast(FocusRingStyle::ringColourOn(highlight, palette), highlight) >= 3.0);
        CHECK(FocusRingStyle::ringColourOn(palette.color(QPalette::Base), palette) == ring);
    }
}

TEST_CASE("A focused table, button and field show the ring, unfocused ones do not", "[ui][focus]")
{
    for (const bool dark : {false, true}) {
        INFO((dark ? "dark" : "light"));
        DarkPalette::apply(dark);
        REQUIRE(qobject_cast<FocusRingStyle*>(QApplication::style()));
        QWidget window;
        auto* layout = new QHBoxLayout(&window);
        QStandardItemModel model(3, 2);
        auto* table = new QTableView(&window);
        table->setModel(&model);
        auto* button = new QPushButton(QStringLiteral("Button"), &window);
        auto* field = new QLineEdit(&window);
        layout->addWidget(table);
        layout->addWidget(button);
        layout->addWidget(field);
        window.resize(400, 200);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        const QRgb ring = FocusRingStyle::ringColour(QApplication::palette()).rgb();
        // The colour of a pixel on the left edge, half-way down, of the widget as drawn.
        const auto edge = [](QWidget* widget) { return widget->grab().toImage().pixel(0, widget->height() / 2); };

        table->setFocus();
        QApplication::processEvents();
        CHECK(edge(table) == ring);
        CHECK(edge(button) != ring);

        button->setFocus();
        QApplication::processEvents();
        CHECK(edge(button) == ring);
        CHECK(edge(table) != ring);
        CHECK(edge(field) != ring);

        field->setFocus();
        QApplication::processEvents();
        CHECK(edge(field) == ring);
        CHECK(edge(button) != ring);
    }
    DarkPalette::apply(false);
}
