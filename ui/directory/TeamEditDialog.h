// SPDX-License-Identifier: GPL-3.0-or-later
// TeamEditDialog: adds a team to the directory or edits one: names, host organisation, country, type, web
// addresses, business hours, channels, constituency (one entry a line), linked keys, highest TLP and notes.
// Save stores the team through TeamStore (which validates it and records the edit log); a refusal is shown in the
// dialog, which stays open with everything typed. Fields the dialog does not show are kept as stored.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Team.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fb {

class ChannelTable;
class WorkspaceSession;

class TeamEditDialog : public QDialog
{
    Q_OBJECT

public:
    // A new team when `team` has no id.
    TeamEditDialog(WorkspaceSession& session, const Team& team, QWidget* parent = nullptr);

    // The team as the fields say (constituency lines refused are reported, not returned).
    Result<Team> teamFromFields() const;
    // Stores the team; on success the dialog is accepted. The refusal is also shown in the dialog.
    Status save();
    // The id of the saved team (0 until saved).
    qint64 savedId() const { return m_savedId; }
    QString errorText() const;

private:
    void showTeam(const Team& team);
    void showError(const Error& error);
    QWidget* fieldWidget(const QString& where) const;

    WorkspaceSession& m_session;
    Team m_team;
    qint64 m_savedId = 0;
    QLineEdit* m_officialName = nullptr;
    QLineEdit* m_shortName = nullptr;
    QLineEdit* m_host = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_rfc2350 = nullptr;
    QLineEdit* m_hours = nullptr;
    QComboBox* m_timeZone = nullptr;
    QCheckBox* m_24x7 = nullptr;
    QComboBox* m_tlp = nullptr;
    QCheckBox* m_verified = nullptr;
    ChannelTable* m_channels = nullptr;
    QPlainTextEdit* m_constituency = nullptr;
    QPlainTextEdit* m_keys = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fb
