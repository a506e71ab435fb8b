// SPDX-License-Identifier: GPL-3.0-or-later
// FirstRunSlaPage: the guide's last step: first response and resolution per severity, prefilled with the policy the
// workspace holds. Checked as the Settings page checks it (WorkspaceSettings::validate).
#pragma once

#include "core/base/Error.h"
#include "core/base/Result.h"

#include <QWizardPage>

class QLabel;

namespace fb {

class FirstRun;
class SlaPolicyEditor;
class WorkspaceSession;

class FirstRunSlaPage : public QWizardPage
{
    Q_OBJECT

public:
    FirstRunSlaPage(WorkspaceSession& session, QWidget* parent = nullptr);

    SlaPolicyEditor* editor() const { return m_editor; }
    Status apply(FirstRun& guide);
    void showError(const Error& error);

    bool validatePage() override;

private:
    void recheck();

    SlaPolicyEditor* m_editor = nullptr;
    QLabel* m_error = nullptr;
    bool m_errorShown = false;
};

} // namespace fb
