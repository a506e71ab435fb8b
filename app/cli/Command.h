// SPDX-License-Identifier: GPL-3.0-or-later
// Command: one "noun verb" of firebreak-cli, described declaratively (synopsis, arguments, options, the workspace it
// needs) so that the dispatcher parses the arguments, prints --help and opens the workspace once for every command.
#pragma once

#include "core/base/Result.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace fb {

class CommandCall;

// What a command does with the workspace before it runs.
enum class WorkspaceUse {
    None,   // works without a workspace
    Open,   // the dispatcher opens it (asking for the passphrase) and hands the Vault to run()
    Create, // the command creates it: the dispatcher only resolves its path (--workspace or the environment)
    Locate, // the command needs its path but does not open it (lock): resolved like Create
};

struct ArgumentSpec
{
    QString name;        // as in the synopsis: "ID", "WORDS..."
    QString description; // translated
};

struct CommandSpec
{
    QString noun{};
    QString verb{};        // empty for one-word commands (init, demo); two words for groups ("dlist add")
    const char* summary{}; // QT_TRANSLATE_NOOP("fb::Command", ...), translated when shown
    QString description{}; // translated; the paragraph of --help
    QString synopsis{};    // the positional arguments after "[options]": "ID FIELD VALUE", "[TEAM]", "PATH..."
    QList<ArgumentSpec> arguments{};
    int minArguments = 0;
    int maxArguments = 0; // kUnlimited for a list
    QList<QCommandLineOption> options{};
    WorkspaceUse workspace = WorkspaceUse::Open;
    // WorkspaceUse::Open with a key kept by `unlock` when there is one; false where the passphrase itself must be
    // given (passwd, unlock).
    bool session = true;

    static constexpr int kUnlimited = 100000;

    QString name() const { return verb.isEmpty() ? noun : noun + QLatin1Char(' ') + verb; }
    QStringList words() const { return name().split(QLatin1Char(' ')); }
};

class Command
{
public:
    explicit Command(CommandSpec spec)
        : m_spec(std::move(spec))
    {
    }
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const CommandSpec& spec() const { return m_spec; }

    // Checks the parsed arguments before the workspace is opened, so bad input is refused before the passphrase is
    // asked for; what it finds out it keeps for run().
    virtual Status check(CommandCall& call)
    {
        (void)call;
        return {};
    }
    // The workspace this run needs: the declared one, unless an option makes it unnecessary.
    virtual WorkspaceUse workspace(const CommandCall& call) const
    {
        (void)call;
        return m_spec.workspace;
    }
    // Does the work; with WorkspaceUse::Open, call.vault() is the open workspace.
    virtual Status run(CommandCall& call) = 0;

private:
    CommandSpec m_spec;
};

using CommandList = std::vector<std::unique_ptr<Command>>;

// Appends commands of several types to a list.
template <typename... Commands>
void addCommands(CommandList& list)
{
    (list.push_back(std::make_unique<Commands>()), ...);
}

} // namespace fb
