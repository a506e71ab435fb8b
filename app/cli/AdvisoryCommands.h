// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryCommands: `firebreak-cli advisory ...`: new, edit (and publish), show, list, lint, export, import;
// one class per verb.
#pragma once

#include "app/cli/Command.h"
#include "core/advisory/Advisory.h"

#include <QCoreApplication>

#include <memory>

namespace fb {

class AdvisoryStore;
class CommandCall;

class AdvisoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryCommands)

public:
    static CommandList commands();
    // The advisory store of the open workspace.
    static std::unique_ptr<AdvisoryStore> store(const CommandCall& call);
    // By row id ("3") or identifier ("CERT-XX-2026-0001").
    static Result<Advisory> find(AdvisoryStore& store, const QString& idOrIdentifier);
    // A command on one advisory: spec with its one ADVISORY argument (row id or identifier) declared.
    static CommandSpec onOneAdvisory(CommandSpec spec);
    // The advisory the ADVISORY argument names.
    static Result<Advisory> named(const CommandCall& call);
};

} // namespace fb
