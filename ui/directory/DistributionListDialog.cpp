// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DistributionListDialog.h"

#include "core/directory/DistributionListStore.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fb {

DistributionListDialog::DistributionListDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("distributionListDialog"));
    setWindowTitle(tr("New distribution list"));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("listNameLineEdit"));
    m_name->setPlaceholderText(tr("national-partners"));
    form->addRow(tr("&Name:"), m_name);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("listDescriptionLineEdit"));
    form->addRow(tr("&Description:"), m_description);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("listErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("listButtonBox"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Create list"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

Status DistributionListDialog::save()
{
    auto id =
        DistributionListStore(m_session.change()).create(m_name->text().trimmed(), m_description->text().trimmed());
    if (!id) {
        //: Shown in the new list dialog when the list could not be made; %1 is the reason
        m_error->setText(tr("Not created: %1").arg(id.error().message));
        m_error->show();
        m_name->setFocus();
        return fail(id.error());
    }
    m_savedId = *id;
    accept();
    return {};
}

QString DistributionListDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace fb
