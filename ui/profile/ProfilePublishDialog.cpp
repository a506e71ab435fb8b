// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfilePublishDialog.h"

#include "core/crypto/KeyInfo.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fb {

ProfilePublishDialog::ProfilePublishDialog(const QString& signingKey, const QString& folder, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("profilePublishDialog"));
    setWindowTitle(tr("Sign and publish the team profile"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("The profile is signed with the team key and kept as a new version. The signed text, "
                                "HTML, PDF and a signed security.txt are written to the folder."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* key = new QLabel(groupedFingerprint(signingKey), this);
    key->setObjectName(QStringLiteral("fingerprintLabel"));
    key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Team key:"), key);
    auto* row = new QHBoxLayout;
    m_folder = new QLineEdit(folder, this);
    m_folder->setObjectName(QStringLiteral("folderLineEdit"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    row->addWidget(m_folder, 1);
    row->addWidget(browseButton);
    form->addRow(tr("&Folder:"), row);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign and publish"));
    form->addRow(m_buttons);
    connect(browseButton, &QPushButton::clicked, this, &ProfilePublishDialog::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &ProfilePublishDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QString ProfilePublishDialog::folder() const
{
    return m_folder->text().trimmed();
}

void ProfilePublishDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Publish the team profile to"), folder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void ProfilePublishDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!folder().isEmpty() && QDir(folder()).exists());
}

} // namespace fb
