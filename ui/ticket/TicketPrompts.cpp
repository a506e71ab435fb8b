// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TicketPrompts.h"

#include "core/tickets/Ticket.h"
#include "ui/ticket/LaunchDialog.h"
#include "ui/ticket/ObservableDialog.h"

#include <QInputDialog>
#include <QMessageBox>

namespace fb {

TicketPrompts TicketPrompts::dialogs()
{
    TicketPrompts prompts;
    prompts.text = [](QWidget* parent, const QString& title, const QString& label,
                      const QStringList& choices) -> std::optional<QString> {
        bool ok = false;
        const QString answer = choices.isEmpty()
                                   ? QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok)
                                   : QInputDialog::getItem(parent, title, label, choices, 0, false, &ok);
        return ok ? std::optional<QString>(answer) : std::nullopt;
    };
    prompts.line = [](QWidget* parent, const QString& title, const QString& label,
                      const QString& initial) -> std::optional<QString> {
        bool ok = false;
        const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
        return ok ? std::optional<QString>(answer) : std::nullopt;
    };
    prompts.longText = [](QWidget* parent, const QString& title, const QString& label,
                          const QString& initial) -> std::optional<QString> {
        bool ok = false;
        const QString answer = QInputDialog::getMultiLineText(parent, title, label, initial, &ok);
        return ok ? std::optional<QString>(answer) : std::nullopt;
    };
    prompts.confirm = [](QWidget* parent, const QString& title, const QString& question) {
        return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    prompts.launch = [](QWidget* parent, TicketKind kind, const Ticket& incident) -> std::optional<LaunchAnswer> {
        LaunchDialog dialog(kind, incident, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.answer();
    };
    prompts.observable = [](QWidget* parent) -> std::optional<ObservableAnswer> {
        ObservableDialog dialog(parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.answer();
    };
    prompts.message = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::warning(parent, title, text);
    };
    return prompts;
}

} // namespace fb
