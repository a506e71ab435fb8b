// SPDX-License-Identifier: GPL-3.0-or-later
// ProfilePage: the team's RFC 2350 profile: the sections as a tree, the selected section's text, the rendered
// plain text as a live preview and the lint findings (a finding selects its section); save, fill from our
// directory entry, translations, "Sign and publish…" (blocked by lint errors) and the published versions.
#pragma once

#include "core/base/LintFinding.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/TeamProfile.h"
#include "ui/profile/ProfilePublishJob.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace fb {

class JobRunner;
class WorkspaceSession;

class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    // Reads the draft of the chosen language again (unsaved edits are dropped) and checks the team key.
    void reload();

    bool selectSection(const QString& number);
    QString currentSection() const { return m_section; }
    const TeamProfile& profile() const { return m_profile; }
    const QList<LintFinding>& findings() const { return m_findings; }
    bool isDirty() const { return m_dirty; }
    // The team key is looked up in a job after reload(); true until it has answered.
    bool isCheckingKey() const { return m_checkingKey; }
    bool isPublishing() const { return m_publishing; }
    QString message() const;

    bool save();
    bool fillFromDirectory();
    // "New translation" without the dialog: a copy of the original in `language`, then shown; false (and a
    // message) when there is no original or the profile already has that language.
    bool createTranslation(const QString& language);
    // "Sign and publish" into folder, without the dialog; false when it cannot start.
    bool publishTo(const QString& folder);
    // Renders the preview and runs the lint now instead of after the typing pause.
    void refreshPreview();

Q_SIGNALS:
    void publishFinished(const QStringList& files, const QString& error);

private:
    void buildTree();
    void loadLanguages();
    void loadDraft(const QString& language);
    void startKeyCheck();
    void onSectionChanged(QTreeWidgetItem* item);
    void onTextEdited();
    void onLanguageChosen(int index);
    void onFindingActivated(QListWidgetItem* item);
    void askPublish();
    void showVersions();
    void askTranslation();
    void finishPublish(const ProfilePublishOutcome& outcome);
    void updateButtons();
    void setMessage(const QString& text, bool error);

    WorkspaceSession* m_session = nullptr;
    TeamProfile m_profile;
    QString m_language; // as the store names it: empty for the original
    QString m_section;
    QDateTime m_changedAt;
    QString m_signingKey;
    std::optional<ProfileLintContext> m_keyContext;
    QList<LintFinding> m_findings;
    QString m_lastFolder;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_checkingKey = false;
    bool m_publishing = false;
    JobRunner* m_keyCheck = nullptr;   // what the lint needs to know of the team key
    JobRunner* m_publishJob = nullptr; // "Sign and publish"

    QComboBox* m_languages = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_fill = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_versions = nullptr;
    QPushButton* m_translate = nullptr;
    QLabel* m_message = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_sectionTitle = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QListWidget* m_lint = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace fb
