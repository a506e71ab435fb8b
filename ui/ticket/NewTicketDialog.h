// SPDX-License-Identifier: GPL-3.0-or-later
// NewTicketDialog: a new ticket by hand: its kind (the current queue's to start with), title, TLP, RSIT class
// and type, and optionally the incident it belongs to. Core checks the answer when it creates the ticket.
#pragma once

#include "core/tickets/Ticket.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace fb {

class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    // `incidents`: the ones a new ticket may be linked to (number and title).
    NewTicketDialog(TicketKind kind, const QList<Ticket>& incidents, QWidget* parent = nullptr);

    NewTicket answer() const;

private:
    void kindChanged();
    void fillTypes();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_tlp = nullptr;
    QComboBox* m_rsitClass = nullptr;
    QComboBox* m_rsitType = nullptr;
    QComboBox* m_incident = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fb
