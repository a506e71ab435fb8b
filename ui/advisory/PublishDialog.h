// SPDX-License-Identifier: GPL-3.0-or-later
// PublishDialog: asks how to publish an advisory: interim or final, what changed, whether to sign the text
// with the team key, and the folder to write the files into.
#pragma once

#include "core/advisory/Advisory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace fb {

class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    // Without `teamKey` (our team has no signing key chosen) clear-signing is off and says where to choose one.
    PublishDialog(const Advisory& advisory, bool teamKey, QWidget* parent = nullptr);

    QString folder() const;
    AdvisoryStatus status() const;
    QString revisionSummary() const;
    bool sign() const;

private:
    void updateOk();

    QComboBox* m_status = nullptr;
    QLineEdit* m_summary = nullptr;
    QCheckBox* m_sign = nullptr;
    QLineEdit* m_folder = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fb
