// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfileTranslationDialog.h"

#include "core/base/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

ProfileTranslationDialog::ProfileTranslationDialog(const QStringList& taken, QWidget* parent)
    : QDialog(parent)
    , m_taken(taken)
{
    setObjectName(QStringLiteral("profileTranslationDialog"));
    setWindowTitle(tr("New translation of the team profile"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("The translation starts as a copy of the original. Its renderings say that only the "
                               "original language version is binding."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("translationLanguageComboBox"));
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    m_language->setToolTip(tr("A language code such as de or pt-BR; any code can be typed in"));
    for (const QString& available : Translations::available()) {
        QString code = available;
        code.replace(QLatin1Char('_'), QLatin1Char('-'));
        if (!m_taken.contains(code, Qt::CaseInsensitive))
            m_language->addItem(code);
    }
    m_language->setCurrentIndex(-1);
    m_language->setEditText(QString());
    form->addRow(tr("&Language code:"), m_language);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::editTextChanged, this, &ProfileTranslationDialog::updateOk);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updateOk();
}

QString ProfileTranslationDialog::language() const
{
    return m_language->currentText().trimmed();
}

void ProfileTranslationDialog::updateOk()
{
    const QString code = language();
    m_ok->setEnabled(!code.isEmpty() && !m_taken.contains(code, Qt::CaseInsensitive));
}

} // namespace fb
