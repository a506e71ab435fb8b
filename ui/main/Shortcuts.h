// SPDX-License-Identifier: GPL-3.0-or-later
// Shortcuts: every keyboard shortcut of the main window and the triage page, in one table. The code sets its
// actions' and buttons' keys from it (and the triage page reads its single keys from it); Help → Keyboard
// shortcuts lists it. A key is written here and nowhere else.
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <optional>

class QAbstractButton;
class QAction;

namespace fb {

// Where a shortcut works. Window, Navigation and Ticket share the main window, so their keys must differ
// from each other too; Triage keys work while the triage page has the focus.
enum class ShortcutContext { Window, Navigation, Ticket, Triage };

enum class ShortcutId {
    NewTicket,
    ImportMail,
    Lock,
    Quit,
    Search,
    GoToTicket,
    Refresh,
    Triage,
    KeyboardShortcuts,
    Page, // argument: the page's place in the navigation, "1" for the first
    TakeTicket,
    WriteMail,
    AddComment,
    Transition, // argument: the state the ticket moves to ("resolved")
    TriageNewIncident,
    TriageLink,
    TriageReject,
    TriageNext,
    TriagePrevious,
    TriageSeverity, // argument: "1" (critical) … "4" (low)
    TriageTlp,      // argument: the TLP key ("amber+strict")
    TriageClass,    // argument: the RSIT class key ("intrusion-attempts")
    TriageUndo,
};

struct Shortcut
{
    ShortcutId id;
    QString argument;
    ShortcutContext context;
    QList<QKeySequence> keys; // the first is the one menus show
    QString description;      // translated
};

class Shortcuts
{
    Q_DECLARE_TR_FUNCTIONS(fb::Shortcuts)

public:
    // The whole table, grouped by context in the order the help lists them.
    static QList<Shortcut> all();
    static QList<ShortcutContext> contexts();
    static QString contextName(ShortcutContext context);
    // The keys of one entry; empty when the table has none for it.
    static QList<QKeySequence> keys(ShortcutId id, const QString& argument = {});
    // The keys as people read them ("Ctrl+Shift+T", "J, Page Down").
    static QString text(ShortcutId id, const QString& argument = {});
    // The entry of `context` whose keys include `keys`.
    static std::optional<Shortcut> find(ShortcutContext context, const QKeySequence& keys);
    // Gives an action or a button the entry's keys.
    static void apply(QAction* action, ShortcutId id, const QString& argument = {});
    static void apply(QAbstractButton* button, ShortcutId id, const QString& argument = {});
    // "text (keys)" for a tool tip, or just text when the entry has no keys.
    static QString withKeys(const QString& text, ShortcutId id, const QString& argument = {});
};

} // namespace fb
