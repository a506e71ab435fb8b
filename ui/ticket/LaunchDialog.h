// SPDX-License-Identifier: GPL-3.0-or-later
// LaunchDialog: asks for the title and TLP of an investigation or countermeasure launched from an incident
// (the TLP starts at the incident's).
#pragma once

#include "ui/ticket/TicketPrompts.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace fb {

class LaunchDialog : public QDialog
{
    Q_OBJECT

public:
    LaunchDialog(TicketKind kind, const Ticket& incident, QWidget* parent = nullptr);

    LaunchAnswer answer() const;

private:
    QLineEdit* m_title = nullptr;
    QComboBox* m_tlp = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fb
