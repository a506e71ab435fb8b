// SPDX-License-Identifier: GPL-3.0-or-later
// FirstRunTeamPage: the guide's first step: our team's name, e-mail address and mail subject tag, prefilled with what
// the workspace holds. Checked by FirstRun::checkTeam when leaving the page; a shown error goes when it is fixed.
#pragma once

#include "core/base/Error.h"
#include "core/base/Result.h"
#include "core/settings/FirstRun.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace fb {

class WorkspaceSession;

class FirstRunTeamPage : public QWizardPage
{
    Q_OBJECT

public:
    FirstRunTeamPage(WorkspaceSession& session, QWidget* parent = nullptr);

    FirstRun::TeamAnswers answers() const;
    Status apply(FirstRun& guide);
    void showError(const Error& error);

    bool validatePage() override;

private:
    void recheck();
    QLineEdit* fieldOf(const QString& where) const;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_tag = nullptr;
    QLabel* m_example = nullptr;
    QLabel* m_error = nullptr;
    bool m_errorShown = false;
};

} // namespace fb
