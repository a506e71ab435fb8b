// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandDispatcher.h"

#include "app/cli/CliContext.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CommandHelp.h"

#include <QCommandLineParser>

namespace fb {

namespace {

QString program()
{
    return QCoreApplication::applicationName();
}

bool startsWith(const QStringList& words, const QStringList& prefix)
{
    return words.size() >= prefix.size() && words.mid(0, prefix.size()) == prefix;
}

} // namespace

CommandDispatcher::CommandDispatcher(CliContext& context, CommandList commands)
    : m_context(context)
    , m_commands(std::move(commands))
{
}

QList<const CommandSpec*> CommandDispatcher::specs() const
{
    QList<const CommandSpec*> list;
    for (const auto& command : m_commands)
        list.append(&command->spec());
    return list;
}

Status CommandDispatcher::dispatch(const QStringList& words)
{
    // The command whose name is the longest prefix of the words.
    Command* found = nullptr;
    qsizetype foundLength = 0;
    for (const auto& command : m_commands) {
        const QStringList name = command->spec().words();
        if (name.size() > foundLength && startsWith(words, name)) {
            found = command.get();
            foundLength = name.size();
        }
    }
    if (found)
        return runCommand(*found, words.mid(foundLength));

    // Else the longest group of verbs ("ticket", "directory dlist") the words start with.
    QStringList group;
    for (const auto& command : m_commands) {
        const QStringList name = command->spec().words();
        for (qsizetype length = name.size() - 1; length > group.size(); --length) {
            if (startsWith(words, name.mid(0, length))) {
                group = name.mid(0, length);
                break;
            }
        }
    }
    if (group.isEmpty())
        return fail(ErrorCode::Usage, tr("'%1' is not a command; see %2 --help.").arg(words.value(0), program()));
    QList<const CommandSpec*> members;
    QStringList verbs;
    for (const auto& command : m_commands) {
        const QStringList name = command->spec().words();
        if (name.size() > group.size() && startsWith(name, group)) {
            members.append(&command->spec());
            if (!verbs.contains(name.at(group.size())))
                verbs.append(name.at(group.size()));
        }
    }
    const QString groupName = group.join(QLatin1Char(' '));
    const QString verb = words.value(group.size());
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        m_context.out() << CommandHelp::groupHelp(groupName, members);
        return {};
    }
    if (verb.isEmpty())
        return fail(ErrorCode::Usage, tr("'%1' needs a verb: %2.").arg(groupName, verbs.join(QStringLiteral(", "))));
    if (verbs.size() == 1)
        return fail(ErrorCode::Usage, tr("'%1 %2' is not a command; %1 needs %3.").arg(groupName, verb, verbs.first()));
    return fail(
        ErrorCode::Usage,
        tr("'%1 %2' is not a command; verbs of %1: %3.").arg(groupName, verb, verbs.join(QStringLiteral(", "))));
}

Status CommandDispatcher::runCommand(Command& command, const QStringList& arguments)
{
    const CommandSpec& spec = command.spec();
    QCommandLineParser parser;
    parser.addOptions(spec.options);
    parser.addOptions(CliContext::globalOptions());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CommandHelp::tr("Show this help."));
    parser.addOption(help);

    const QString usage = CommandHelp::usageLine(spec);
    if (!parser.parse(QStringList{program()} + arguments))
        return fail(ErrorCode::Usage, parser.errorText() + QStringLiteral("; ") + usage);
    m_context.takeGlobals(parser);
    if (parser.isSet(help)) {
        m_context.out() << CommandHelp::commandHelp(spec);
        m_context.out().flush();
        return {};
    }
    const auto count = parser.positionalArguments().size();
    if (count < spec.minArguments || count > spec.maxArguments)
        return fail(ErrorCode::Usage, usage);

    CommandCall call(m_context, parser);
    if (auto status = command.check(call); !status)
        return status;
    if (auto status = prepareWorkspace(command.workspace(call), spec.session, call); !status)
        return status;
    return command.run(call);
}

Status CommandDispatcher::prepareWorkspace(WorkspaceUse workspace, bool session, CommandCall& call)
{
    if (workspace == WorkspaceUse::None)
        return {};
    FB_TRY_ASSIGN(auto path, m_context.workspacePath());
    call.setWorkspacePath(path);
    if (workspace == WorkspaceUse::Create || workspace == WorkspaceUse::Locate)
        return {};
    FB_TRY_ASSIGN(auto vault, m_context.openVault(session));
    call.setVault(std::move(vault));
    return {};
}

} // namespace fb
