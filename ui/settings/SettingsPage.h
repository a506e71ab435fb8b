// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsPage: the team lead's settings: our team (a directory entry) and its signing key, the mail subject tag,
// whether replies quote the answered message, the SLA policy per severity, the stale threshold of the directory (all
// stored in the workspace, saved in one transaction), and this computer's auto-lock time and language (QSettings).
// Reading, checking and saving is WorkspaceSettings' job, the same service `firebreak-cli settings` uses; the page
// only shows the values.
#pragma once

#include "core/base/Result.h"
#include "core/settings/SettingValues.h"
#include "core/settings/WorkspaceSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace fb {

class PlaybooksPanel;
class SlaPolicyEditor;
class WorkspaceSession;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr const char* kIdleMinutesKey = WorkspaceSettings::kIdleMinutesKey;
    static constexpr int kDefaultIdleMinutes = WorkspaceSettings::kDefaultIdleMinutes;

    explicit SettingsPage(QSettings& settings, QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    // Shows what is stored now, dropping unsaved edits.
    PlaybooksPanel* playbooks() const { return m_playbooks; }
    void reload();
    // Validates and stores everything; on an error nothing in the workspace changes and the error is shown.
    Status save();

Q_SIGNALS:
    void autoLockChanged(int minutes);
    // "Run first-run guide…" was pressed.
    void firstRunGuideRequested();

private:
    QWidget* buildWorkspaceGroup();
    QWidget* buildComputerGroup();
    void fillSigningKeys();
    // The values as the widgets show them.
    SettingValues shownValues() const;
    void showStatus(const QString& text);

    QSettings& m_settings;
    WorkspaceSession* m_session = nullptr;
    PlaybooksPanel* m_playbooks = nullptr;
    QComboBox* m_ownTeam = nullptr;
    QComboBox* m_signingKey = nullptr;
    QLineEdit* m_subjectTag = nullptr;
    QCheckBox* m_quoteOriginal = nullptr;
    SlaPolicyEditor* m_sla = nullptr;
    QSpinBox* m_staleDays = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_status = nullptr;
    // The signing key as loaded, offered first in its list.
    QString m_loadedKey;
};

} // namespace fb
