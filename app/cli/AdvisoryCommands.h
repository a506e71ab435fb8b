// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryCommands: `firebreak-cli advisory ...`: new, edit, show, list, lint, import (export is AdvisoryExport).
#pragma once

#include "app/cli/Command.h"
#include "core/advisory/Advisory.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class AdvisoryStore;
class CliContext;

class AdvisoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryCommands)

public:
    static QList<Command> commands();
    // By row id ("3") or identifier ("CERT-XX-2026-0001").
    static Result<Advisory> find(AdvisoryStore& store, const QString& idOrIdentifier);

private:
    static Status create(CliContext& context, const QStringList& arguments);
    static Status edit(CliContext& context, const QStringList& arguments);
    static Status show(CliContext& context, const QStringList& arguments);
    static Status list(CliContext& context, const QStringList& arguments);
    static Status lint(CliContext& context, const QStringList& arguments);
    static Status importFile(CliContext& context, const QStringList& arguments);
};

} // namespace fb
