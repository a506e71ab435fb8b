// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryPage: the team's advisories: the list, the editor, a live preview (text and HTML) with the lint
// findings, saving, and "Publish…" (a new revision, then CSAF, signed text, HTML and PDF into a folder, all of it
// one job off the GUI thread: core/advisory/AdvisoryPublisher). Lint errors block publishing.
#pragma once

#include "core/advisory/Advisory.h"
#include "ui/advisory/AdvisoryPublishJob.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace fb {

class AdvisoryEditor;
class AdvisoryPreview;
class JobRunner;
class WorkspaceSession;

class AdvisoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdvisoryPage(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    void reload();
    // Shows the advisory with this row id (false when it is not in the list).
    bool select(qint64 id);

    AdvisoryEditor* editor() const { return m_editor; }
    AdvisoryPreview* preview() const { return m_preview; }
    bool canPublish() const;
    QString message() const;

    // Publishes the shown advisory (saving it first) as interim or final with a revision summary and writes its
    // files into folder, as a job; publishFinished() says how it went. The "Publish…" dialog calls this.
    void publishTo(const QString& folder, AdvisoryStatus status, const QString& revisionSummary, bool sign);
    // Starts a draft from a CSAF 2.0 file (keeping its provenance) and shows it; false with the reason in
    // message() when the file cannot be read. The "Import CSAF…" button calls this.
    bool importCsaf(const QString& path);

Q_SIGNALS:
    void publishFinished(const QStringList& files, const QString& error);

private:
    void showSelected();
    void edited();
    bool save();
    void newAdvisory();
    void askPublish();
    void finishPublish(const AdvisoryPublishOutcome& outcome);
    void askImport();
    void setMessage(const QString& text, bool problem);
    void updateButtons();

    WorkspaceSession* m_session = nullptr;
    Advisory m_current;
    bool m_dirty = false;
    bool m_publishing = false;
    JobRunner* m_publishJob = nullptr;
    QListWidget* m_list = nullptr;
    AdvisoryEditor* m_editor = nullptr;
    AdvisoryPreview* m_preview = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_publish = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace fb
