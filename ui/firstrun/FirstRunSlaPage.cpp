// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/FirstRunSlaPage.h"

#include "core/settings/FirstRun.h"
#include "core/settings/SettingValues.h"
#include "core/settings/WorkspaceSettings.h"
#include "ui/settings/SlaPolicyEditor.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fb {

namespace {

// The policy alone, checked as Settings checks it (the other values are valid defaults).
Status check(const SlaPolicy& policy)
{
    SettingValues values;
    values.sla = policy;
    values.staleDays = WorkspaceSettings::kMinStaleDays;
    return WorkspaceSettings::validate(values);
}

} // namespace

FirstRunSlaPage::FirstRunSlaPage(WorkspaceSession& session, QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("firstRunSlaPage"));
    setTitle(tr("Service levels"));
    setSubTitle(tr("How soon a ticket gets its first response, and how soon it should be resolved, by severity. "
                   "Times are calendar time, round the clock."));
    auto* layout = new QVBoxLayout(this);
    m_editor = new SlaPolicyEditor(this);
    m_editor->setObjectName(QStringLiteral("slaPolicyEditor"));
    layout->addWidget(m_editor);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("slaErrorLabel"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addStretch(1);
    if (auto policy = session.sla().slaPolicy())
        m_editor->setPolicy(*policy);
    else
        showError(policy.error());
    connect(m_editor, &SlaPolicyEditor::edited, this, &FirstRunSlaPage::recheck);
}

Status FirstRunSlaPage::apply(FirstRun& guide)
{
    return guide.applySla(m_editor->policy());
}

bool FirstRunSlaPage::validatePage()
{
    const Status status = check(m_editor->policy());
    if (!status) {
        showError(status.error());
        return false;
    }
    return true;
}

void FirstRunSlaPage::showError(const Error& error)
{
    m_errorShown = true;
    m_error->setText(tr("⚠ %1").arg(error.message));
}

void FirstRunSlaPage::recheck()
{
    if (!m_errorShown)
        return;
    const Status status = check(m_editor->policy());
    m_error->setText(status ? QString() : tr("⚠ %1").arg(status.error().message));
    m_errorShown = !status;
}

} // namespace fb
