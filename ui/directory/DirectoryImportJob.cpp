// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryImportJob.h"

#include "core/base/Clock.h"
#include "core/base/Job.h"
#include "core/crypto/KeyInfo.h"
#include "core/crypto/KeyringStore.h"
#include "core/crypto/OpenPgp.h"
#include "core/crypto/SignatureStatus.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryKeys.h"
#include "core/directory/TeamReader.h"
#include "core/directory/DirectoryVCard.h"
#include "core/directory/TrustedIntroducerReader.h"
#include "core/profile/ProfileImporter.h"
#include "core/profile/ProfileStore.h"
#include "core/vault/Vault.h"
#include "ui/directory/DirectoryImportProgressDialog.h"
#include "ui/job/JobRunner.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QWidget>

namespace fb {

namespace {

constexpr qint64 kChunk = 256 * 1024;
constexpr int kShowProgressAfter = 300; // ms
constexpr qint64 kMaxImportBytes = 256LL * 1024 * 1024;

Error cancelled()
{
    return Error{ErrorCode::Cancelled, DirectoryImportJob::tr("The import was cancelled; nothing was changed."), {}};
}

struct Request
{
    DirectoryImportKind kind;
    QString file;  // the import file
    QDateTime now; // the worker's clock is pinned: the session's clock may not outlive the job
    QString actor;
    std::optional<qint64> linkTeam;
};

Result<QByteArray> readFile(const QString& path, JobControl& control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, DirectoryImportJob::tr("The import file could not be opened."), path);
    const qint64 size = file.size();
    if (size > kMaxImportBytes)
        return fail(ErrorCode::BadInput, DirectoryImportJob::tr("The import file is larger than 256 MiB."), path);
    QByteArray data;
    data.reserve(size);
    while (!file.atEnd()) {
        if (control.isCancelled())
            return fail(cancelled());
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(ErrorCode::Io, DirectoryImportJob::tr("The import file could not be read."), path);
        data += chunk;
        control.setProgress(data.size(), std::max<qint64>(size, 1), DirectoryImportJob::tr("Reading the file…"));
    }
    return data;
}

// Progress of the merge, scaled after the reading: the importer counts entries.
class MergeProgress final : public JobControl
{
public:
    explicit MergeProgress(JobControl& outer)
        : m_outer(outer)
    {
    }
    bool isCancelled() const override { return m_outer.isCancelled(); }
    bool isStopRequested() const override { return m_outer.isStopRequested(); }
    void report(const JobProgress& progress) override
    {
        m_outer.setProgress(progress.done, std::max<qint64>(progress.total, 1),
                            DirectoryImportJob::tr("Merging the entries…"));
    }

private:
    JobControl& m_outer;
};

// Another team's RFC 2350 document: its signature is checked against the keys the workspace trusts; a bad
// signature imports nothing.
Result<DirectoryImportOutcome> importProfile(Vault& vault, Clock& clock, const Request& request,
                                             const QByteArray& document, const QString& name)
{
    //: %1 is an import file's name, %2 what was wrong with it
    auto prefixed = [&name](const Error& error) {
        return Error{error.code,
                     QCoreApplication::translate("fb::DirectoryImportJob", "%1: %2").arg(name, error.message),
                     error.where};
    };
    FB_TRY_ASSIGN(auto home, KeyringStore(vault, clock).materialise());
    OpenPgp pgp(home);
    TeamReader directory(vault);
    ProfileStore profiles(ChangeContext{vault, clock, request.actor});
    auto imported = ProfileImporter::import(ChangeContext{vault, clock, request.actor}, profiles, pgp, document, name);
    if (!imported)
        return fail(prefixed(imported.error()));
    FB_TRY_ASSIGN(auto team, directory.team(imported->teamId));
    DirectoryImportOutcome outcome;
    outcome.team = imported->teamId;
    const QString action =
        imported->created
            //: %1 is an import file's name, %2 a team's name
            ? QCoreApplication::translate("fb::DirectoryImportJob", "%1: team %2 added to the directory.")
            //: %1 is an import file's name, %2 a team's name
            : QCoreApplication::translate("fb::DirectoryImportJob", "%1: team %2 updated in the directory.");
    outcome.summary =
        action.arg(name, team.displayName()) + QLatin1Char(' ') + sentence(imported->verification.signature);
    if (const QString signer = ProfileVerifier::signerSentence(imported->verification); !signer.isEmpty())
        outcome.summary += QLatin1Char(' ') + signer;
    if (!imported->heldBackKey.isEmpty())
        //: %1 is an OpenPGP fingerprint
        outcome.problems.append(QCoreApplication::translate("fb::DirectoryImportJob",
                                                            "The key named in 2.8 (%1) was not linked to the team.")
                                    .arg(groupedFingerprint(imported->heldBackKey)));
    for (const QString& network : std::as_const(imported->constituencyNotUnderstood))
        //: %1 is a piece of section 3.2 of an imported RFC 2350 document and why it was not taken
        outcome.problems.append(
            QCoreApplication::translate("fb::DirectoryImportJob", "Constituency (3.2), not taken: %1").arg(network));
    outcome.profileImport = *imported;
    outcome.problems += imported->report.keptEdits;
    for (const ImportProblem& problem : std::as_const(imported->report.problems))
        outcome.problems.append(problem.position + QStringLiteral(": ") + problem.message);
    if (imported->verification.profile) {
        for (const UnmappedText& unmapped : std::as_const(imported->verification.profile->unmapped))
            //: %1 is a heading in the imported document that matches no RFC 2350 section
            outcome.problems.append(
                QCoreApplication::translate("fb::DirectoryImportJob",
                                            "Not mapped to an RFC 2350 section, kept with the import: %1")
                    .arg(unmapped.heading));
    }
    return outcome;
}

Result<DirectoryImportOutcome> run(Vault& vault, const Request& request, JobControl& control)
{
    const QString name = QFileInfo(request.file).fileName();
    auto prefixed = [&name](const Error& error) {
        //: %1 is an import file's name, %2 what was wrong with it
        return Error{error.code, DirectoryImportJob::tr("%1: %2").arg(name, error.message), error.where};
    };
    auto data = readFile(request.file, control);
    if (!data)
        return fail(data.error().code == ErrorCode::Cancelled ? data.error() : prefixed(data.error()));
    FixedClock clock(request.now);
    if (request.kind == DirectoryImportKind::Rfc2350) {
        if (control.isCancelled())
            return fail(cancelled());
        control.setProgress(0, 1,
                            QCoreApplication::translate("fb::DirectoryImportJob",
                                                        "Checking the signature and importing the document…"));
        return importProfile(vault, clock, request, *data, name);
    }
    DirectoryImportOutcome outcome;
    outcome.linkTeam = request.linkTeam;

    if (request.kind == DirectoryImportKind::Keys) {
        if (control.isCancelled())
            return fail(cancelled());
        control.setProgress(0, 1, DirectoryImportJob::tr("Importing the keys…"));
        KeyringStore keyring(vault, clock);
        auto imported = DirectoryKeys(ChangeContext{vault, clock, request.actor}, keyring)
                            .importArmoured(*data, DirectoryImportJob::tr("file %1").arg(name), request.linkTeam);
        if (!imported)
            return fail(prefixed(imported.error()));
        outcome.summary = QCoreApplication::translate("fb::DirectoryImportJob", "%1: %n key(s) imported.", nullptr,
                                                      int(imported->size()))
                              .arg(name);
        return outcome;
    }

    control.setProgress(0, 1, DirectoryImportJob::tr("Reading the entries…"));
    Result<ImportedDirectory> parsed = request.kind == DirectoryImportKind::TrustedIntroducer
                                           ? TrustedIntroducerReader::read(*data)
                                           : Result<ImportedDirectory>(DirectoryVCard::read(*data, name));
    if (!parsed)
        return fail(prefixed(parsed.error()));
    if (control.isCancelled())
        return fail(cancelled());
    MergeProgress merge(control);
    auto report = DirectoryImporter(ChangeContext{vault, clock, request.actor}).import(*parsed, &merge);
    if (!report)
        return fail(report.error().code == ErrorCode::Cancelled ? cancelled() : prefixed(report.error()));
    for (const ImportProblem& problem : report->problems)
        //: %1 is a position in the import file (line 12, teams[3].country), %2 what was wrong there
        outcome.problems.append(DirectoryImportJob::tr("%1: %2").arg(problem.position, problem.message));
    for (const ImportProblem& warning : report->warnings)
        //: %1 is a position in the import file (contacts.vcf, line 12), %2 what was read differently or left out
        outcome.problems.append(DirectoryImportJob::tr("%1: warning: %2").arg(warning.position, warning.message));
    outcome.problems += report->keptEdits;
    outcome.stopped = report->stopped;
    const QString counts = outcome.stopped
                               ? DirectoryImportJob::tr("%1: stopped on request, the entries merged so far are kept: "
                                                        "%2 added, %3 updated, %4 unchanged, %5 skipped, %6 not "
                                                        "reached. Import the file again to complete it.")
                               : DirectoryImportJob::tr("%1: %2 added, %3 updated, %4 unchanged, %5 skipped.");
    outcome.summary = counts.arg(name)
                          .arg(report->added.size())
                          .arg(report->updated.size())
                          .arg(report->unchanged.size())
                          .arg(report->skipped.size());
    if (outcome.stopped)
        outcome.summary = outcome.summary.arg(report->notReached.size());
    return outcome;
}

} // namespace

DirectoryImportJob::DirectoryImportJob(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_runner(new JobRunner(this))
{
    connect(m_runner, &JobRunner::progressChanged, this, [this](const JobProgress& progress) {
        if (m_progress)
            m_progress->showProgress(progress);
    });
}

DirectoryImportJob::~DirectoryImportJob() = default;

bool DirectoryImportJob::isBusy() const
{
    return m_runner->isRunning();
}

void DirectoryImportJob::start(WorkspaceSession& session, DirectoryImportKind kind, const QString& path,
                               std::optional<qint64> linkTeam)
{
    if (isBusy())
        return;
    const Request request{kind, path, session.clock().nowUtc(), session.actor(), linkTeam};

    // Teams and vCard files are merged entry by entry: those can stop between entries and keep what is merged.
    const bool canStop = kind == DirectoryImportKind::TrustedIntroducer || kind == DirectoryImportKind::VCard;
    m_progress = new DirectoryImportProgressDialog(tr("Importing %1…").arg(QFileInfo(path).fileName()), canStop,
                                                   m_dialogParent);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress.data(), &DirectoryImportProgressDialog::cancelRequested, this, &DirectoryImportJob::cancel);
    connect(m_progress.data(), &DirectoryImportProgressDialog::stopRequested, this, &DirectoryImportJob::stop);
    // Shown once the import takes a moment: a short one finishes without a flash of a dialog.
    QTimer::singleShot(kShowProgressAfter, m_progress.data(), &QDialog::show);
    m_runner->start<DirectoryImportOutcome>(
        session.vault(), [request](Vault& vault, JobControl& control) { return run(vault, request, control); },
        [this](Result<DirectoryImportOutcome> outcome) { onFinished(outcome); });
}

void DirectoryImportJob::cancel()
{
    m_runner->cancel();
}

void DirectoryImportJob::stop()
{
    m_runner->stop();
}

void DirectoryImportJob::onFinished(const Result<DirectoryImportOutcome>& outcome)
{
    if (m_progress)
        m_progress->deleteLater();
    if (!outcome) {
        Q_EMIT failed(outcome.error().code == ErrorCode::Cancelled ? cancelled() : outcome.error());
        return;
    }
    Q_EMIT finished(*outcome);
}

} // namespace fb
