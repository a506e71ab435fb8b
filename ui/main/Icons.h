// SPDX-License-Identifier: GPL-3.0-or-later
// Icons: the one place that maps Firebreak's pages and actions to icons. They are Breeze SVGs bundled as resources
// (resources/icons), never the system theme; their monochrome parts are drawn in the palette's text colour when
// painted, so that one set reads in the light and in the dark palette.
#pragma once

#include "core/tickets/TicketKind.h"

#include <QIcon>
#include <QList>
#include <QString>

class QAction;

namespace fb {

enum class IconId {
    // Pages
    ReportQueue,
    IncidentQueue,
    InvestigationQueue,
    CountermeasureQueue,
    Triage,
    SavedSearch,
    Advisories,
    Directory,
    TeamProfile,
    Dashboard,
    Settings,
    // Main window
    NewTicket,
    ImportMail,
    ImportFolder,
    WriteMail,
    Reply,
    Refresh,
    Lock,
    Search,
    GoToTicket,
    ChangePassphrase,
    Quit,
    DarkPalette,
    UserGuide,
    KeyboardShortcuts,
    About,
    // Ticket
    Take,
    Link,
    Unlink,
    Merge,
    Add,
    Remove,
    AddTag,
    RemoveTag,
    EditText,
    StateForward,
    StateDone,
    StateCancelled,
    Save,
    Export,
    Attachment,
};

class Icons
{
public:
    // The icon, drawn for the palette in use whenever it is painted.
    static QIcon icon(IconId id);
    // A ticket kind's icon: its queue's, and that of the action that launches one.
    static QIcon forKind(TicketKind kind);
    static IconId idForKind(TicketKind kind);
    // The icon of a move to `state` (a ticket's lifecycle state key).
    static QIcon forState(const QString& state);
    // Sets the icon of `action`.
    static void apply(QAction* action, IconId id);
    // Where the SVG lives among the resources (":/icons/…").
    static QString resourcePath(IconId id);
    static QList<IconId> all();
    // The colour the monochrome parts take for `mode` in the application's palette.
    static QColor foreground(QIcon::Mode mode);
};

} // namespace fb
