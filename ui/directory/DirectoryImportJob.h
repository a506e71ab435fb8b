// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryImportJob: one directory import (Trusted Introducer teams.json, vCard, ASCII-armoured keys, or another
// team's RFC 2350 document, its signature checked against the workspace keyring) as a job:
// on a worker thread with its own connection to the workspace it reads the file, parses it and merges it in one
// transaction, reporting progress to a dialog whose Cancel rolls everything back and whose "Stop and keep" (teams
// and vCard files, which merge entry by entry) keeps the entries merged so far. The outcome (a summary and the
// problems, each with its position) comes back on the GUI thread.
#pragma once

#include "core/base/Result.h"
#include "core/profile/ProfileImporter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QWidget;

namespace fb {

class DirectoryImportProgressDialog;
class JobRunner;
class WorkspaceSession;

enum class DirectoryImportKind { TrustedIntroducer, VCard, Keys, Rfc2350 };

struct DirectoryImportOutcome
{
    QString summary;      // one sentence naming the file
    QStringList problems; // "position: message", and fields kept because a person edited them
    std::optional<qint64> linkTeam;
    std::optional<qint64> team; // the team an RFC 2350 import created or updated
    // An RFC 2350 import as core reported it: the page asks whether to accept a signer that is not the 2.8 key.
    std::optional<ProfileImportOutcome> profileImport;
    bool stopped = false; // stopped on request: the entries merged before were kept, the rest was not read
};

class DirectoryImportJob : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryImportJob(QWidget* dialogParent);
    ~DirectoryImportJob() override;

    bool isBusy() const;
    // Keys are linked to linkTeam when given. failed() when no worker connection could be opened, as for any
    // other error.
    void start(WorkspaceSession& session, DirectoryImportKind kind, const QString& path,
               std::optional<qint64> linkTeam = std::nullopt);
    // Rolls the whole import back.
    void cancel();
    // Ends the import at the next entry and keeps what is merged (teams and vCard files; the others end as usual).
    void stop();

Q_SIGNALS:
    void finished(const fb::DirectoryImportOutcome& outcome);
    void failed(const fb::Error& error);

private:
    void onFinished(const Result<DirectoryImportOutcome>& outcome);

    QWidget* m_dialogParent;
    QPointer<DirectoryImportProgressDialog> m_progress;
    JobRunner* m_runner = nullptr;
};

} // namespace fb
