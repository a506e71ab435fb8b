// SPDX-License-Identifier: GPL-3.0-or-later
// HelpMenu: the main window's Help menu: the user guide, the keyboard shortcuts (F1), About Firebreak and About
// Qt. Each window opens once, non-modal, and is brought to the front when asked for again.
#pragma once

#include <QMenu>
#include <QPointer>

namespace fb {

class AboutDialog;
class ShortcutsDialog;
class UserGuideDialog;

class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    // `window` parents the menu and the windows it opens.
    explicit HelpMenu(QWidget* window);

    UserGuideDialog* showUserGuide();
    ShortcutsDialog* showShortcuts();
    AboutDialog* showAbout();

private:
    template <typename Dialog>
    Dialog* present(QPointer<Dialog>& dialog);

    QPointer<UserGuideDialog> m_guide;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<AboutDialog> m_about;
};

} // namespace fb
