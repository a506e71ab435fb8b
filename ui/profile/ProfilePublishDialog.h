// SPDX-License-Identifier: GPL-3.0-or-later
// ProfilePublishDialog: asks where "Sign and publish" writes the team profile, and shows which key signs it
// (its fingerprint grouped by four, in a monospace font).
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace fb {

class ProfilePublishDialog : public QDialog
{
    Q_OBJECT

public:
    ProfilePublishDialog(const QString& signingKey, const QString& folder, QWidget* parent = nullptr);
    QString folder() const;

private:
    void browse();
    void updateOk();

    QLineEdit* m_folder = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fb
