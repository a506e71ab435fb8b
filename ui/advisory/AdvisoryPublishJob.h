// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryPublishJob: writes a published advisory into a folder: CSAF 2.0 JSON (file name by the CSAF rule),
// the text (clear-signed with the team key when one is given: signing may wait for a passphrase, so this runs
// as a job off the GUI thread), HTML and the PDF the caller laid out. Nothing is written unless every part
// could be made.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/advisory/CsafWriter.h"
#include "core/base/Error.h"
#include "core/base/Job.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace fb {

struct PublishRequest
{
    Advisory advisory;
    CsafPublisher publisher;
    QString folder;
    QString signKey; // empty: the text is written unsigned
    QDateTime generatedAt;
    QByteArray pdf;
};

struct PublishOutcome
{
    QStringList files; // written, in order
    std::optional<Error> error;
};

class AdvisoryPublishJob
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryPublishJob)

public:
    // Runs on a worker thread (JobRunner).
    static PublishOutcome run(const PublishRequest& request, JobControl& control);
};

} // namespace fb
