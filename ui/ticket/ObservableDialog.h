// SPDX-License-Identifier: GPL-3.0-or-later
// ObservableDialog: asks for an observable to add to a ticket: its type (or "guess from the value") and value.
// The value is checked by core when it is added, not here.
#pragma once

#include "ui/ticket/TicketPrompts.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace fb {

class ObservableDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ObservableDialog(QWidget* parent = nullptr);

    ObservableAnswer answer() const;

private:
    QComboBox* m_type = nullptr;
    QLineEdit* m_value = nullptr;
};

} // namespace fb
