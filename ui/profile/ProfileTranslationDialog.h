// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileTranslationDialog: asks for the language of a new translation of the team profile: one of the languages
// Firebreak itself is translated into, or any other code typed in.
#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace fb {

class ProfileTranslationDialog : public QDialog
{
    Q_OBJECT

public:
    // taken: languages the profile already has (the original and its translations); they are not offered.
    explicit ProfileTranslationDialog(const QStringList& taken, QWidget* parent = nullptr);
    // The chosen language code, trimmed.
    QString language() const;

private:
    void updateOk();

    QStringList m_taken;
    QComboBox* m_language = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace fb
