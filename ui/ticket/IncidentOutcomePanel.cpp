// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/IncidentOutcomePanel.h"

#include "core/tickets/Ticket.h"
#include "ui/ticket/TicketActions.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace fb {

namespace {

QLabel* textLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

IncidentOutcomePanel::IncidentOutcomePanel(TicketActions& actions, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("incidentOutcomePanel"));
    // A form, so that it lines up with the ticket's fields above it (FormLayouts).
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_resolution = textLabel("resolutionLabel", this);
    m_lessons = textLabel("lessonsLearnedLabel", this);
    auto addRow = [&](const QString& caption, QLabel* text, QAction* action, const char* buttonName) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(buttonName));
        button->setDefaultAction(action);
        auto* row = new QHBoxLayout;
        row->addWidget(text, 1);
        row->addWidget(button, 0, Qt::AlignTop | Qt::AlignRight);
        form->addRow(caption, row);
    };
    addRow(tr("Resolution:"), m_resolution, actions.resolutionAction(), "setResolutionButton");
    addRow(tr("Lessons learned:"), m_lessons, actions.lessonsAction(), "setLessonsButton");
}

void IncidentOutcomePanel::showTicket(const Ticket* ticket)
{
    const bool incident = ticket && ticket->kind == TicketKind::Incident;
    setVisible(incident);
    if (!incident)
        return;
    m_resolution->setText(ticket->resolution.isEmpty() ? tr("Not written yet.") : ticket->resolution);
    m_lessons->setText(ticket->lessonsLearned.isEmpty() ? tr("Not written yet.") : ticket->lessonsLearned);
}

QString IncidentOutcomePanel::lessonsText() const
{
    return m_lessons->text();
}

QString IncidentOutcomePanel::resolutionText() const
{
    return m_resolution->text();
}

} // namespace fb
