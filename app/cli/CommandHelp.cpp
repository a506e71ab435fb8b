// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandHelp.h"

#include "app/cli/CliContext.h"

#include <QStringList>

#include <algorithm>

namespace fb {

namespace {

constexpr int kLineWidth = 79;
constexpr int kColumn = 28; // where descriptions start in tables

// Breaks `text` into lines of at most `width` characters at spaces; newlines in `text` are kept.
QStringList wrap(const QString& text, int width)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(line);
    }
    return lines;
}

QString program()
{
    return QCoreApplication::applicationName();
}

} // namespace

QString CommandHelp::usageLine(const CommandSpec& spec)
{
    return tr("Usage: %1 %2 [options]%3")
        .arg(program(), spec.name(), spec.synopsis.isEmpty() ? QString() : QLatin1Char(' ') + spec.synopsis);
}

QString CommandHelp::row(const QString& left, const QString& text)
{
    const QString indent(kColumn + 1, QLatin1Char(' '));
    const QStringList lines = wrap(text, kLineWidth - kColumn - 1);
    QString result = QStringLiteral("  ") + left;
    if (result.size() > kColumn)
        result += QLatin1Char('\n') + indent;
    else
        result = result.leftJustified(kColumn + 1);
    result += lines.join(QLatin1Char('\n') + indent);
    return result + QLatin1Char('\n');
}

QString CommandHelp::optionRow(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString left = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        left += QLatin1Char(' ') + option.valueName();
    return row(left, option.description());
}

QString CommandHelp::commandHelp(const CommandSpec& spec)
{
    QString text = usageLine(spec) + QStringLiteral("\n\n");
    text += wrap(spec.description, kLineWidth).join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!spec.arguments.isEmpty()) {
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n');
        for (const ArgumentSpec& argument : spec.arguments)
            text += row(argument.name, argument.description);
    }
    if (!spec.options.isEmpty()) {
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
        for (const QCommandLineOption& option : spec.options)
            text += optionRow(option);
    }
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    for (const QCommandLineOption& option : CliContext::globalOptions())
        text += optionRow(option);
    text += row(QStringLiteral("-h, --help"), tr("Show this help."));
    switch (spec.workspace) {
    case WorkspaceUse::None:
        text += QLatin1Char('\n') + tr("Needs no workspace.") + QLatin1Char('\n');
        break;
    case WorkspaceUse::Open:
        text +=
            QLatin1Char('\n') +
            (spec.session ? tr("Opens the workspace (--workspace or $%1) with the key kept by unlock, else with its "
                               "passphrase.")
                          : tr("Opens the workspace (--workspace or $%1) with its passphrase, never with a key "
                               "kept by unlock."))
                .arg(QLatin1String(CliContext::kWorkspaceVariable)) +
            QLatin1Char('\n');
        break;
    case WorkspaceUse::Locate:
        text += QLatin1Char('\n') +
                tr("Names the workspace (--workspace or $%1) without opening it.")
                    .arg(QLatin1String(CliContext::kWorkspaceVariable)) +
                QLatin1Char('\n');
        break;
    case WorkspaceUse::Create:
        text += QLatin1Char('\n') +
                tr("Creates the workspace (--workspace or $%1).").arg(QLatin1String(CliContext::kWorkspaceVariable)) +
                QLatin1Char('\n');
        break;
    }
    return text;
}

QString CommandHelp::commandTable(const QList<const CommandSpec*>& specs)
{
    // Names and summaries are parted by at least two spaces, so the table can be read back by scripts.
    qsizetype width = 19;
    for (const CommandSpec* spec : specs)
        width = std::max(width, spec->name().size() + 1);
    QString text;
    for (const CommandSpec* spec : specs)
        text += QStringLiteral("  ") + spec->name().leftJustified(width) + QLatin1Char(' ') +
                QCoreApplication::translate("fb::Command", spec->summary) + QLatin1Char('\n');
    return text;
}

QString CommandHelp::groupHelp(const QString& group, const QList<const CommandSpec*>& specs)
{
    return tr("Usage: %1 %2 <verb> [options]\n\nVerbs:\n").arg(program(), group) + commandTable(specs) +
           tr("\n'%1 %2 <verb> --help' shows the options of a verb.\n").arg(program(), group);
}

} // namespace fb
