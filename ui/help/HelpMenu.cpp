// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/HelpMenu.h"

#include "ui/help/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/main/Icons.h"
#include "ui/main/Shortcuts.h"

#include <QAction>
#include <QApplication>

namespace fb {

HelpMenu::HelpMenu(QWidget* window)
    : QMenu(tr("&Help"), window)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction* guide = addAction(tr("&User guide"), this, &HelpMenu::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    Icons::apply(guide, IconId::UserGuide);
    QAction* shortcuts = addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    Icons::apply(shortcuts, IconId::KeyboardShortcuts);
    Shortcuts::apply(shortcuts, ShortcutId::KeyboardShortcuts);
    addSeparator();
    QAction* about = addAction(tr("&About Firebreak"), this, &HelpMenu::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    Icons::apply(about, IconId::About);
    QAction* aboutQt = addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
}

template <typename Dialog>
Dialog* HelpMenu::present(QPointer<Dialog>& dialog)
{
    if (!dialog) {
        dialog = new Dialog(parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

UserGuideDialog* HelpMenu::showUserGuide()
{
    return present(m_guide);
}

ShortcutsDialog* HelpMenu::showShortcuts()
{
    return present(m_shortcuts);
}

AboutDialog* HelpMenu::showAbout()
{
    return present(m_about);
}

} // namespace fb
