// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/WorkspaceCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TextTable.h"
#include "core/crypto/KeyringSession.h"
#include "core/demo/DemoWorkspace.h"
#include "core/history/History.h"
#include "core/tickets/Lifecycle.h"
#include "core/history/TicketAudit.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Vault.h"
#include "core/vault/WorkspaceFile.h"
#include "core/vault/WorkspaceSession.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceCommands)

public:
    InitCommand()
        : Command({
              .noun = s("init"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Create a new encrypted workspace"),
              .description = tr("Create a new, empty workspace at --workspace (or $%1), encrypted with a key "
                                "derived from the passphrase. An existing file is never overwritten. When the "
                                "passphrase is asked for, it is asked twice.")
                                 .arg(QLatin1String(CliContext::kWorkspaceVariable)),
              .workspace = WorkspaceUse::Create,
          })
    {
    }
    Status run(CommandCall& call) override;
};

class PasswdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceCommands)

public:
    PasswdCommand()
        : Command({
              .noun = s("passwd"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Change the passphrase of a workspace"),
              .description = tr("Change the passphrase: the whole file is re-encrypted under a key from the new "
                                "passphrase and a fresh salt. The current passphrase comes from the usual "
                                "sources, never from a key kept by unlock; that key is forgotten."),
              .options = {QCommandLineOption(s("new-passphrase-file"),
                                             tr("Read the new passphrase from the first line of FILE (else $%1, else "
                                                "asked twice).")
                                                 .arg(QLatin1String(CliContext::kNewPassphraseVariable)),
                                             tr("FILE"))},
              .session = false,
          })
    {
    }
    Status run(CommandCall& call) override;
};

class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceCommands)

public:
    VerifyCommand()
        : Command({
              .noun = s("verify"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Check the file's integrity, the history chain and the tickets"),
              .description = tr("Run SQLite's integrity check over every page, walk the hash chain of the "
                                "history, and replay the history of every ticket to compare it with the tickets "
                                "(each difference names the ticket, the field, what the history says and what the "
                                "ticket holds), and recompute every evidence file's size and SHA-256 (a changed file "
                                "names its ticket and file). Exit code 0 when all is intact, 2 otherwise."),
          })
    {
    }
    Status run(CommandCall& call) override;
};

class SalvageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceCommands)

public:
    SalvageCommand()
        : Command({
              .noun = s("salvage"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Copy what can still be read of a damaged workspace into a new one"),
              .description = tr("Copy every row that can still be read of a damaged workspace into a new "
                                "workspace OUT (never overwritten), skipping the pages that fail their check; "
                                "full-text indexes are rebuilt. The damaged file is only read. Exit code 0 when "
                                "everything was copied, 2 when rows were lost (run verify on the copy: its "
                                "history chain names where)."),
              .synopsis = s("OUT"),
              .arguments = {{s("OUT"), tr("The new workspace file.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options = {QCommandLineOption(s("new-passphrase-file"),
                                             tr("The copy's passphrase from the first line of FILE (else $%1, else the "
                                                "damaged workspace's passphrase).")
                                                 .arg(QLatin1String(CliContext::kNewPassphraseVariable)),
                                             tr("FILE"))},
          })
    {
    }
    Status run(CommandCall& call) override;
};

class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::WorkspaceCommands)

public:
    DemoCommand()
        : Command({
              .noun = s("demo"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Create a demo workspace (if needed) and show its queues"),
              .description = tr("Create a demo workspace at --workspace when there is no file there yet: about "
                                "forty tickets of every kind over the last ninety days (botnet, SSH brute force, "
                                "CVE-2024-3094, DDoS, ransomware, phishing, spam). Then show its queues."),
              .workspace = WorkspaceUse::Create,
          })
    {
    }
    Status run(CommandCall& call) override;
};

} // namespace

CommandList WorkspaceCommands::commands()
{
    CommandList list;
    addCommands<InitCommand, PasswdCommand, VerifyCommand, SalvageCommand, DemoCommand>(list);
    return list;
}

Status InitCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString& path = call.workspacePath();
    if (QFileInfo::exists(path))
        return fail(ErrorCode::Conflict, tr("%1 already exists; init never overwrites a file.").arg(path));
    FB_TRY_ASSIGN(auto secret, context.initialPassphrase(tr("New workspace passphrase: ")));
    FB_TRY_ASSIGN(auto vault, Vault::create(path, secret));
    if (auto seeded = TicketStores::seedNewWorkspace(*vault, context.clock()); !seeded) {
        // Leave no half-made workspace behind.
        vault->close();
        WorkspaceFile::removeAll(path);
        return seeded;
    }
    if (context.json())
        context.printJson(QJsonObject{{s("path"), path}, {s("schemaVersion"), (vault)->schemaVersion()}});
    else
        context.out() << tr("Created workspace %1.").arg(path) << QLatin1Char('\n');
    return {};
}

Status PasswdCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    FB_TRY_ASSIGN(auto secret, context.newPassphrase(call.value("new-passphrase-file"),
                                                     CliContext::kNewPassphraseVariable, tr("New passphrase: ")));
    // The kept key cannot open the re-keyed file: forget it now rather than leave it in the keyring until it expires.
    KeyringSession keyring;
    FB_TRY(WorkspaceSession(keyring).lock(call.vault()));
    if (auto status = call.vault().changePassphrase(secret); !status)
        return status;
    if (context.json())
        context.printJson(QJsonObject{{s("path"), call.vault().path()}, {s("changed"), true}});
    else
        context.out() << tr("Passphrase changed.") << QLatin1Char('\n');
    return {};
}

namespace {

// A workspace whose pages fail their check: say which tables can still be read, so the user knows what a backup
// must bring back.
Status reportDamage(CliContext& context, Vault& vault, const Error& damage, const QStringList& problems)
{
    auto health = vault.tableHealth();
    if (!health)
        return fail(damage);
    QStringList unreadable;
    QJsonArray tables;
    for (const auto& table : std::as_const(*health)) {
        if (!table.readable)
            unreadable.append(table.table);
        tables.append(QJsonObject{{QStringLiteral("table"), table.table},
                                  {QStringLiteral("readable"), table.readable},
                                  {QStringLiteral("rowsRead"), table.rowsRead}});
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                      {QStringLiteral("damaged"), true},
                                      {QStringLiteral("problem"), damage.message},
                                      {QStringLiteral("integrity"),
                                       QJsonObject{{QStringLiteral("ok"), false},
                                                   {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}}},
                                      {QStringLiteral("tables"), tables}});
    } else {
        QTextStream& out = context.out();
        for (const auto& table : std::as_const(*health))
            out << (table.readable ? WorkspaceCommands::tr("  readable    %1 (%n row(s))", nullptr, int(table.rowsRead))
                                   : WorkspaceCommands::tr("  DAMAGED     %1 (%n row(s) read before the damage)",
                                                           nullptr, int(table.rowsRead)))
                       .arg(table.table)
                << QLatin1Char('\n');
    }
    if (unreadable.isEmpty())
        return fail(ErrorCode::Damaged,
                    WorkspaceCommands::tr("%1 Every table can still be read: the damage is in an index or in unused "
                                          "pages.")
                        .arg(damage.message));
    return fail(ErrorCode::Damaged, WorkspaceCommands::tr("%1 Tables that cannot be read whole: %2.")
                                        .arg(damage.message, unreadable.join(QStringLiteral(", "))));
}

} // namespace

Status VerifyCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    auto problems = call.vault().integrityCheck();
    if (!problems && problems.error().code == ErrorCode::Damaged)
        return reportDamage(context, call.vault(), problems.error(), {});
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty())
        return reportDamage(context, call.vault(), call.vault().damageReport(*problems), *problems);
    FB_TRY_ASSIGN(auto chain, History(call.vault()).verify());
    FB_TRY_ASSIGN(auto audit, TicketAudit(call.vault()).run());

    if (context.json()) {
        QJsonArray findings;
        for (const TicketFinding& f : std::as_const(audit.findings))
            findings.append(QJsonObject{{s("ticket"), f.ticketId},
                                        {s("field"), f.field},
                                        {s("history"), f.expected ? QJsonValue(*f.expected) : QJsonValue()},
                                        {s("found"), f.found ? QJsonValue(*f.found) : QJsonValue()},
                                        {s("historyRow"), f.historyId > 0 ? QJsonValue(f.historyId) : QJsonValue()},
                                        {s("message"), f.message}});
        context.printJson(QJsonObject{
            {s("ok"), chain.intact && audit.intact()},
            {s("integrity"), QJsonObject{{s("ok"), true}, {s("problems"), QJsonArray()}}},
            {s("history"), QJsonObject{{s("rowsChecked"), chain.rowsChecked},
                                       {s("intact"), chain.intact},
                                       {s("firstBrokenId"), chain.intact ? QJsonValue() : chain.firstBrokenId},
                                       {s("problem"), chain.problem}}},
            {s("tickets"), QJsonObject{{s("checked"), audit.ticketsChecked},
                                       {s("historyRows"), audit.rowsReplayed},
                                       {s("intact"), audit.intact()},
                                       {s("differences"), audit.findingCount},
                                       {s("findings"), findings}}},
        });
    } else {
        QTextStream& out = context.out();
        out << tr("Integrity check: ok.") << QLatin1Char('\n');
        out << (chain.intact ? tr("History: %1 rows, chain intact.").arg(chain.rowsChecked)
                             : tr("History: chain broken."))
            << QLatin1Char('\n');
        out << (audit.intact() ? tr("Tickets: %1 match their history.").arg(audit.ticketsChecked)
                               : tr("Tickets: %n difference(s) from their history:", nullptr, int(audit.findingCount)))
            << QLatin1Char('\n');
        for (const TicketFinding& f : std::as_const(audit.findings))
            out << QStringLiteral("  ") << f.message << QLatin1Char('\n');
        if (audit.findingCount > audit.findings.size())
            out << tr("  … and %n more.", nullptr, int(audit.findingCount - audit.findings.size()))
                << QLatin1Char('\n');
    }
    if (!chain.intact)
        return fail(ErrorCode::BadInput,
                    tr("History row %1 breaks the chain: %2").arg(chain.firstBrokenId).arg(chain.problem));
    if (!audit.intact()) {
        // Ticket contents stay off stderr: the differences are listed above.
        const TicketFinding& first = audit.findings.constFirst();
        return fail(ErrorCode::BadInput,
                    tr("The tickets do not match their history: %n difference(s), the first in ticket #%1 (%2).",
                       nullptr, int(audit.findingCount))
                        .arg(first.ticketId)
                        .arg(first.field));
    }
    return {};
}

Status SalvageCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString target = call.positional().constFirst();
    FB_TRY_ASSIGN(auto secret,
                  !call.value("new-passphrase-file").isEmpty() ||
                          qEnvironmentVariableIsSet(CliContext::kNewPassphraseVariable)
                      ? context.newPassphrase(call.value("new-passphrase-file"), CliContext::kNewPassphraseVariable,
                                              tr("Passphrase for the copy: "))
                      : context.passphrase(tr("Passphrase for the copy (the same as before): ")));
    FB_TRY_ASSIGN(auto report, call.vault().salvageInto(target, secret));
    if (context.json()) {
        QJsonArray tables;
        for (const auto& table : std::as_const(report.tables))
            tables.append(QJsonObject{
                {s("table"), table.table}, {s("rowsCopied"), table.rowsCopied}, {s("unreadableRuns"), table.gaps}});
        context.printJson(QJsonObject{{s("target"), report.target},
                                      {s("complete"), report.complete()},
                                      {s("orphanRows"), report.orphanRows},
                                      {s("tables"), tables}});
    } else {
        QTextStream& out = context.out();
        for (const auto& table : std::as_const(report.tables))
            out << (table.gaps == 0 ? tr("  copied      %1 (%n row(s))", nullptr, int(table.rowsCopied))
                                    : tr("  PARTLY      %1 (%n row(s); rows on unreadable pages lost)", nullptr,
                                         int(table.rowsCopied)))
                       .arg(table.table)
                << QLatin1Char('\n');
        out << tr("Salvaged into %1.").arg(report.target) << QLatin1Char('\n');
    }
    if (!report.complete())
        return fail(ErrorCode::Damaged,
                    tr("Some rows could not be read and are not in %1 (%n copied row(s) refer to lost rows). Run "
                       "verify on the copy.",
                       nullptr, int(report.orphanRows))
                        .arg(report.target));
    return {};
}

Status DemoCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString& path = call.workspacePath();
    if (QFileInfo::exists(path)) {
        FB_TRY_ASSIGN(auto vault, context.openVault());
        return WorkspaceCommands::printQueues(context, *vault, false);
    }
    FB_TRY_ASSIGN(auto secret, context.initialPassphrase(tr("Passphrase for the demo workspace: ")));
    FB_TRY_ASSIGN(auto vault, Vault::create(path, secret));
    auto summary = DemoWorkspace::populateAll(*vault, context.clock());
    if (!summary) {
        // Leave no half-made demo behind.
        (vault)->close();
        QFile::remove(path);
        return fail(summary.error());
    }
    return WorkspaceCommands::printQueues(context, *vault, true);
}

Status WorkspaceCommands::printQueues(CliContext& context, Vault& vault, bool created)
{
    TicketSearch search(vault);
    FB_TRY_ASSIGN(auto queues, search.queueCounts(context.clock().nowUtc()));
    QJsonArray kinds;
    TextTable table({tr("KIND"), tr("TOTAL"), tr("ACTIVE"), tr("SLA BREACHED"), tr("BY STATE")});
    qint64 total = 0;
    for (const QueueCount& queue : queues) {
        const Lifecycle& lifecycle = Lifecycle::of(queue.kind);
        TicketQuery query;
        query.kind = queue.kind;
        query.includeMerged = true;
        FB_TRY_ASSIGN(auto all, search.count(query));
        query.includeMerged = false;
        QJsonObject byState;
        QStringList stateText;
        for (const QString& state : lifecycle.states()) {
            query.states = {state};
            FB_TRY_ASSIGN(auto n, search.count(query));
            byState.insert(state, n);
            if (n)
                stateText.append(QStringLiteral("%1 %2").arg(n).arg(Lifecycle::displayState(state)));
        }
        total += all;
        kinds.append(QJsonObject{{s("kind"), TicketEnums::key(queue.kind)},
                                 {s("total"), all},
                                 {s("active"), queue.active},
                                 {s("slaBreached"), queue.breached},
                                 {s("states"), byState}});
        table.addRow({TicketEnums::key(queue.kind), QString::number(all), QString::number(queue.active),
                      QString::number(queue.breached), stateText.join(QStringLiteral(", "))});
    }
    if (context.json()) {
        context.printJson(QJsonObject{
            {s("path"), vault.path()}, {s("created"), created}, {s("tickets"), total}, {s("kinds"), kinds}});
        return {};
    }
    QTextStream& out = context.out();
    out << (created ? tr("Created the demo workspace %1 with %2 tickets.").arg(vault.path()).arg(total)
                    : tr("Demo workspace %1 (%2 tickets).").arg(vault.path()).arg(total))
        << QStringLiteral("\n\n") << table.toString() << QLatin1Char('\n')
        << tr("Try:\n"
              "  firebreak-cli ticket list --active --sort due\n"
              "  firebreak-cli ticket show 2\n"
              "  firebreak-cli observable search 203.0.113.0/24\n"
              "  firebreak-cli ticket search phishing owner:bob\n"
              "  firebreak-cli verify\n");
    return {};
}

} // namespace fb
