// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/NewPassphraseFields.h"

#include "ui/start/PassphraseStrength.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace fb {

NewPassphraseFields::NewPassphraseFields(QFormLayout* form, const QString& label, QWidget* parent)
    : QObject(parent)
{
    m_passphrase = new QLineEdit(parent);
    m_passphrase->setObjectName(QStringLiteral("newPassphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(label, m_passphrase);
    m_repeat = new QLineEdit(parent);
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseLineEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Repeat passphrase:"), m_repeat);
    m_match = new QLabel(parent);
    m_match->setObjectName(QStringLiteral("passphraseMatchLabel"));
    form->addRow(QString(), m_match);
    m_strengthBar = new QProgressBar(parent);
    m_strengthBar->setObjectName(QStringLiteral("strengthProgressBar"));
    m_strengthBar->setRange(0, 4);
    m_strengthBar->setTextVisible(false);
    m_strengthLabel = new QLabel(parent);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    form->addRow(tr("Strength:"), m_strengthBar);
    form->addRow(QString(), m_strengthLabel);
    connect(m_passphrase, &QLineEdit::textChanged, this, &NewPassphraseFields::updateStrength);
    for (QLineEdit* edit : {m_passphrase, m_repeat}) {
        connect(edit, &QLineEdit::textChanged, this, &NewPassphraseFields::updateMatch);
        connect(edit, &QLineEdit::textChanged, this, &NewPassphraseFields::edited);
    }
    updateStrength();
    updateMatch();
}

QString NewPassphraseFields::problem() const
{
    if (m_passphrase->text() != m_repeat->text())
        return tr("The two passphrases differ.");
    if (!PassphraseStrength::evaluate(m_passphrase->text()).acceptable())
        return tr("This passphrase is too easy to guess. Use several unrelated words or a longer phrase.");
    return {};
}

SecretBytes NewPassphraseFields::take()
{
    QString text = m_passphrase->text();
    m_passphrase->clear();
    m_repeat->clear();
    return SecretBytes::takeUtf8(text);
}

void NewPassphraseFields::updateMatch()
{
    // Said while typing the repeat, not before: an empty repeat is no mistake yet.
    if (m_repeat->text().isEmpty())
        m_match->clear();
    else if (m_repeat->text() == m_passphrase->text())
        m_match->setText(tr("The passphrases match."));
    else if (m_passphrase->text().startsWith(m_repeat->text()))
        m_match->setText(tr("Keep typing: the repeat is shorter."));
    else
        m_match->setText(tr("The two passphrases differ."));
}

void NewPassphraseFields::updateStrength()
{
    const PassphraseStrength strength = PassphraseStrength::evaluate(m_passphrase->text());
    m_strengthBar->setValue(strength.score());
    m_strengthLabel->setText(m_passphrase->text().isEmpty() ? tr("Enter a passphrase") : strength.label());
}

} // namespace fb
