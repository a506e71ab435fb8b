// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TaxonomyCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TextTable.h"
#include "core/taxonomy/Pap.h"
#include "core/taxonomy/Rsit.h"
#include "core/taxonomy/Tlp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

QJsonArray rsitJson()
{
    QJsonArray classes;
    for (const RsitClass& rsitClass : Rsit::builtin().classes()) {
        QJsonArray types;
        for (const RsitType& type : rsitClass.types)
            types.append(
                QJsonObject{{s("key"), type.key}, {s("name"), type.name}, {s("description"), type.description}});
        classes.append(QJsonObject{{s("key"), rsitClass.key},
                                   {s("name"), rsitClass.name},
                                   {s("description"), rsitClass.description},
                                   {s("types"), types}});
    }
    return classes;
}

template <typename Level, typename Labels>
QJsonArray levelsJson(const QList<Level>& levels)
{
    QJsonArray array;
    for (Level level : levels)
        array.append(QJsonObject{{s("key"), Labels::key(level)},
                                 {s("label"), Labels::label(level)},
                                 {s("meaning"), Labels::meaning(level)}});
    return array;
}

template <typename Level, typename Labels>
QString levelsText(const QList<Level>& levels)
{
    TextTable table({QCoreApplication::translate("fb::TaxonomyCommands", "LABEL"),
                     QCoreApplication::translate("fb::TaxonomyCommands", "KEY"),
                     QCoreApplication::translate("fb::TaxonomyCommands", "MEANING")});
    for (Level level : levels)
        table.addRow({Labels::label(level), Labels::key(level), Labels::meaning(level)});
    return table.toString();
}

} // namespace

namespace {

class TaxonomyListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::TaxonomyCommands)

public:
    TaxonomyListCommand()
        : Command({
              .noun = s("taxonomy"),
              .verb = s("list"),
              .summary = QT_TRANSLATE_NOOP("fb::Command",
                                           "List RSIT classes and types, TLP and PAP labels (no workspace needed)"),
              .description = tr("List the Reference Security Incident Taxonomy (class/type keys as --rsit takes "
                                "them), the TLP 2.0 labels and the PAP labels."),
              .synopsis = s("[rsit|tlp|pap]"),
              .arguments = {{s("rsit|tlp|pap"), tr("rsit, tlp or pap; all three when left out.")}},
              .minArguments = 0,
              .maxArguments = 1,
              .workspace = WorkspaceUse::None,
          })
    {
    }

    Status run(CommandCall& call) override;
};

} // namespace

CommandList TaxonomyCommands::commands()
{
    CommandList list;
    addCommands<TaxonomyListCommand>(list);
    return list;
}

Status TaxonomyListCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString which = call.positional(0).trimmed().toLower();
    const QStringList known{s("rsit"), s("tlp"), s("pap")};
    if (!which.isEmpty() && !known.contains(which))
        return fail(ErrorCode::Usage, tr("'%1' is not a taxonomy; use rsit, tlp or pap.").arg(which));
    const bool all = which.isEmpty();

    if (context.json()) {
        QJsonObject object;
        if (all || which == QLatin1String("rsit"))
            object.insert(s("rsit"), rsitJson());
        if (all || which == QLatin1String("tlp"))
            object.insert(s("tlp"), levelsJson<TlpLevel, Tlp>(Tlp::all()));
        if (all || which == QLatin1String("pap"))
            object.insert(s("pap"), levelsJson<PapLevel, Pap>(Pap::all()));
        context.printJson(all ? QJsonValue(object) : object.value(which));
        return {};
    }
    QTextStream& out = context.out();
    if (all || which == QLatin1String("rsit")) {
        TextTable table({tr("RSIT"), tr("NAME")});
        for (const RsitClass& rsitClass : Rsit::builtin().classes()) {
            table.addRow({rsitClass.key, rsitClass.name});
            for (const RsitType& type : rsitClass.types)
                table.addRow({rsitClass.key + QLatin1Char('/') + type.key, QStringLiteral("  ") + type.name});
        }
        out << table.toString();
    }
    if (all || which == QLatin1String("tlp"))
        out << (all ? s("\n") : QString()) << levelsText<TlpLevel, Tlp>(Tlp::all());
    if (all || which == QLatin1String("pap"))
        out << (all ? s("\n") : QString()) << levelsText<PapLevel, Pap>(Pap::all());
    return {};
}

} // namespace fb
