// SPDX-License-Identifier: GPL-3.0-or-later
// TicketPrompts: the questions the ticket actions ask (a ticket number, a confirmation, a tag, an observable,
// a new investigation's title and TLP) and the message that reports a refusal. By default they are modal
// dialogs; tests replace them with answers (the test hook for every modal dialog of the ticket desk).
#pragma once

#include "core/taxonomy/Tlp.h"
#include "core/tickets/TicketKind.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace fb {

struct Ticket;

// What the "Launch investigation/countermeasure" dialog answers.
struct LaunchAnswer
{
    QString title;
    TlpLevel tlp = TlpLevel::Amber;
};

// What the "Add observable" dialog answers: the type key (empty: guess from the value) and the value.
struct ObservableAnswer
{
    QString type;
    QString value;
};

struct TicketPrompts
{
    // One line of text; with `choices`, one of them (picked, not typed). nullopt when cancelled.
    std::function<std::optional<QString>(QWidget* parent, const QString& title, const QString& label,
                                         const QStringList& choices)>
        text;
    // One line of text, starting from `initial`. nullopt when cancelled.
    std::function<std::optional<QString>(QWidget* parent, const QString& title, const QString& label,
                                         const QString& initial)>
        line;
    // Several lines of text, starting from `initial`. nullopt when cancelled.
    std::function<std::optional<QString>(QWidget* parent, const QString& title, const QString& label,
                                         const QString& initial)>
        longText;
    std::function<bool(QWidget* parent, const QString& title, const QString& question)> confirm;
    std::function<std::optional<LaunchAnswer>(QWidget* parent, TicketKind kind, const Ticket& incident)> launch;
    std::function<std::optional<ObservableAnswer>(QWidget* parent)> observable;
    // Tells the user why something was refused.
    std::function<void(QWidget* parent, const QString& title, const QString& text)> message;

    // The real, modal dialogs.
    static TicketPrompts dialogs();
};

} // namespace fb
