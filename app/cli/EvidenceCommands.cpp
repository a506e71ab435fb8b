// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/EvidenceCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/ticket/TicketCliSupport.h"
#include "core/tickets/TicketTime.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

QJsonObject toJson(const TicketEvidence& e)
{
    QJsonObject object{{s("id"), e.id},
                       {s("ticket"), e.ticketId},
                       {s("name"), e.name},
                       {s("size"), e.size},
                       {s("sha256"), e.sha256},
                       {s("mediaType"), e.mediaType},
                       {s("description"), e.description},
                       {s("addedAt"), isoOrEmpty(e.addedAt)},
                       {s("addedBy"), e.addedBy}};
    if (e.removed()) {
        object.insert(s("removedAt"), isoOrEmpty(e.removedAt));
        object.insert(s("removedBy"), e.removedBy);
    }
    return object;
}

class EvidenceAddCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::EvidenceCommands)

public:
    EvidenceAddCommand()
        : TicketIdCommand({
              .noun = s("evidence"),
              .verb = s("add"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Attach files to a ticket as evidence"),
              .description = tr("Store each FILE inside the workspace as evidence of the ticket, with its size, "
                                "SHA-256, media type, who added it and when, each in the ticket's history. A file "
                                "can be at most %1; an empty file or a folder is refused. The files are added one "
                                "by one: when one is refused, those before it stay added.")
                                 .arg(EvidenceStore::sizeText(EvidenceStore::kMaxFileSize)),
              .synopsis = s("ID FILE..."),
              .arguments = {{s("ID"), tr("The ticket number.")}, {s("FILE"), tr("A file to attach.")}},
              .minArguments = 2,
              .maxArguments = CommandSpec::kUnlimited,
              .options = {option("description", tr("What the files are (for each of them)."), "TEXT")},
          })
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        QJsonArray added;
        for (qsizetype i = 1; i < call.positional().size(); ++i) {
            FB_TRY_ASSIGN(auto evidence, store->evidence.addFile(m_id, call.positional(i), call.value("description")));
            if (call.json())
                added.append(toJson(evidence));
            else
                call.out() << tr("Ticket #%1: evidence %2 added: %3 (%4, SHA-256 %5).")
                                  .arg(m_id)
                                  .arg(evidence.id)
                                  .arg(evidence.name, EvidenceStore::sizeText(evidence.size), evidence.sha256)
                           << QLatin1Char('\n');
        }
        if (call.json())
            call.context().printJson(added);
        return {};
    }
};

class EvidenceListCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::EvidenceCommands)

public:
    EvidenceListCommand()
        : TicketIdCommand(onOneTicket({
              .noun = s("evidence"),
              .verb = s("list"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "List a ticket's evidence files"),
              .description = tr("List the evidence of a ticket: number, name, size, SHA-256, who added it and when. "
                                "--removed lists removed files too (their content is gone, their record stays)."),
              .options = {option("removed", tr("Include removed files."))},
          }))
    {
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto list, store->evidence.evidence(m_id, call.isSet("removed")));
        if (call.json()) {
            QJsonArray array;
            for (const TicketEvidence& e : std::as_const(list))
                array.append(toJson(e));
            call.context().printJson(array);
            return {};
        }
        if (list.isEmpty()) {
            call.out() << tr("Ticket #%1 has no evidence.").arg(m_id) << QLatin1Char('\n');
            return {};
        }
        for (const TicketEvidence& e : std::as_const(list)) {
            call.out() << QStringLiteral("%1  %2  %3  %4  %5 %6")
                              .arg(e.id, 4)
                              .arg(e.sha256, EvidenceStore::sizeText(e.size).rightJustified(10), e.name,
                                   isoOrEmpty(e.addedAt), e.addedBy);
            if (e.removed())
                call.out() << QStringLiteral("  ")
                           << tr("(removed %1 by %2)").arg(isoOrEmpty(e.removedAt), e.removedBy);
            call.out() << QLatin1Char('\n');
        }
        return {};
    }
};

class EvidenceExportCommand : public TicketIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(fb::EvidenceCommands)

public:
    EvidenceExportCommand()
        : TicketIdCommand(onOneTicket({
              .noun = s("evidence"),
              .verb = s("export"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Export a ticket's evidence to a folder with SHA256SUMS"),
              .description = tr("Write the ticket's evidence files into a new or empty folder, under safe names "
                                "(no folder part, repeated names numbered), with a SHA256SUMS file: check them "
                                "with `sha256sum -c SHA256SUMS` in that folder. A file whose content no longer "
                                "matches its recorded SHA-256 is not written (run verify)."),
              .options = {option("out", tr("The folder to write (made when missing; must be empty)."), "DIR")},
          }))
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY(TicketIdCommand::check(call));
        if (call.value("out").isEmpty())
            return fail(ErrorCode::Usage, tr("Name the folder to export to with --out DIR."), s("out"));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY_ASSIGN(auto exported, store->evidence.exportTicket(m_id, call.value("out")));
        if (call.json()) {
            call.context().printJson(QJsonObject{{s("folder"), exported.folder},
                                                 {s("files"), QJsonArray::fromStringList(exported.files)},
                                                 {s("checksums"), exported.checksums}});
        } else {
            call.out() << tr("Ticket #%1: %n evidence file(s) and SHA256SUMS written to %2.", nullptr,
                             int(exported.files.size()))
                              .arg(m_id)
                              .arg(QDir::toNativeSeparators(exported.folder))
                       << QLatin1Char('\n');
        }
        return {};
    }
};

class EvidenceRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::EvidenceCommands)

public:
    EvidenceRemoveCommand()
        : Command({
              .noun = s("evidence"),
              .verb = s("remove"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Remove an evidence file from its ticket"),
              .description = tr("Delete an evidence file's content from the workspace. Its record (name, size, "
                                "SHA-256, who added and removed it and when) and its history stay."),
              .synopsis = s("EVIDENCE"),
              .arguments = {{s("EVIDENCE"), tr("The evidence number (see evidence list).")}},
              .minArguments = 1,
              .maxArguments = 1,
          })
    {
    }

    Status check(CommandCall& call) override
    {
        bool ok = false;
        m_evidence = call.positional(0).toLongLong(&ok);
        if (!ok || m_evidence <= 0)
            return fail(ErrorCode::BadInput, tr("'%1' is not an evidence number.").arg(call.positional(0)),
                        s("evidence"));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = TicketCliSupport::store(call);
        FB_TRY(store->evidence.remove(m_evidence));
        FB_TRY_ASSIGN(auto evidence, store->evidence.item(m_evidence));
        if (call.json())
            call.context().printJson(toJson(evidence));
        else
            call.out() << tr("Ticket #%1: evidence %2 (%3) removed.")
                              .arg(evidence.ticketId)
                              .arg(evidence.id)
                              .arg(evidence.name)
                       << QLatin1Char('\n');
        return {};
    }

private:
    qint64 m_evidence = 0;
};

} // namespace

CommandList EvidenceCommands::commands()
{
    CommandList list;
    addCommands<EvidenceAddCommand, EvidenceListCommand, EvidenceExportCommand, EvidenceRemoveCommand>(list);
    return list;
}

} // namespace fb
