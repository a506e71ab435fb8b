// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentOutcomePanel: an incident's resolution and lessons learned, as text on the ticket view (not only
// in its history), each with the action that sets it.
#pragma once

#include <QWidget>

class QLabel;

namespace fb {

class TicketActions;
struct Ticket;

class IncidentOutcomePanel : public QWidget
{
    Q_OBJECT

public:
    IncidentOutcomePanel(TicketActions& actions, QWidget* parent = nullptr);

    // Shows the ticket's outcome; hides itself for anything but an incident.
    void showTicket(const Ticket* ticket);
    QString lessonsText() const;
    QString resolutionText() const;

private:
    QLabel* m_resolution = nullptr;
    QLabel* m_lessons = nullptr;
};

} // namespace fb
