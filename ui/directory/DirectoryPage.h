// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryPage: the contact directory: the team list with filters, the selected team in full, a lookup box
// ("who handles 2001:db8::/32?"), imports (Trusted Introducer teams.json, vCard, OpenPGP keys,
// another team's RFC 2350 document) and vCard export.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Person.h"
#include "ui/directory/DirectoryImportJob.h"

#include "core/directory/DirectoryKeys.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QTableView;

namespace fb {

class JobRunner;
class TeamDetailView;
class TeamFilterModel;
class TeamTableModel;
class WorkspaceSession;

class DirectoryPage : public QWidget
{
    Q_OBJECT

public:
    // Shows the question whether to link the 2.8 key of a document another key signed; true to link it.
    // A test hook: tests answer (and look at the dialog) without running it.
    using SignerPrompt = std::function<bool(QMessageBox& question)>;

    explicit DirectoryPage(QWidget* parent = nullptr);
    void setSignerPrompt(SignerPrompt prompt) { m_signerPrompt = std::move(prompt); }

    void setSession(WorkspaceSession* session);
    void reload();

    // Answers the lookup box: selects and shows the most specific team; false when nobody handles it.
    bool lookup(const QString& query);
    // Starts an import of `path` (no file dialog); keys are linked to `linkTeam` when given.
    void importFile(DirectoryImportKind kind, const QString& path, std::optional<qint64> linkTeam = std::nullopt);
    Status exportVCard(const QString& path);
    bool isImporting() const;
    // The keyring is read by a job after the list shows; true until it has answered.
    bool isCheckingKeys() const;

    bool selectTeam(qint64 teamId);
    qint64 currentTeamId() const;
    TeamDetailView* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }
    QString importMessage() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void checkKeys();
    void showKeys(const QList<LinkedKey>& linked);
    void buildFilters(QWidget* bar);
    void applyFilter();
    void fillFilterChoices();
    void showCurrent();
    void chooseImport(DirectoryImportKind kind, std::optional<qint64> linkTeam = std::nullopt);
    void chooseExport();
    void showImportResult(const QString& summary, const QStringList& problems);
    void confirmSigner(const ProfileImportOutcome& imported);

    WorkspaceSession* m_session = nullptr;
    TeamTableModel* m_model = nullptr;
    TeamFilterModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    TeamDetailView* m_detail = nullptr;
    QLineEdit* m_lookup = nullptr;
    QLabel* m_lookupResult = nullptr;
    QLineEdit* m_words = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_ti = nullptr;
    QCheckBox* m_stale = nullptr;
    QCheckBox* m_keyConcerns = nullptr;
    QLabel* m_importResult = nullptr;
    QPlainTextEdit* m_importProblems = nullptr;
    DirectoryImportJob* m_job = nullptr;
    QList<Person> m_people;
    bool m_needsReload = false;
    JobRunner* m_keyCheck = nullptr;
    SignerPrompt m_signerPrompt;
};

} // namespace fb
