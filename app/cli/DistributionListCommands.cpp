// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/DistributionListCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/directory/DistributionListStore.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

const QStringList& verbs()
{
    static const QStringList names{s("add"), s("remove"), s("show"), s("list"), s("member-add"), s("member-remove")};
    return names;
}

QJsonObject recipientJson(const ListRecipient& r)
{
    return QJsonObject{{s("kind"), r.teamId ? s("team") : s("person")},
                       {s("id"), r.teamId ? r.teamId : r.personId},
                       {s("name"), r.name},
                       {s("address"), r.address},
                       {s("highestTlp"), r.highestTlp ? QJsonValue(Tlp::key(*r.highestTlp)) : QJsonValue()},
                       {s("tlpFrom"), r.tlpFrom}};
}

} // namespace

QList<Command> DistributionListCommands::commands()
{
    return {{s("directory"), s("dlist"),
             QT_TRANSLATE_NOOP("fb::Command", "Distribution lists: add, remove, show, list, member-add, member-remove"),
             run}};
}

Status DistributionListCommands::run(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("add"))
        return add(context, rest);
    if (verb == QLatin1String("remove"))
        return remove(context, rest);
    if (verb == QLatin1String("show"))
        return show(context, rest);
    if (verb == QLatin1String("list"))
        return list(context, rest);
    if (verb == QLatin1String("member-add"))
        return members(context, rest, true);
    if (verb == QLatin1String("member-remove"))
        return members(context, rest, false);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        context.out() << tr("Usage: %1 directory dlist <%2> [options]\n\n"
                            "Named lists of teams and people of the directory, e.g. the audience of an advisory.\n"
                            "'%1 directory dlist <verb> --help' shows the options of a verb.\n")
                             .arg(QCoreApplication::applicationName(), verbs().join(u'|'));
        return {};
    }
    if (verb.isEmpty())
        return fail(ErrorCode::Usage, tr("'directory dlist' needs a verb: %1.").arg(verbs().join(s(", "))));
    return fail(ErrorCode::Usage,
                tr("'directory dlist %1' is not a command; verbs: %2.").arg(verb, verbs().join(s(", "))));
}

Status DistributionListCommands::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("NAME"), tr("The list's name (unique, not a number)."));
    const QCommandLineOption description(s("description"), tr("What the list is for."), s("TEXT"));
    parser.addOption(description);
    auto parsed =
        context.parse(parser, s("directory dlist add"), s("NAME"), tr("Create a distribution list."), arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    DistributionListStore store(**vault, context.clock(), context.actor());
    auto id = store.create(parser.positionalArguments().first(), parser.value(description));
    if (!id)
        return fail(id.error());
    if (context.json())
        context.printJson(QJsonObject{{s("id"), *id}});
    else
        context.out() << tr("Added distribution list #%1.").arg(*id) << u'\n';
    return {};
}

Status DistributionListCommands::remove(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("LIST"), tr("List id or name."));
    auto parsed =
        context.parse(parser, s("directory dlist remove"), s("LIST"),
                      tr("Remove a distribution list (its teams and people stay in the directory)."), arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    DistributionListStore store(**vault, context.clock(), context.actor());
    auto found = store.find(parser.positionalArguments().first());
    if (!found)
        return fail(found.error());
    if (auto status = store.remove(found->id); !status)
        return status;
    context.out() << tr("Removed distribution list “%1”.").arg(found->name) << u'\n';
    return {};
}

Status DistributionListCommands::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("LIST"), tr("List id or name."));
    auto parsed = context.parse(parser, s("directory dlist show"), s("LIST"),
                                tr("Show a list's members with their e-mail address and the highest TLP label we may "
                                   "share with each (a person's own, else their team's)."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    DistributionListStore store(**vault, context.clock(), context.actor());
    auto found = store.find(parser.positionalArguments().first());
    if (!found)
        return fail(found.error());
    auto recipients = store.recipients(found->id, context.clock().nowUtc().date());
    if (!recipients)
        return fail(recipients.error());
    if (context.json()) {
        QJsonArray members;
        for (const ListRecipient& r : *recipients)
            members.append(recipientJson(r));
        context.printJson(QJsonObject{{s("id"), found->id},
                                      {s("name"), found->name},
                                      {s("description"), found->description},
                                      {s("members"), members}});
        return {};
    }
    context.out() << tr("Distribution list #%1 “%2”").arg(found->id).arg(found->name) << u'\n';
    if (!found->description.isEmpty())
        context.out() << found->description << u'\n';
    TextTable table({tr("KIND"), tr("ID"), tr("NAME"), tr("ADDRESS"), tr("HIGHEST TLP"), tr("FROM")});
    for (const ListRecipient& r : *recipients)
        table.addRow({r.teamId ? tr("team") : tr("person"), QString::number(r.teamId ? r.teamId : r.personId), r.name,
                      r.address.isEmpty() ? tr("(no e-mail)") : r.address,
                      r.highestTlp ? Tlp::label(*r.highestTlp) : tr("(not set)"), r.tlpFrom});
    context.out() << table.toString();
    return {};
}

Status DistributionListCommands::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    auto parsed =
        context.parse(parser, s("directory dlist list"), {}, tr("List the distribution lists."), arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    DistributionListStore store(**vault, context.clock(), context.actor());
    auto all = store.lists();
    if (!all)
        return fail(all.error());
    QJsonArray array;
    TextTable table({tr("ID"), tr("NAME"), tr("MEMBERS"), tr("DESCRIPTION")});
    table.setMaxWidth(3, 50);
    for (const DistributionList& l : *all) {
        table.addRow({QString::number(l.id), l.name, QString::number(l.members.size()), l.description});
        QJsonArray names;
        for (const DistributionListMember& m : l.members)
            names.append(m.name);
        array.append(QJsonObject{
            {s("id"), l.id}, {s("name"), l.name}, {s("description"), l.description}, {s("members"), names}});
    }
    if (context.json())
        context.printJson(array);
    else
        context.out() << table.toString();
    return {};
}

Status DistributionListCommands::members(CliContext& context, const QStringList& arguments, bool add)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("LIST"), tr("List id or name."));
    const QCommandLineOption team(s("team"), tr("A team: id, UUID, short or official name (repeatable)."), s("TEAM"));
    const QCommandLineOption person(s("person"), tr("A person: id or name (repeatable)."), s("PERSON"));
    parser.addOption(team);
    parser.addOption(person);
    const QString command = add ? s("directory dlist member-add") : s("directory dlist member-remove");
    auto parsed = context.parse(parser, command, s("LIST"),
                                add ? tr("Put teams and people on a list.") : tr("Take teams and people off a list."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    if (!parser.isSet(team) && !parser.isSet(person))
        return fail(ErrorCode::Usage, tr("Name at least one --team or --person."));
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    DistributionListStore store(**vault, context.clock(), context.actor());
    const QString listName = parser.positionalArguments().first();
    auto found = add ? store.addMembers(listName, parser.values(team), parser.values(person))
                     : store.removeMembers(listName, parser.values(team), parser.values(person));
    if (!found)
        return fail(found.error());
    const auto count = static_cast<int>(parser.values(team).size() + parser.values(person).size());
    context.out() << (add ? tr("Added %n member(s) to “%1”.", nullptr, count)
                          : tr("Removed %n member(s) from “%1”.", nullptr, count))
                         .arg(found->name)
                  << u'\n';
    return {};
}

} // namespace fb
