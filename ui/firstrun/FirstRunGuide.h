// SPDX-License-Identifier: GPL-3.0-or-later
// FirstRunGuide: the short guide a new workspace opens with: our team (name, e-mail, subject tag), our key (choose,
// import or create one), the SLA policy. Each step can be skipped and is found later in Settings; Finish applies the
// steps not skipped, each as one change (core/settings/FirstRun). Finished or cancelled (Esc: skip all), the
// workspace remembers that the guide was done, so it never comes back on its own.
#pragma once

#include <QSet>
#include <QWizard>

#include <functional>

namespace fb {

class FirstRunKeyPage;
class FirstRunSlaPage;
class FirstRunTeamPage;
class WorkspaceSession;

class FirstRunGuide : public QWizard
{
    Q_OBJECT

public:
    enum PageId { TeamPage, KeyPage, SlaPage };
    // Asks for a key file to import; empty when cancelled. A test hook: tests answer instead of a file dialog.
    using FilePrompt = std::function<QString(QWidget* parent)>;

    explicit FirstRunGuide(WorkspaceSession& session, QWidget* parent = nullptr);
    ~FirstRunGuide() override;

    WorkspaceSession& session() { return m_session; }
    bool isSkipped(int pageId) const { return m_skipped.contains(pageId); }
    // Skips the current step (and goes to the next, or finishes on the last).
    void skipCurrent();
    // The session is going away (the workspace locks): close without writing anything.
    void abandon();

    FirstRunTeamPage* teamPage() const { return m_team; }
    FirstRunKeyPage* keyPage() const { return m_key; }
    FirstRunSlaPage* slaPage() const { return m_sla; }
    void setKeyFilePrompt(FilePrompt prompt);

    void done(int result) override;
    bool validateCurrentPage() override;

Q_SIGNALS:
    // The guide changed the workspace (our team, key or SLA policy): pages showing them reload.
    void applied();

private:
    // Applies every step not skipped; on an error shows it on its page (going back there) and returns false.
    bool applyAll();
    void goBackTo(int pageId);
    void updateSkipButton();

    WorkspaceSession& m_session;
    FirstRunTeamPage* m_team = nullptr;
    FirstRunKeyPage* m_key = nullptr;
    FirstRunSlaPage* m_sla = nullptr;
    QSet<int> m_skipped;
    bool m_skipping = false;
    bool m_abandoned = false;
};

} // namespace fb
