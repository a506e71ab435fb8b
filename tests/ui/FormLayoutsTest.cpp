// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/FormLayouts.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/main/DarkPalette.h"
#include "ui/settings/SettingsPage.h"
#include "ui/ticket/TicketView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

using namespace fb;
using namespace fb::test;

namespace {

int xIn(QWidget* root, QWidget* widget)
{
    return widget->mapTo(root, QPoint(0, 0)).x();
}

} // namespace

TEST_CASE("Stacked forms start their fields at the same x once their label columns are aligned", "[ui][forms]")
{
    QWidget root;
    auto* layout = new QVBoxLayout(&root);
    QLineEdit* fields[2] = {};
    const QString labels[2] = {QStringLiteral("Short:"), QStringLiteral("A much longer label than the other:")};
    for (int i = 0; i < 2; ++i) {
        auto* group = new QGroupBox(&root);
        auto* form = new QFormLayout(group);
        fields[i] = new QLineEdit(group);
        form->addRow(labels[i], fields[i]);
        layout->addWidget(group);
    }
    root.resize(700, 200);
    root.show();
    QTest::qWait(0);
    CHECK(xIn(&root, fields[0]) < xIn(&root, fields[1])); // each form on its own

    FormLayouts::alignLabelColumns(&root);
    root.layout()->activate();
    QTest::qWait(0);
    CHECK(xIn(&root, fields[0]) == xIn(&root, fields[1]));
}

TEST_CASE("Form labels sit flush right against their fields, as in KDE, and the settings page lines up",
          "[ui][forms][settings]")
{
    DarkPalette::apply(false); // the application's style, as the main window sets it
    QFormLayout form;
    CHECK((form.labelAlignment() & Qt::AlignRight));

    TempDir dir;
    TestSettings settings(dir);
    SettingsPage page(settings.settings);
    page.resize(1000, 700);
    page.show();
    QTest::qWait(0);
    CHECK(xIn(&page, child<QComboBox>(&page, "ownTeamComboBox")) ==
          xIn(&page, child<QSpinBox>(&page, "autoLockSpinBox")));
}

TEST_CASE("An incident's resolution and lessons line up with the ticket's fields", "[ui][forms][ticket]")
{
    DarkPalette::apply(false);
    SessionFixture f;
    TicketView view;
    view.setSession(f.session.get());
    view.resize(1200, 800);
    view.show();
    view.showTicket(f.make(TicketKind::Incident, QStringLiteral("Phishing wave")));
    QTest::qWait(0);
    const int fields = xIn(&view, child<QComboBox>(&view, "ticketTlpComboBox"));
    CHECK(xIn(&view, child<QLabel>(&view, "resolutionLabel")) == fields);
    CHECK(xIn(&view, child<QLabel>(&view, "lessonsLearnedLabel")) == fields);
}
