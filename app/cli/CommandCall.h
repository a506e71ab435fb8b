// SPDX-License-Identifier: GPL-3.0-or-later
// CommandCall: one run of a command: its parsed options and positional arguments, the shared CLI context and, when
// the command needs it, the workspace the dispatcher opened.
#pragma once

#include "app/cli/CliContext.h"
#include "core/history/ChangeContext.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace fb {

class CommandCall
{
public:
    CommandCall(CliContext& context, const QCommandLineParser& parser)
        : m_context(context)
        , m_parser(parser)
        , m_positional(parser.positionalArguments())
    {
    }

    CliContext& context() const { return m_context; }
    QTextStream& out() const { return m_context.out(); }
    bool json() const { return m_context.json(); }
    const Clock& clock() const { return m_context.clock(); }
    QString actor() const { return m_context.actor(); }

    bool isSet(const char* option) const { return m_parser.isSet(QString::fromLatin1(option)); }
    QString value(const char* option) const { return m_parser.value(QString::fromLatin1(option)); }
    QStringList values(const char* option) const { return m_parser.values(QString::fromLatin1(option)); }
    const QStringList& positional() const { return m_positional; }
    // For helpers that read a group of options (AdvisoryOptions, TeamOptions).
    const QCommandLineParser& parser() const { return m_parser; }
    QString positional(qsizetype index) const { return m_positional.value(index); }

    // WorkspaceUse::Open: the open workspace.
    Vault& vault() const { return *m_vault; }
    // WorkspaceUse::Open: who changes the open workspace, for building a store that records changes.
    ChangeContext change() const { return ChangeContext{*m_vault, m_context.clock(), m_context.actor()}; }
    // WorkspaceUse::Open and Create: the workspace file.
    const QString& workspacePath() const { return m_workspacePath; }

    void setVault(std::unique_ptr<Vault> vault) { m_vault = std::move(vault); }
    void setWorkspacePath(const QString& path) { m_workspacePath = path; }

private:
    CliContext& m_context;
    const QCommandLineParser& m_parser;
    QStringList m_positional;
    QString m_workspacePath;
    std::unique_ptr<Vault> m_vault;
};

} // namespace fb
