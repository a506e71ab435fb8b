// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryPublisher: the parts of a published advisory, made the same way for the Advisories page and
// `firebreak-cli advisory export`: CSAF 2.0 JSON under our team's publisher block (TeamPublisher), the text
// (clear-signed with the team key when one is given), HTML; and writing them all into a folder. Signing may wait
// for a passphrase: the GUI runs publish() as a job off its thread.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/advisory/CsafWriter.h"
#include "core/base/Job.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace fb {

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
};

} // namespace fb
