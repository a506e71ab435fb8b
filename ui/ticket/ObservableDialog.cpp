// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/ObservableDialog.h"

#include "core/observables/Observable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace fb {

ObservableDialog::ObservableDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("observableDialog"));
    setWindowTitle(tr("Add observable"));
    auto* form = new QFormLayout(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("observableTypeComboBox"));
    m_type->addItem(tr("Guess from the value"), QString());
    for (ObservableType type : allObservableTypes())
        m_type->addItem(observableTypeKey(type), observableTypeKey(type));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("observableValueLineEdit"));
    m_value->setPlaceholderText(tr("Address, network, domain, URL, e-mail, hash, CVE or AS number"));
    m_value->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Value:"), m_value);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ObservableAnswer ObservableDialog::answer() const
{
    return ObservableAnswer{m_type->currentData().toString(), m_value->text()};
}

} // namespace fb
