// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/FirstRunGuide.h"

#include "core/settings/FirstRun.h"
#include "ui/firstrun/FirstRunKeyPage.h"
#include "ui/firstrun/FirstRunSlaPage.h"
#include "ui/firstrun/FirstRunTeamPage.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QAbstractButton>

namespace fb {

FirstRunGuide::FirstRunGuide(WorkspaceSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("firstRunGuide"));
    setWindowTitle(tr("First steps in this workspace"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Skip this step"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("skipPushButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Leave this as it is; it can be set later in Settings."));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishPushButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelPushButton"));
    setButtonText(QWizard::CancelButton, tr("Skip &all"));
    button(QWizard::CancelButton)->setToolTip(tr("Close the guide and change nothing (Esc). It is in Settings."));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::CancelButton, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton});

    m_team = new FirstRunTeamPage(session, this);
    m_key = new FirstRunKeyPage(session, this);
    m_sla = new FirstRunSlaPage(session, this);
    setPage(TeamPage, m_team);
    setPage(KeyPage, m_key);
    setPage(SlaPage, m_sla);
    setStartId(TeamPage);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            skipCurrent();
    });
    connect(this, &QWizard::currentIdChanged, this, &FirstRunGuide::updateSkipButton);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

FirstRunGuide::~FirstRunGuide() = default;

void FirstRunGuide::setKeyFilePrompt(FilePrompt prompt)
{
    m_key->setFilePrompt(std::move(prompt));
}

void FirstRunGuide::skipCurrent()
{
    const int id = currentId();
    m_skipped.insert(id);
    m_skipping = true;
    if (nextId() == -1)
        accept();
    else
        next();
    m_skipping = false;
}

void FirstRunGuide::abandon()
{
    m_abandoned = true;
    m_key->cancelWork();
    reject();
}

bool FirstRunGuide::validateCurrentPage()
{
    if (m_skipping)
        return true;
    // Next or Finish on a step takes it, even one skipped before.
    m_skipped.remove(currentId());
    return QWizard::validateCurrentPage();
}

void FirstRunGuide::done(int result)
{
    if (m_abandoned) {
        QDialog::done(result);
        return;
    }
    if (result == QDialog::Accepted) {
        if (!validateCurrentPage())
            return;
        if (!applyAll())
            return;
    } else {
        m_key->cancelWork(); // Esc while a key is made: the key is not kept
    }
    // Done or skipped: never again on its own. A failure here only means it may be offered once more.
    (void)FirstRun(m_session.change(), m_session.sla()).markDone();
    QDialog::done(result);
}

bool FirstRunGuide::applyAll()
{
    FirstRun guide(m_session.change(), m_session.sla());
    bool changed = false;
    const auto applyPage = [&](int id, auto* page) {
        if (isSkipped(id))
            return true;
        const Status status = page->apply(guide);
        if (!status) {
            goBackTo(id);
            page->showError(status.error());
            if (changed)
                Q_EMIT applied();
            return false;
        }
        changed = true;
        return true;
    };
    if (!applyPage(TeamPage, m_team) || !applyPage(KeyPage, m_key) || !applyPage(SlaPage, m_sla))
        return false;
    if (changed)
        Q_EMIT applied();
    return true;
}

void FirstRunGuide::goBackTo(int pageId)
{
    while (currentId() != pageId && currentId() != startId())
        back();
}

void FirstRunGuide::updateSkipButton()
{
    button(QWizard::CustomButton1)->setText(nextId() == -1 ? tr("&Skip this step and finish") : tr("&Skip this step"));
}

} // namespace fb
