// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceSettings: the one place that reads, checks and saves the settings of the Settings page and of
// `firebreak-cli settings`: the workspace's (through OwnTeam, MailStore, DirectoryQueries and SlaPolicyStore, in one
// transaction) and this computer's (the GUI's QSettings: auto-lock and language).
#pragma once

#include "core/history/ChangeContext.h"
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/directory/Team.h"
#include "core/settings/SettingValues.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace fb {

class SlaPolicyStore;
class Vault;

class WorkspaceSettings
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceSettings)

public:
    // This computer's settings are the GUI's QSettings of this organisation and application.
    static constexpr const char* kOrganization = "Firebreak";
    static constexpr const char* kApplication = "firebreak";
    static constexpr const char* kIdleMinutesKey = "lock/idleMinutes";
    static constexpr int kDefaultIdleMinutes = 10;
    static constexpr int kMaxIdleMinutes = 24 * 60;
    static constexpr int kMinStaleDays = 1;
    static constexpr int kMaxStaleDays = 3650;
    static constexpr int kMinSlaMinutes = 15;
    static constexpr int kMaxSlaMinutes = 365 * 24 * 60;

    // tickets: the store whose cached SLA policy must follow a change (the GUI session's own); computer: this
    // computer's settings, or nullptr to read and write only the workspace's.
    WorkspaceSettings(const ChangeContext& change, SlaPolicyStore& sla, QSettings* computer);

    // What is stored now (defaults where nothing is).
    Result<SettingValues> load();
    // Checks the values no store checks itself (ranges, the SLA order, the language); a BadInput error names the
    // first refused one (where: its key, as SettingKeys names it).
    static Status validate(const SettingValues& values);
    // Validates, then writes what differs from what is stored: the workspace's settings in one transaction, then
    // this computer's. On an error nothing is changed.
    Status save(const SettingValues& values);

    // The language codes a user may choose: "en" and every catalogue built in.
    static QStringList languages();
    // The directory's teams, to choose ours from; the fingerprints of the keys linked to one of them.
    Result<QList<Team>> teams();
    Result<QStringList> teamKeys(qint64 teamId);
    // Our team by id, UUID, short or official name (TeamReader::findTeam); its id.
    Result<qint64> findTeam(const QString& nameOrUid);

private:
    Status saveWorkspace(const SettingValues& values);
    Status saveComputer(const SettingValues& values);

    ChangeContext m_change;
    SlaPolicyStore& m_sla;
    QSettings* m_computer = nullptr;
};

} // namespace fb
