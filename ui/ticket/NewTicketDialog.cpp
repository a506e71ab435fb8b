// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/NewTicketDialog.h"

#include "ui/ticket/TaxonomyCombos.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace fb {

NewTicketDialog::NewTicketDialog(TicketKind kind, const QList<Ticket>& incidents, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New ticket"));
    auto* form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("newTicketKindComboBox"));
    for (TicketKind k :
         {TicketKind::Report, TicketKind::Incident, TicketKind::Investigation, TicketKind::Countermeasure})
        m_kind->addItem(TicketEnums::displayName(k), TicketEnums::key(k));
    m_kind->setCurrentIndex(m_kind->findData(TicketEnums::key(kind)));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newTicketTitleLineEdit"));
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_tlp = TaxonomyCombos::tlp(this, QStringLiteral("newTicketTlpComboBox"));
    m_rsitClass = TaxonomyCombos::rsitClass(this, QStringLiteral("newTicketRsitClassComboBox"));
    m_rsitType = new QComboBox(this);
    m_rsitType->setObjectName(QStringLiteral("newTicketRsitTypeComboBox"));
    m_incident = new QComboBox(this);
    m_incident->setObjectName(QStringLiteral("newTicketIncidentComboBox"));
    m_incident->addItem(tr("None"), qint64(0));
    for (const Ticket& incident : incidents)
        m_incident->addItem(tr("#%1 %2").arg(incident.id).arg(incident.title), incident.id);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&LP:"), m_tlp);
    form->addRow(tr("&Class:"), m_rsitClass);
    form->addRow(tr("T&ype:"), m_rsitType);
    form->addRow(tr("&Incident:"), m_incident);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("newTicketButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(m_buttons);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewTicketDialog::kindChanged);
    connect(m_rsitClass, &QComboBox::currentIndexChanged, this, &NewTicketDialog::fillTypes);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillTypes();
    kindChanged();
}

void NewTicketDialog::kindChanged()
{
    // An incident stands alone; the others may (a countermeasure must) name one. Core has the last word.
    const bool incident = m_kind->currentData().toString() == TicketEnums::key(TicketKind::Incident);
    m_incident->setEnabled(!incident);
    if (incident)
        m_incident->setCurrentIndex(0);
}

void NewTicketDialog::fillTypes()
{
    TaxonomyCombos::fillRsitTypes(m_rsitType, m_rsitClass->currentData().toString());
    m_rsitType->setEnabled(m_rsitType->count() > 1);
}

NewTicket NewTicketDialog::answer() const
{
    NewTicket ticket;
    ticket.kind = TicketEnums::parseKind(m_kind->currentData().toString()).value_or(TicketKind::Report);
    ticket.title = m_title->text().trimmed();
    ticket.tlp = Tlp::parse(m_tlp->currentData().toString()).value_or(TlpLevel::Amber);
    ticket.rsitClass = m_rsitClass->currentData().toString();
    ticket.rsitType = m_rsitType->currentData().toString();
    if (const qint64 incident = m_incident->currentData().toLongLong())
        ticket.incidentId = incident;
    return ticket;
}

} // namespace fb
