// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryPublisher: the parts of a published advisory, made the same way for the Advisories page and
// `firebreak-cli advisory export`: CSAF 2.0 JSON under our team's publisher block (TeamPublisher), the text
// (clear-signed with the team key when one is given), HTML; and writing them all into a folder. Signing may wait
// for a passphrase: the GUI runs publishRevision() as one job off its thread.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/advisory/CsafWriter.h"
#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/history/ChangeContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace fb {

class Clock;
class OpenPgp;
class Vault;

struct AdvisoryPublication
{
    Advisory advisory;
    CsafPublisher publisher;
    QString folder;
    QString signKey; // empty: the text is written unsigned
    QDateTime generatedAt;
    QByteArray pdf; // laid out by the caller (it needs fonts); empty: no PDF
};

// The user's choices for publishing a new revision of a stored advisory and writing its files.
struct AdvisoryRevisionRequest
{
    qint64 advisoryId = 0;
    AdvisoryStatus status = AdvisoryStatus::Final;
    QString revisionSummary;
    QString folder;
    bool sign = false; // clear-sign the text with the team key (OwnTeam)
};

// A published revision: the advisory is stored as published; its files may still have failed.
struct PublishedRevision
{
    Advisory advisory;         // as published
    Result<QStringList> files; // written, in order; an error: none were
    Status pdf;                // an error: the PDF could not be laid out, the other files were written without it
};

// Lays out the PDF of a published advisory (author: the publisher's name). Core has no fonts: the front end
// gives it; an empty function means no PDF.
using AdvisoryPdfLayout = std::function<Result<QByteArray>(const Advisory& advisory, const QString& author)>;

class AdvisoryPublisher
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryPublisher)

public:
    AdvisoryPublisher() = delete;

    // CSAF 2.0 JSON under our team's publisher block, refused while lint finds errors or a mandatory test fails.
    static Result<QByteArray> csaf(Vault& vault, const Advisory& advisory, const QDateTime& generatedAt);
    // The 72-column text; clear-signed with signKey's secret key unless signKey is empty.
    static Result<QByteArray> text(OpenPgp& pgp, const Advisory& advisory, const QString& signKey);
    // Writes <csaf name>.json, .html, .pdf (when given) and .txt (.txt.asc when signed) into the folder; the paths
    // written. Nothing is written unless every part could be made (and the job was not cancelled by then).
    static Result<QStringList> publish(const AdvisoryPublication& publication, OpenPgp& pgp, JobControl& job);
    // "Publish…": finds the team key (when signing) and our publisher block, stores the advisory's next revision
    // (AdvisoryStore::publish), lays out its PDF with layoutPdf and writes its files with publish(). An error:
    // nothing was published; else the revision is stored and PublishedRevision::files says whether the files were.
    static Result<PublishedRevision> publishRevision(const ChangeContext& change, OpenPgp& pgp,
                                                     const AdvisoryRevisionRequest& request,
                                                     const AdvisoryPdfLayout& layoutPdf, JobControl& job);
};

} // namespace fb
