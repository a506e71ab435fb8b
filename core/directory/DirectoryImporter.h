// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryImporter: merges teams and people read from an import (Trusted Introducer, vCard) into the directory,
// in one transaction. An entry is matched by its source id, then its UID, then short name and country. A field a
// person edited after the imported record was last modified (or at all, when the record does not say when it was
// modified) is kept and reported; empty imported fields never erase anything.
#pragma once

#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/ImportReport.h"

#include <QCoreApplication>

namespace fb {

class DirectoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryImporter)

public:
    explicit DirectoryImporter(DirectoryStore& store);

    // Problems already found by the reader are carried into the report. Nothing is stored when the workspace
    // refuses a write or the job is cancelled (the whole import is rolled back: ErrorCode::Cancelled).
    // Progress is reported per entry. Run it in a job (fb::startJob) with a Vault opened on the worker thread.
    Result<ImportReport> import(const ImportedDirectory& directory, JobControl* control = nullptr);

private:
    Result<std::optional<Team>> match(const Team& incoming, const QList<Team>& existing);
    Status importTeam(const ImportedTeam& incoming, QList<Team>& existing, ImportReport& report);
    Status importPerson(const ImportedPerson& incoming, ImportReport& report);

    DirectoryStore& m_store;
};

} // namespace fb
