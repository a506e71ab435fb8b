// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TicketCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/TicketView.h"
#include "core/mail/MailStore.h"
#include "core/taxonomy/Rsit.h"
#include "core/taxonomy/Tlp.h"
#include "core/tickets/Lifecycle.h"
#include "core/observables/ObservableExtractor.h"
#include "core/observables/PublicSuffix.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketSearchQuery.h"
#include "core/tickets/ObservableStore.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TagStore.h"
#include "core/tickets/TicketEditor.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketWorkflow.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

namespace fb {

namespace {

// The stores that read and change an open workspace's tickets.
struct Stores
{
    Stores(Vault& vault, const Clock& clock, const QString& actor)
        : tickets(vault, clock, actor)
        , sla(tickets)
        , observables(tickets)
        , tags(tickets)
        , editor(tickets, sla)
        , workflow(tickets, observables, sla)
    {
    }
    TicketRepository tickets;
    SlaPolicyStore sla;
    ObservableStore observables;
    TagStore tags;
    TicketEditor editor;
    TicketWorkflow workflow;
};

// An open workspace and the stores that change its tickets.
struct Session
{
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Stores> store;
};

Result<Session> openSession(CliContext& context)
{
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    Session session;
    session.vault = std::move(*vault);
    session.store = std::make_unique<Stores>(*session.vault, context.clock(), context.actor());
    return session;
}

Result<QString> readText(const QString& path)
{
    QFile file;
    bool ok = false;
    if (path == QLatin1String("-")) {
        ok = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        ok = file.open(QIODevice::ReadOnly);
    }
    if (!ok)
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("fb::TicketCommands", "Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

Result<std::pair<QString, QString>> parseRsit(const QString& text)
{
    if (const auto tag = Rsit::builtin().parseMachineTag(text))
        return *tag;
    const QString classKey = text.section(QLatin1Char('/'), 0, 0).trimmed().toLower();
    const QString typeKey = text.section(QLatin1Char('/'), 1).trimmed().toLower();
    if (!Rsit::builtin().isValid(classKey, typeKey))
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("fb::TicketCommands",
                                                "'%1' is not a class/type of the Reference Security Incident "
                                                "Taxonomy (see: taxonomy list rsit).")
                        .arg(text),
                    s("rsit"));
    return std::pair{classKey, typeKey};
}

// After a change: the ticket as JSON with --json, else one line for people.
Status reportChange(CliContext& context, TicketRepository& store, qint64 id, const QString& message)
{
    if (!context.json()) {
        context.out() << message << QLatin1Char('\n');
        return {};
    }
    auto ticket = store.get(id);
    if (!ticket)
        return fail(ticket.error());
    context.printJson(TicketView::toJson(*ticket, context.clock().nowUtc(), true));
    return {};
}

// The first `count` positional arguments as ticket numbers.
Result<QList<qint64>> ticketIds(const QStringList& positional, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        auto id = CliContext::parseTicketId(positional.value(i));
        if (!id)
            return fail(id.error());
        ids.append(*id);
    }
    return ids;
}

} // namespace

QList<Command> TicketCommands::commands()
{
    const QString noun = s("ticket");
    return {
        {noun, s("create"), QT_TRANSLATE_NOOP("fb::Command", "Create a ticket and print its number"), create},
        {noun, s("list"), QT_TRANSLATE_NOOP("fb::Command", "List tickets: queues by kind, state, owner..."), list},
        {noun, s("show"), QT_TRANSLATE_NOOP("fb::Command", "Show a ticket with its links, mail and history"), show},
        {noun, s("set"), QT_TRANSLATE_NOOP("fb::Command", "Change one field of a ticket"), set},
        {noun, s("transition"), QT_TRANSLATE_NOOP("fb::Command", "Move a ticket to another state"), transition},
        {noun, s("link"), QT_TRANSLATE_NOOP("fb::Command", "Link a ticket under an incident"),
         [](CliContext& c, const QStringList& a) { return link(c, a, false); }},
        {noun, s("unlink"), QT_TRANSLATE_NOOP("fb::Command", "Remove a ticket from an incident"),
         [](CliContext& c, const QStringList& a) { return link(c, a, true); }},
        {noun, s("merge"), QT_TRANSLATE_NOOP("fb::Command", "Merge a duplicate report into another"), merge},
        {noun, s("tag"), QT_TRANSLATE_NOOP("fb::Command", "Add a tag to a ticket"),
         [](CliContext& c, const QStringList& a) { return tag(c, a, false); }},
        {noun, s("untag"), QT_TRANSLATE_NOOP("fb::Command", "Remove a tag from a ticket"),
         [](CliContext& c, const QStringList& a) { return tag(c, a, true); }},
        {noun, s("observe"), QT_TRANSLATE_NOOP("fb::Command", "Add an observable (address, domain, hash...)"), observe},
        {noun, s("search"),
         QT_TRANSLATE_NOOP("fb::Command", "Search: full text plus typed terms (ip:, cve:, owner:me...)"), search},
        {noun, s("history"), QT_TRANSLATE_NOOP("fb::Command", "Show the history of a ticket"), history},
    };
}

Status TicketCommands::create(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(s("kind"), tr("report, incident, investigation or countermeasure."), tr("KIND"));
    const QCommandLineOption title(s("title"), tr("One line saying what happened."), tr("TEXT"));
    const QCommandLineOption description(s("description"), tr("The description."), tr("TEXT"));
    const QCommandLineOption descriptionFile(s("description-file"), tr("Read the description from FILE (- for stdin)."),
                                             tr("FILE"));
    const QCommandLineOption owner(s("owner"), tr("Who works on it."), tr("NAME"));
    const QCommandLineOption tlp(s("tlp"), tr("TLP 2.0 label: clear, green, amber, amber+strict, red (default amber)."),
                                 tr("LABEL"));
    const QCommandLineOption rsit(s("rsit"), tr("RSIT class/type, e.g. malicious-code/c2-server."), tr("CLASS/TYPE"));
    const QCommandLineOption severity(s("severity"), tr("1-4 or critical, high, medium, low (default medium)."),
                                      tr("SEVERITY"));
    const QCommandLineOption constituency(s("constituency"), tr("The constituency concerned."), tr("NAME"));
    const QCommandLineOption reporter(s("reporter"), tr("Who reported it."), tr("NAME"));
    const QCommandLineOption howReported(
        s("how-reported"), tr("One of: %1.").arg(TicketEnums::howReportedKeys().join(s(", "))), tr("HOW"));
    const QCommandLineOption reporterType(
        s("reporter-type"), tr("One of: %1.").arg(TicketEnums::reporterTypeKeys().join(s(", "))), tr("TYPE"));
    const QCommandLineOption tagOption(s("tag"), tr("A tag (repeatable)."), tr("TAG"));
    const QCommandLineOption observable(s("observable"), tr("An observable, type guessed (repeatable)."), tr("VALUE"));
    const QCommandLineOption extract(s("extract"), tr("Attach the observables found in the title and description."));
    const QCommandLineOption incident(s("incident"), tr("Link the new ticket under this incident."), tr("ID"));
    parser.addOptions({kind, title, description, descriptionFile, owner, tlp, rsit, severity, constituency, reporter,
                       howReported, reporterType, tagOption, observable, extract, incident});
    auto parsed =
        context.parse(parser, s("ticket create"), {}, tr("Create a ticket and print its number."), arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());

    if (!parser.isSet(kind) || !parser.isSet(title))
        return fail(ErrorCode::Usage, tr("ticket create needs --kind and --title."));
    NewTicket ticket;
    const auto parsedKind = TicketEnums::parseKind(parser.value(kind));
    if (!parsedKind)
        return fail(
            ErrorCode::BadInput,
            tr("'%1' is not a ticket kind (%2).").arg(parser.value(kind), TicketEnums::kindKeys().join(s(", "))),
            s("kind"));
    ticket.kind = *parsedKind;
    ticket.title = parser.value(title);
    if (parser.isSet(description) && parser.isSet(descriptionFile))
        return fail(ErrorCode::Usage, tr("Give --description or --description-file, not both."));
    if (parser.isSet(descriptionFile)) {
        auto text = readText(parser.value(descriptionFile));
        if (!text)
            return fail(text.error());
        ticket.description = *text;
    } else {
        ticket.description = parser.value(description);
    }
    ticket.owner = parser.value(owner);
    ticket.constituency = parser.value(constituency);
    ticket.reporter = parser.value(reporter);
    if (parser.isSet(tlp)) {
        const auto level = Tlp::parse(parser.value(tlp));
        if (!level)
            return fail(ErrorCode::BadInput, tr("'%1' is not a TLP 2.0 label.").arg(parser.value(tlp)), s("tlp"));
        ticket.tlp = *level;
    }
    if (parser.isSet(rsit)) {
        auto keys = parseRsit(parser.value(rsit));
        if (!keys)
            return fail(keys.error());
        ticket.rsitClass = keys->first;
        ticket.rsitType = keys->second;
    }
    if (parser.isSet(severity)) {
        const auto value = TicketEnums::parseSeverity(parser.value(severity));
        if (!value)
            return fail(
                ErrorCode::BadInput,
                tr("Severity must be 1 to 4 or critical, high, medium, low; not '%1'.").arg(parser.value(severity)),
                s("severity"));
        ticket.severity = *value;
    }
    if (parser.isSet(howReported)) {
        const auto how = TicketEnums::parseHowReported(parser.value(howReported));
        if (!how)
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not one of: %2.")
                            .arg(parser.value(howReported), TicketEnums::howReportedKeys().join(s(", "))),
                        s("how-reported"));
        ticket.howReported = *how;
    }
    if (parser.isSet(reporterType)) {
        const auto type = TicketEnums::parseReporterType(parser.value(reporterType));
        if (!type)
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not one of: %2.")
                            .arg(parser.value(reporterType), TicketEnums::reporterTypeKeys().join(s(", "))),
                        s("reporter-type"));
        ticket.reporterType = *type;
    }
    ticket.tags = parser.values(tagOption);
    for (const QString& value : parser.values(observable)) {
        auto parsedObservable = Observables::fromUserInput(value);
        if (!parsedObservable)
            return fail(parsedObservable.error());
        if (!ticket.observables.contains(*parsedObservable))
            ticket.observables.append(*parsedObservable);
    }
    if (parser.isSet(extract)) {
        for (const Observable& found :
             ObservableExtractor::extract(ticket.title + QLatin1Char('\n') + ticket.description)) {
            if (!ticket.observables.contains(found))
                ticket.observables.append(found);
        }
    }
    if (parser.isSet(incident)) {
        auto id = CliContext::parseTicketId(parser.value(incident));
        if (!id)
            return fail(id.error());
        ticket.incidentId = *id;
    }

    auto session = openSession(context);
    if (!session)
        return fail(session.error());
    auto id = session->store->workflow.create(ticket);
    if (!id)
        return fail(id.error());
    if (context.json())
        context.printJson(QJsonObject{{s("id"), *id}});
    else
        context.out() << *id << QLatin1Char('\n');
    return {};
}

Status TicketCommands::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(s("kind"), tr("Only tickets of this kind."), tr("KIND"));
    const QCommandLineOption state(s("state"), tr("Only tickets in this state (repeatable)."), tr("STATE"));
    const QCommandLineOption active(s("active"), tr("Only open work (active states)."));
    const QCommandLineOption owner(s("owner"), tr("Only tickets of this owner."), tr("NAME"));
    const QCommandLineOption tlp(s("tlp"), tr("Only tickets with this TLP label."), tr("LABEL"));
    const QCommandLineOption rsitClass(s("rsit-class"), tr("Only tickets of this RSIT class."), tr("CLASS"));
    const QCommandLineOption merged(s("merged"), tr("Include reports merged into others."));
    const QCommandLineOption sort(s("sort"), tr("id, due, created, updated or severity (default id)."), tr("KEY"));
    const QCommandLineOption desc(s("desc"), tr("Descending order."));
    const QCommandLineOption limit(s("limit"), tr("At most N tickets (default 100)."), tr("N"));
    const QCommandLineOption offset(s("offset"), tr("Skip the first N tickets."), tr("N"));
    parser.addOptions({kind, state, active, owner, tlp, rsitClass, merged, sort, desc, limit, offset});
    auto parsed = context.parse(parser, s("ticket list"), {}, tr("List tickets."), arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());

    TicketQuery query;
    if (parser.isSet(kind)) {
        query.kind = TicketEnums::parseKind(parser.value(kind));
        if (!query.kind)
            return fail(
                ErrorCode::BadInput,
                tr("'%1' is not a ticket kind (%2).").arg(parser.value(kind), TicketEnums::kindKeys().join(s(", "))));
    }
    for (QString value : parser.values(state))
        query.states.append(value.replace(QLatin1Char('-'), QLatin1Char(' ')).trimmed().toLower());
    query.activeOnly = parser.isSet(active);
    query.owner = parser.value(owner);
    if (parser.isSet(tlp)) {
        query.tlp = Tlp::parse(parser.value(tlp));
        if (!query.tlp)
            return fail(ErrorCode::BadInput, tr("'%1' is not a TLP 2.0 label.").arg(parser.value(tlp)));
    }
    query.rsitClass = parser.value(rsitClass);
    query.includeMerged = parser.isSet(merged);
    if (parser.isSet(sort)) {
        static const QStringList keys{s("id"), s("due"), s("created"), s("updated"), s("severity")};
        const qsizetype index = keys.indexOf(parser.value(sort).trimmed().toLower());
        if (index < 0)
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not a sort key (%2).").arg(parser.value(sort), keys.join(s(", "))));
        query.order = static_cast<TicketOrder>(index);
    }
    query.descending = parser.isSet(desc);
    for (const auto& [option, target] : {std::pair{&limit, &query.limit}, std::pair{&offset, &query.offset}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 0)
            return fail(ErrorCode::BadInput, tr("'%1' is not a number of tickets.").arg(parser.value(*option)));
    }

    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    auto tickets = TicketSearch(**vault).list(query);
    if (!tickets)
        return fail(tickets.error());
    TicketView::printList(context, *tickets);
    return {};
}

Status TicketCommands::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("ID"), tr("The ticket number."));
    auto parsed = context.parse(parser, s("ticket show"), s("ID"),
                                tr("Show a ticket with its links, its correspondence (signatures checked against the "
                                   "workspace keyring) and its history."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto id = CliContext::parseTicketId(parser.positionalArguments().constFirst());
    if (!id)
        return fail(id.error());
    auto session = openSession(context);
    if (!session)
        return fail(session.error());
    TicketRepository& store = session->store->tickets;
    TicketWorkflow& workflow = session->store->workflow;
    TicketDetails details;
    auto ticket = store.get(*id);
    if (!ticket)
        return fail(ticket.error());
    details.ticket = *ticket;
    auto incidents = workflow.incidentsOf(*id);
    auto children = workflow.childrenOf(*id);
    auto history = store.history().forTicket(*id);
    for (const Error* error : {incidents ? nullptr : &incidents.error(), children ? nullptr : &children.error(),
                               history ? nullptr : &history.error()}) {
        if (error)
            return fail(*error);
    }
    details.incidents = *incidents;
    details.children = *children;
    details.history = *history;
    auto messages = MailStore(*session->vault).messagesOf(*id, true);
    if (!messages)
        return fail(messages.error());
    details.correspondence = MailView::verify(*session->vault, context.clock(), std::move(*messages));
    TicketView::printDetails(context, details);
    return {};
}

Status TicketCommands::set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("ID"), tr("The ticket number."));
    parser.addPositionalArgument(s("FIELD"), tr("One of: %1.").arg(TicketEditor::editableFields().join(s(", "))));
    parser.addPositionalArgument(s("VALUE"), tr("The new value (dates in ISO 8601)."));
    auto parsed = context.parse(parser, s("ticket set"), s("ID FIELD VALUE"), tr("Change one field of a ticket."),
                                arguments, 3, 3);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QStringList positional = parser.positionalArguments();
    auto id = CliContext::parseTicketId(positional[0]);
    if (!id)
        return fail(id.error());
    const QString field = positional[1].trimmed().toLower();
    if (!TicketEditor::editableFields().contains(field))
        return fail(ErrorCode::Usage, tr("'%1' is not a field that can be set; fields: %2.")
                                          .arg(positional[1], TicketEditor::editableFields().join(s(", "))));
    auto session = openSession(context);
    if (!session)
        return fail(session.error());
    if (auto status = session->store->editor.setField(*id, field, positional[2]); !status)
        return status;
    return reportChange(context, session->store->tickets, *id, tr("Ticket #%1: %2 set.").arg(*id).arg(field));
}

Status TicketCommands::transition(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption resolution(s("resolution"), tr("How it was resolved."), tr("TEXT"));
    const QCommandLineOption lessons(s("lessons"), tr("Lessons learned (needed to resolve an incident)."), tr("TEXT"));
    parser.addOptions({resolution, lessons});
    parser.addPositionalArgument(s("ID"), tr("The ticket number."));
    parser.addPositionalArgument(s("STATE"),
                                 tr("The new state, e.g. open, resolved, rejected, active, pending-removal."));
    auto parsed = context.parse(parser, s("ticket transition"), s("ID STATE"), tr("Move a ticket to another state."),
                                arguments, 2, 2);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QStringList positional = parser.positionalArguments();
    auto id = CliContext::parseTicketId(positional[0]);
    if (!id)
        return fail(id.error());
    QString state = positional[1];
    state.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    auto session = openSession(context);
    if (!session)
        return fail(session.error());
    const TransitionDetails details{parser.value(resolution), parser.value(lessons)};
    if (auto status = session->store->workflow.transition(*id, state, details); !status)
        return status;
    return reportChange(context, session->store->tickets, *id,
                        tr("Ticket #%1 is now %2.").arg(*id).arg(Lifecycle::displayState(state.trimmed().toLower())));
}

Status TicketCommands::link(CliContext& context, const QStringList& arguments, bool unlink)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("CHILD"), tr("The report, investigation or countermeasure."));
    parser.addPositionalArgument(s("INCIDENT"), tr("The incident."));
    const QString command = unlink ? s("ticket unlink") : s("ticket link");
    auto parsed = context.parse(
        parser, command, s("CHILD INCIDENT"),
        unlink ? tr("Remove a ticket from an incident.") : tr("Link a ticket under an incident."), arguments, 2, 2);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto ids = ticketIds(parser.positionalArguments(), 2);
    if (!ids)
        return fail(ids.error());
    auto session = openSession(context);
    if (!session)
        return fail(session.error());
    const qint64 child = ids->at(0);
    const qint64 incident = ids->at(1);
    if (auto status =
            unlink ? session->store->workflow.unlink(child, incident) : session->store->workflow.link(child, incident);
        !status)
        return status;
    return reportChange(context, session->store->tickets, child,
                        unlink ? tr("Ticket #%1 unlinked from incident #%2.").arg(child).arg(incident)
                               : tr("Ticket #%1 linked to incident #%2.").arg(child).arg(incident));
}

Status TicketCommands::merge(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("INTO"), tr("The report that stays."));
    parser.addPositionalArgument(s("FROM"), tr("The duplicate report, marked as merged."));
    auto parsed = context.parse(parser, s("ticket merge"), s("INTO FROM"),
                                tr("Merge a duplicate report into another: its observables, tags, links and "
                                   "description move over."),
                                arguments, 2, 2);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto ids = ticketIds(parser.positionalArguments(), 2);
    if (!ids)
        return fail(ids.error());
    auto session = openSession(context);
    if (!session)
        return fail(session.error());
    if (auto status = session->store->workflow.merge(ids->at(0), ids->at(1)); !status)
        return status;
    return reportChange(context, session->store->tickets, ids->at(0),
                        tr("Ticket #%1 merged into #%2.").arg(ids->at(1)).arg(ids->at(0)));
}

Status TicketCommands::tag(CliContext& context, const QStringList& arguments, bool remove)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("ID"), tr("The ticket number."));
    parser.addPositionalArgument(s("TAG"), tr("The tag."));
    auto parsed =
        context.parse(parser, remove ? s("ticket untag") : s("ticket tag"), s("ID TAG"),
                      remove ? tr("Remove a tag from a ticket.") : tr("Add a tag to a ticket."), arguments, 2, 2);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QStringList positional = parser.positionalArguments();
    auto id = CliContext::parseTicketId(positional[0]);
    if (!id)
        return fail(id.error());
    auto session = openSession(context);
    if (!session)
        return fail(session.error());
    if (auto status = remove ? session->store->tags.removeTag(*id, positional[1])
                             : session->store->tags.addTag(*id, positional[1]);
        !status)
        return status;
    return reportChange(context, session->store->tickets, *id,
                        remove ? tr("Ticket #%1: tag removed.").arg(*id) : tr("Ticket #%1: tag added.").arg(*id));
}

Status TicketCommands::observe(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption type(s("type"), tr("The observable type when guessing is not wanted: %1.").arg([] {
        QStringList keys;
        for (ObservableType t : allObservableTypes())
            keys.append(observableTypeKey(t));
        return keys.join(s(", "));
    }()),
                                  tr("TYPE"));
    parser.addOption(type);
    parser.addPositionalArgument(s("ID"), tr("The ticket number."));
    parser.addPositionalArgument(s("VALUE"), tr("Address, network, domain, URL, e-mail, hash, CVE or AS number."));
    auto parsed = context.parse(parser, s("ticket observe"), s("ID VALUE"), tr("Add an observable to a ticket."),
                                arguments, 2, 2);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QStringList positional = parser.positionalArguments();
    auto id = CliContext::parseTicketId(positional[0]);
    if (!id)
        return fail(id.error());
    Result<Observable> observable = Observables::fromUserInput(positional[1]);
    if (parser.isSet(type)) {
        const auto parsedType = parseObservableType(parser.value(type));
        if (!parsedType)
            return fail(ErrorCode::BadInput, tr("'%1' is not an observable type.").arg(parser.value(type)));
        observable = Observables::normalise(*parsedType, positional[1]);
    }
    if (!observable)
        return fail(observable.error());
    auto session = openSession(context);
    if (!session)
        return fail(session.error());
    if (auto status = session->store->observables.addObservable(*id, *observable); !status)
        return status;
    QString message =
        tr("Ticket #%1: %2 %3 added.").arg(*id).arg(observableTypeKey(observable->type), observable->value);
    if (const QString note = PublicSuffix::specialUseNote(*observable); !note.isEmpty())
        message += u' ' + note;
    return reportChange(context, session->store->tickets, *id, message);
}

Status TicketCommands::search(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(s("limit"), tr("At most N tickets (default 100)."), tr("N"));
    const QCommandLineOption merged(s("merged"), tr("Include reports merged into others."));
    parser.addOptions({limit, merged});
    parser.addPositionalArgument(s("WORDS"),
                                 tr("Free words (every one must match; word* matches a prefix) and typed terms: %1 "
                                    "(e.g. ip:192.0.2.0/24 owner:me state:open).")
                                     .arg(TicketSearchQuery::keys().join(s(", "))),
                                 s("WORDS..."));
    auto parsed = context.parse(parser, s("ticket search"), s("WORDS..."),
                                tr("Search tickets: full text over titles and descriptions, narrowed by typed terms "
                                   "as in the GUI's search box. Newest first."),
                                arguments, 1, 1000);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    TicketQuery base;
    base.order = TicketOrder::Id;
    base.descending = true;
    base.includeMerged = parser.isSet(merged);
    if (parser.isSet(limit)) {
        bool ok = false;
        base.limit = parser.value(limit).toInt(&ok);
        if (!ok || base.limit <= 0)
            return fail(ErrorCode::BadInput, tr("'%1' is not a number of tickets.").arg(parser.value(limit)));
    }
    // Malformed terms are refused before the passphrase is asked for.
    auto terms = TicketSearchQuery::parse(parser.positionalArguments().join(QLatin1Char(' ')), context.actor());
    if (!terms)
        return fail(terms.error());
    if (terms->isEmpty())
        return fail(ErrorCode::Usage, tr("Nothing to search for."));

    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    TicketSearch search(**vault);
    auto query = search.resolve(*terms, base);
    if (!query)
        return fail(query.error());
    auto tickets = search.list(*query);
    if (!tickets)
        return fail(tickets.error());
    TicketView::printList(context, *tickets);
    return {};
}

Status TicketCommands::history(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("ID"), tr("The ticket number."));
    auto parsed = context.parse(parser, s("ticket history"), s("ID"), tr("Show the history of a ticket, oldest first."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto id = CliContext::parseTicketId(parser.positionalArguments().constFirst());
    if (!id)
        return fail(id.error());
    auto session = openSession(context);
    if (!session)
        return fail(session.error());
    if (auto ticket = session->store->tickets.get(*id); !ticket)
        return fail(ticket.error());
    auto entries = session->store->tickets.history().forTicket(*id);
    if (!entries)
        return fail(entries.error());
    TicketView::printHistory(context, *entries);
    return {};
}

} // namespace fb
