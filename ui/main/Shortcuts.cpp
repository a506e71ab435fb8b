// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/Shortcuts.h"

#include "core/taxonomy/Rsit.h"
#include "core/taxonomy/Tlp.h"
#include "core/tickets/Lifecycle.h"
#include "core/tickets/TicketKind.h"
#include "ui/main/NavigationPane.h"

#include <QAbstractButton>
#include <QAction>

#include <algorithm>

namespace fb {

namespace {

const QList<TicketKind> kKinds{TicketKind::Report, TicketKind::Incident, TicketKind::Investigation,
                               TicketKind::Countermeasure};

// Ctrl+Shift and a letter of the state the ticket moves to.
const QList<std::pair<QString, Qt::Key>>& transitionKeys()
{
    static const QList<std::pair<QString, Qt::Key>> keys{
        {QStringLiteral("open"), Qt::Key_O},     {QStringLiteral("resolved"), Qt::Key_R},
        {QStringLiteral("rejected"), Qt::Key_X}, {QStringLiteral("abandoned"), Qt::Key_A},
        {QStringLiteral("active"), Qt::Key_V},   {QStringLiteral("pending removal"), Qt::Key_P},
        {QStringLiteral("removed"), Qt::Key_M},
    };
    return keys;
}

const QList<std::pair<TlpLevel, Qt::Key>>& triageTlpKeys()
{
    static const QList<std::pair<TlpLevel, Qt::Key>> keys{{TlpLevel::Clear, Qt::Key_C},
                                                          {TlpLevel::Green, Qt::Key_G},
                                                          {TlpLevel::Amber, Qt::Key_A},
                                                          {TlpLevel::AmberStrict, Qt::Key_S},
                                                          {TlpLevel::Red, Qt::Key_R}};
    return keys;
}

const QList<std::pair<QString, Qt::Key>>& triageClassKeys()
{
    static const QList<std::pair<QString, Qt::Key>> keys{
        {QStringLiteral("abusive-content"), Qt::Key_B},
        {QStringLiteral("malicious-code"), Qt::Key_M},
        {QStringLiteral("information-gathering"), Qt::Key_I},
        {QStringLiteral("intrusion-attempts"), Qt::Key_T},
        {QStringLiteral("intrusions"), Qt::Key_U},
        {QStringLiteral("availability"), Qt::Key_V},
        {QStringLiteral("information-content-security"), Qt::Key_F},
        {QStringLiteral("fraud"), Qt::Key_D},
        {QStringLiteral("vulnerable"), Qt::Key_E},
        {QStringLiteral("other"), Qt::Key_O},
    };
    return keys;
}

// The states some transition leads to, in lifecycle order, with the kinds that can move there.
QList<std::pair<QString, QStringList>> transitionTargets()
{
    QList<std::pair<QString, QStringList>> targets;
    for (TicketKind kind : kKinds) {
        const Lifecycle& lifecycle = Lifecycle::of(kind);
        for (const QString& to : lifecycle.states()) {
            const bool reached = std::any_of(lifecycle.states().begin(), lifecycle.states().end(),
                                             [&](const QString& from) { return lifecycle.allows(from, to); });
            if (!reached)
                continue;
            auto it = std::find_if(targets.begin(), targets.end(), [&](const auto& t) { return t.first == to; });
            if (it == targets.end())
                targets.append({to, {TicketEnums::displayName(kind)}});
            else
                it->second.append(TicketEnums::displayName(kind));
        }
    }
    return targets;
}

} // namespace

QList<ShortcutContext> Shortcuts::contexts()
{
    return {ShortcutContext::Window, ShortcutContext::Navigation, ShortcutContext::Ticket, ShortcutContext::Triage};
}

QString Shortcuts::contextName(ShortcutContext context)
{
    switch (context) {
    case ShortcutContext::Window:
        return tr("Everywhere in the window");
    case ShortcutContext::Navigation:
        return tr("Pages of the navigation");
    case ShortcutContext::Ticket:
        return tr("The shown ticket");
    case ShortcutContext::Triage:
        return tr("Triage (single keys, while the triage page has the focus)");
    }
    return {};
}

QList<Shortcut> Shortcuts::all()
{
    using enum ShortcutId;
    const auto ctrl = [](Qt::Key key) { return QKeySequence(Qt::CTRL | key); };
    const auto plain = [](Qt::Key key) { return QKeySequence(key); };
    const ShortcutContext window = ShortcutContext::Window;
    QList<Shortcut> table{
        {NewTicket,
         {},
         window,
         QKeySequence::keyBindings(QKeySequence::New),
         tr("New ticket (kind, title, TLP, class, incident)")},
        {ImportMail, {}, window, {ctrl(Qt::Key_I)}, tr("Import mail files")},
        {Search,
         {},
         window,
         QKeySequence::keyBindings(QKeySequence::Find),
         tr("Search box (free words; ip:, domain:, cve:, owner:me, tlp:, state: …)")},
        {GoToTicket, {}, window, {ctrl(Qt::Key_G)}, tr("Go to a ticket: its number in the search box, then Enter")},
        {Refresh, {}, window, {plain(Qt::Key_F5)}, tr("Refresh")},
        {Triage, {}, window, {ctrl(Qt::Key_T)}, tr("Triage new reports")},
        {Lock, {}, window, {ctrl(Qt::Key_L)}, tr("Lock the workspace")},
        {Quit, {}, window, {ctrl(Qt::Key_Q)}, tr("Quit")},
        {KeyboardShortcuts,
         {},
         window,
         {plain(Qt::Key_F1), ctrl(Qt::Key_Question)},
         tr("Keyboard shortcuts (this list)")},
    };

    // Ctrl+1 … Ctrl+9, Ctrl+0: the navigation's pages in the order shown.
    const QStringList pages = NavigationPane::pageNames();
    for (int i = 0; i < pages.size() && i < 10; ++i)
        table.append({Page,
                      QString::number(i + 1),
                      ShortcutContext::Navigation,
                      {ctrl(i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0)},
                      tr("Go to %1").arg(pages.at(i))});

    table.append({TakeTicket,
                  {},
                  ShortcutContext::Ticket,
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                  tr("Take the shown ticket (you become its owner)")});
    table.append({WriteMail,
                  {},
                  ShortcutContext::Ticket,
                  {ctrl(Qt::Key_R)},
                  tr("Write mail from the shown ticket (reply or notification)")});
    table.append({AddComment,
                  {},
                  ShortcutContext::Ticket,
                  {QKeySequence(Qt::CTRL | Qt::Key_Return)},
                  tr("Add the comment being written to the ticket's worklog (in the comment box)")});
    for (const auto& [state, kinds] : transitionTargets()) {
        QList<QKeySequence> keys;
        for (const auto& [keyState, key] : transitionKeys()) {
            if (keyState == state)
                keys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        }
        table.append({Transition, state, ShortcutContext::Ticket, keys,
                      tr("Mark the shown ticket %1 (%2)")
                          .arg(Lifecycle::displayState(state), kinds.join(QStringLiteral(", ")))});
    }

    const ShortcutContext triage = ShortcutContext::Triage;
    table.append({TriageNewIncident,
                  {},
                  triage,
                  {plain(Qt::Key_N)},
                  tr("New incident from this report (asks its title; copies class, TLP, severity, observables; "
                     "links the report)")});
    table.append({TriageLink,
                  {},
                  triage,
                  {plain(Qt::Key_L)},
                  tr("Link to an existing incident (type to search, Enter links, Esc goes back)")});
    table.append({TriageReject, {}, triage, {plain(Qt::Key_X)}, tr("Reject the report (asks why)")});
    table.append({TriageNext, {}, triage, {plain(Qt::Key_J), plain(Qt::Key_PageDown)}, tr("Next report")});
    table.append({TriagePrevious, {}, triage, {plain(Qt::Key_K), plain(Qt::Key_PageUp)}, tr("Previous report")});
    for (int severity = 1; severity <= 4; ++severity)
        table.append({TriageSeverity,
                      QString::number(severity),
                      triage,
                      {plain(Qt::Key(Qt::Key_0 + severity))},
                      tr("Severity: %1").arg(TicketEnums::severityName(severity))});
    for (const auto& [level, key] : triageTlpKeys())
        table.append({TriageTlp, Tlp::key(level), triage, {plain(key)}, Tlp::label(level)});
    for (const auto& [classKey, key] : triageClassKeys()) {
        const RsitClass* rsit = Rsit::builtin().findClass(classKey);
        table.append({TriageClass, classKey, triage, {plain(key)}, tr("Class: %1").arg(rsit ? rsit->name : classKey)});
    }
    table.append({TriageUndo, {}, triage, QKeySequence::keyBindings(QKeySequence::Undo), tr("Undo the last decision")});
    return table;
}

QList<QKeySequence> Shortcuts::keys(ShortcutId id, const QString& argument)
{
    const QList<Shortcut> table = all();
    for (const Shortcut& shortcut : table) {
        if (shortcut.id == id && shortcut.argument == argument)
            return shortcut.keys;
    }
    return {};
}

QString Shortcuts::text(ShortcutId id, const QString& argument)
{
    QStringList texts;
    const QList<QKeySequence> sequences = keys(id, argument);
    for (const QKeySequence& sequence : sequences)
        texts.append(sequence.toString(QKeySequence::NativeText));
    //: Between two keys that do the same thing ("J, Page Down").
    return texts.join(tr(", "));
}

QString Shortcuts::withKeys(const QString& text, ShortcutId id, const QString& argument)
{
    const QString keyText = Shortcuts::text(id, argument);
    //: A tool tip and the keys that do the same ("Make me the owner (Ctrl+Shift+T)").
    return keyText.isEmpty() ? text : tr("%1 (%2)").arg(text, keyText);
}

std::optional<Shortcut> Shortcuts::find(ShortcutContext context, const QKeySequence& keys)
{
    const QList<Shortcut> table = all();
    for (const Shortcut& shortcut : table) {
        if (shortcut.context == context && shortcut.keys.contains(keys))
            return shortcut;
    }
    return std::nullopt;
}

void Shortcuts::apply(QAction* action, ShortcutId id, const QString& argument)
{
    action->setShortcuts(keys(id, argument));
}

void Shortcuts::apply(QAbstractButton* button, ShortcutId id, const QString& argument)
{
    button->setShortcut(keys(id, argument).value(0));
}

} // namespace fb
