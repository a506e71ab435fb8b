// SPDX-License-Identifier: GPL-3.0-or-later
// The directory page on the demo directory, and scripted answers for its modal dialogs (team, person, list,
// members, confirmations): each answer fills the dialog's fields by object name and presses a button.
#pragma once

#include "core/demo/DemoDirectory.h"
#include "core/directory/TeamReader.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/directory/DirectoryPage.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <functional>

namespace fb::test {

struct DirectoryUi
{
    DirectoryUi()
    {
        REQUIRE(DemoDirectory::populate(f.session->vault(), f.clock));
        page.resize(1300, 800);
        page.setSession(f.session.get());
        page.setDialogRunner([this](QDialog& dialog) { return answer(dialog); });
        page.show();
    }

    qint64 teamId(const QString& name)
    {
        TeamReader store(f.session->vault());
        auto team = store.findTeam(name);
        REQUIRE(team);
        return team->id;
    }

    int visibleRows() { return page.table()->model()->rowCount(); }

    // Rows of the team list showing `text` in some column.
    int rowsShowing(const QString& text)
    {
        const QAbstractItemModel* model = page.table()->model();
        int found = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            bool shown = false;
            for (int column = 0; column < model->columnCount(); ++column)
                shown = shown || model->index(row, column).data().toString().contains(text);
            found += shown ? 1 : 0;
        }
        return found;
    }

    // Until the import and the key check after it are done.
    void waitForImport()
    {
        for (int i = 0; i < 600 && (page.isImporting() || page.isCheckingKeys()); ++i)
            QTest::qWait(50);
        REQUIRE_FALSE(page.isImporting());
        REQUIRE_FALSE(page.isCheckingKeys());
    }

    // The next modal dialog is answered by `action`; a dialog nobody expected fails the test.
    void expect(std::function<void(QDialog&)> action) { answers.append(std::move(action)); }

    int answer(QDialog& dialog)
    {
        INFO("unexpected dialog " << dialog.objectName().toStdString());
        REQUIRE_FALSE(answers.isEmpty());
        seen.append(dialog.objectName());
        answers.takeFirst()(dialog);
        return dialog.result();
    }

    SessionFixture f;
    DirectoryPage page;
    QList<std::function<void(QDialog&)>> answers;
    QStringList seen; // object names of the dialogs shown, in order
};

// Presses a dialog's button: Save (or OK, Yes...) of its QDialogButtonBox, or a QMessageBox's button.
inline void press(QDialog& dialog, QDialogButtonBox::StandardButton which)
{
    if (auto* box = qobject_cast<QMessageBox*>(&dialog)) {
        QAbstractButton* button = box->button(QMessageBox::StandardButton(int(which)));
        REQUIRE(button);
        button->click();
        return;
    }
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QAbstractButton* button = buttons->button(which);
    REQUIRE(button);
    button->click();
}

// When FB_SCREENSHOT_DIR is set, the dialog is rendered there as <name>.png (to look at it offscreen).
inline void renderIfAsked(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget.show();
    QTest::qWait(50);
    CHECK(widget.grab().save(dir + u'/' + name + QStringLiteral(".png")));
    widget.hide();
}

} // namespace fb::test
