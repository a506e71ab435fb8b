// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/advisory/PublishDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fb {

PublishDialog::PublishDialog(const Advisory& advisory, bool teamKey, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish %1").arg(advisory.identifier));
    auto* form = new QFormLayout(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("publishStatusComboBox"));
    if (advisory.status != AdvisoryStatus::Final)
        m_status->addItem(tr("Interim (more to come)"), int(AdvisoryStatus::Interim));
    m_status->addItem(tr("Final"), int(AdvisoryStatus::Final));
    form->addRow(tr("Publish as"), m_status);
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("revisionSummaryLineEdit"));
    m_summary->setPlaceholderText(tr("What changed in this revision"));
    form->addRow(tr("Revision"), m_summary);
    m_sign = new QCheckBox(tr("Clear-sign the text with the team key"), this);
    m_sign->setObjectName(QStringLiteral("signCheckBox"));
    m_sign->setChecked(teamKey);
    m_sign->setEnabled(teamKey);
    form->addRow(QString(), m_sign);
    if (!teamKey) {
        auto* noKey = new QLabel(tr("Our team has no signing key chosen: choose it in Team → Settings, then publish "
                                    "again to sign."),
                                 this);
        noKey->setObjectName(QStringLiteral("noTeamKeyLabel"));
        noKey->setWordWrap(true);
        form->addRow(QString(), noKey);
    }
    auto* row = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderLineEdit"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    form->addRow(tr("Folder"), row);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Publish"));
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Write the files into"), m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    connect(m_summary, &QLineEdit::textChanged, this, &PublishDialog::updateOk);
    connect(m_folder, &QLineEdit::textChanged, this, &PublishDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void PublishDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_summary->text().trimmed().isEmpty() && QDir(m_folder->text()).exists() &&
                     !m_folder->text().isEmpty());
}

QString PublishDialog::folder() const
{
    return m_folder->text();
}

AdvisoryStatus PublishDialog::status() const
{
    return static_cast<AdvisoryStatus>(m_status->currentData().toInt());
}

QString PublishDialog::revisionSummary() const
{
    return m_summary->text().trimmed();
}

bool PublishDialog::sign() const
{
    return m_sign->isChecked();
}

} // namespace fb
