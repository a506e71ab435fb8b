// SPDX-License-Identifier: GPL-3.0-or-later
// NewPassphraseFields: a new workspace passphrase typed twice, with a strength meter (zxcvbn) and a live check that
// the two match, as rows of a form. The same fields where a workspace is created and where its passphrase is changed.
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QWidget;

namespace fb {

class NewPassphraseFields : public QObject
{
    Q_OBJECT

public:
    // Adds the rows to form, the first under label; the widgets are children of parent.
    NewPassphraseFields(QFormLayout* form, const QString& label, QWidget* parent);

    // Why the typed passphrase cannot be taken (the two differ, too easy to guess); empty when it can.
    QString problem() const;
    // The passphrase, in wiped memory; both fields are cleared.
    SecretBytes take();
    // For tab order and Enter.
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* repeatEdit() const { return m_repeat; }

Q_SIGNALS:
    // Either field changed.
    void edited();

private:
    void updateStrength();
    void updateMatch();

    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QProgressBar* m_strengthBar = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QLabel* m_match = nullptr;
};

} // namespace fb
