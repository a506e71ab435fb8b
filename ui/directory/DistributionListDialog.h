// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionListDialog: makes a new distribution list (name and description) through DistributionListStore;
// a refusal (no name, a number, a name in use) is shown in the dialog, which stays open.
#pragma once

#include "core/base/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fb {

class WorkspaceSession;

class DistributionListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DistributionListDialog(WorkspaceSession& session, QWidget* parent = nullptr);

    Status save();
    qint64 savedId() const { return m_savedId; }
    QString errorText() const;

private:
    WorkspaceSession& m_session;
    qint64 m_savedId = 0;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fb
