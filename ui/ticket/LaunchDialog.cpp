// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/LaunchDialog.h"

#include "core/tickets/Ticket.h"
#include "ui/ticket/TaxonomyCombos.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fb {

LaunchDialog::LaunchDialog(TicketKind kind, const Ticket& incident, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("launchDialog"));
    setWindowTitle(kind == TicketKind::Countermeasure ? tr("Launch countermeasure") : tr("Launch investigation"));
    auto* form = new QFormLayout(this);
    auto* about = new QLabel(tr("For incident #%1: %2").arg(incident.id).arg(incident.title), this);
    about->setWordWrap(true);
    form->addRow(about);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("launchTitleLineEdit"));
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_tlp = TaxonomyCombos::tlp(this, QStringLiteral("launchTlpComboBox"), incident.tlp);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&LP:"), m_tlp);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Launch"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(m_buttons);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LaunchAnswer LaunchDialog::answer() const
{
    return LaunchAnswer{m_title->text().trimmed(),
                        Tlp::parse(m_tlp->currentData().toString()).value_or(TlpLevel::Amber)};
}

} // namespace fb
