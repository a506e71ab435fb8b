// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MailCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/ImportProgressLine.h"
#include "app/cli/KeyPassphrase.h"
#include "app/cli/TextTable.h"
#include "core/base/AtomicFile.h"
#include "core/mail/MailImportService.h"
#include "core/mail/MailStore.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

#include <unistd.h>

namespace fb {

namespace {

QString where(const QString& source, const QString& position)
{
    const QString file = QDir::toNativeSeparators(source);
    return position.isEmpty() ? file : MailCommands::tr("%1, %2").arg(file, position);
}

QString outcomeText(const ImportCase& c)
{
    switch (c.outcome) {
    case ImportOutcome::Imported:
        return MailCommands::tr("new report #%1").arg(c.ticketId);
    case ImportOutcome::Threaded:
        return MailCommands::tr("added to #%1").arg(c.ticketId);
    case ImportOutcome::Duplicate:
        return MailCommands::tr("already on #%1").arg(c.ticketId);
    case ImportOutcome::Quarantined:
        return MailCommands::tr("quarantined");
    }
    return {};
}

Result<qint64> quarantineId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorCode::BadInput, MailCommands::tr("'%1' is not a quarantine id (a number from mail quarantine "
                                                          "list).")
                                             .arg(text));
    return id;
}

QJsonObject entryJson(const QuarantineEntry& e)
{
    return {{s("id"), e.id},
            {s("source"), QDir::toNativeSeparators(e.source)},
            {s("position"), e.position},
            {s("reason"), e.reason},
            {s("size"), e.size},
            {s("at"), CliContext::isoUtc(e.at)}};
}

} // namespace

QString MailCommands::summary(const MailImportReport& report)
{
    QString text = tr("Messages read: %1 (%2 MB); new reports: %3, added to existing tickets: %4, duplicates: %5, "
                      "quarantined: %6.\n")
                       .arg(report.total())
                       .arg(QString::number(double(report.bytes) / (1024.0 * 1024.0), 'f', 1))
                       .arg(report.imported)
                       .arg(report.threaded)
                       .arg(report.duplicates)
                       .arg(report.quarantined);
    if (report.reportersRecognised > 0)
        text += tr("%n new report(s) name their reporter from the directory.\n", nullptr, report.reportersRecognised);
    if (report.cancelled)
        text += tr("Interrupted: what was read so far is stored; running the same import again completes it.\n");
    const QList<ImportCase> problems = report.problems();
    if (problems.isEmpty())
        return text;
    text += tr("Needs a look:\n");
    for (const ImportCase& c : problems) {
        const QString subject = c.subject.trimmed().isEmpty() ? tr("(no subject)") : c.subject.simplified().left(80);
        text += tr("  %1: %2: %3\n").arg(where(c.source, c.position), outcomeText(c), subject);
        for (const QString& note : c.notes)
            text += tr("    - %1\n").arg(note);
    }
    return text;
}

namespace {

class MailImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailCommands)

public:
    MailImportCommand()
        : Command({
              .noun = s("mail"),
              .verb = s("import"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Import mail (mbox, Maildir, .eml) into reports and their tickets"),
              .description =
                  tr("Import mail into the workspace: each new message becomes an Incident Report, a reply "
                     "(our subject tag, or In-Reply-To/References naming a stored message) goes to its ticket, a "
                     "message already stored is skipped, and input that is not a usable message is kept whole in "
                     "the quarantine. Signed mail is verified against the workspace keyring and encrypted mail "
                     "decrypted with the team key (your GnuPG home). Senders the directory knows are named as the "
                     "report's reporter. Ctrl+C "
                     "stops after the current message; what was stored stays and a re-run completes the "
                     "import. Exit code 2 when messages were quarantined."),
              .synopsis = s("PATH..."),
              .arguments = {{s("PATH"), tr("An mbox file, a Maildir folder, an .eml file or a folder of them.")}},
              .minArguments = 1,
              .maxArguments = CommandSpec::kUnlimited,
              .options = {KeyPassphrase::fileOption()},
          })
    {
    }
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;
};

} // namespace

Status MailImportCommand::check(CommandCall& call)
{
    const QStringList paths = call.positional();
    // A wrong path is reported before the passphrase is asked for.
    for (const QString& path : paths)
        if (!QFileInfo::exists(path))
            return fail(ErrorCode::NotFound, tr("There is no file or folder %1.").arg(QDir::toNativeSeparators(path)),
                        path);
    return {};
}

Status MailImportCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    MailImportService importer(call.change(), KeyPassphrase::callback(call.value("key-passphrase-file")));
    ImportProgressLine progress;
    auto report = importer.importPaths(call.positional(), progress);
    progress.finish();
    if (!report)
        return fail(report.error());

    if (context.json())
        context.printJson(report->toJson());
    else
        context.out() << MailCommands::summary(*report);
    if (report->cancelled)
        return fail(ErrorCode::Cancelled,
                    tr("The import was interrupted; the messages read so far are stored, and running the same "
                       "import again completes it."));
    if (report->quarantined > 0)
        return fail(ErrorCode::BadInput,
                    tr("%n message(s) could not be imported and were quarantined; see mail quarantine list.", nullptr,
                       report->quarantined));
    return {};
}

namespace {

class MailQuarantineListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailCommands)

public:
    MailQuarantineListCommand()
        : Command({
              .noun = s("mail"),
              .verb = s("quarantine list"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "List the mail that could not be imported"),
              .description = tr("List the mail that could not be imported: id, when, size, where it came from and "
                                "why."),
          })
    {
    }
    Status run(CommandCall& call) override;
};

} // namespace

Status MailQuarantineListCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    FB_TRY_ASSIGN(auto entries, MailStore(call.vault()).quarantineList());
    if (context.json()) {
        QJsonArray array;
        for (const QuarantineEntry& e : entries)
            array.append(entryJson(e));
        context.printJson(array);
        return {};
    }
    if (entries.isEmpty()) {
        context.out() << tr("The quarantine is empty.") << QLatin1Char('\n');
        return {};
    }
    TextTable table({tr("ID"), tr("AT"), tr("BYTES"), tr("SOURCE"), tr("REASON")});
    table.setMaxWidth(4, 80);
    for (const QuarantineEntry& e : entries)
        table.addRow({QString::number(e.id), CliContext::localTime(e.at), QString::number(e.size),
                      where(e.source, e.position), e.reason});
    context.out() << table.toString();
    return {};
}

namespace {

class MailQuarantineShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailCommands)

public:
    MailQuarantineShowCommand()
        : Command({
              .noun = s("mail"),
              .verb = s("quarantine show"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Show one quarantined message, or save its raw bytes"),
              .description = tr("Show one quarantined message: where it came from, why it was kept aside and its "
                                "size. With --out, its raw bytes are saved to a file; '-' writes them to standard "
                                "output when that is not a terminal."),
              .synopsis = s("ID"),
              .arguments = {{s("ID"), tr("The quarantine id, from mail quarantine list.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options = {QCommandLineOption(s("out"), tr("Save the raw message to FILE (never shown on a terminal)."),
                                             tr("FILE")),
                          QCommandLineOption(s("force"), tr("Replace FILE if it exists."))},
          })
    {
    }
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    qint64 m_id = 0;
};

} // namespace

Status MailQuarantineShowCommand::check(CommandCall& call)
{
    CliContext& context = call.context();
    FB_TRY_ASSIGN(auto id, quarantineId(call.positional(0)));
    m_id = id;
    const QString outPath = call.value("out");
    const bool toStdout = outPath == QLatin1String("-");
    if (toStdout && ::isatty(STDOUT_FILENO))
        return fail(ErrorCode::Usage, tr("Raw mail is not written to a terminal; give --out FILE or redirect."),
                    s("out"));
    if (toStdout && context.json())
        return fail(ErrorCode::Usage, tr("With --json, give --out FILE for the raw message."), s("out"));
    if (!outPath.isEmpty() && !toStdout && QFileInfo::exists(outPath) && !call.isSet("force"))
        return fail(ErrorCode::Conflict, tr("%1 already exists; give --force to replace it.").arg(outPath), outPath);
    return {};
}

Status MailQuarantineShowCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString outPath = call.value("out");
    const bool toStdout = outPath == QLatin1String("-");
    FB_TRY_ASSIGN(auto entry, MailStore(call.vault()).quarantineEntry(m_id));

    if (toStdout) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(entry.raw) != entry.raw.size())
            return fail(ErrorCode::Io, tr("Cannot write to standard output."));
        return {};
    }
    if (!outPath.isEmpty()) {
        // Case data: readable by the owner only.
        if (auto status = AtomicFile::write(outPath, entry.raw, AtomicFile::Access::OwnerOnly); !status)
            return status;
    }
    if (context.json()) {
        QJsonObject o = entryJson(entry);
        if (!outPath.isEmpty())
            o.insert(s("written"), QDir::toNativeSeparators(outPath));
        context.printJson(o);
        return {};
    }
    context.out() << tr("Quarantined message %1\n"
                        "  From:    %2\n"
                        "  At:      %3\n"
                        "  Size:    %4 bytes\n"
                        "  Reason:  %5\n")
                         .arg(entry.id)
                         .arg(where(entry.source, entry.position), CliContext::localTime(entry.at))
                         .arg(entry.size)
                         .arg(entry.reason);
    if (!outPath.isEmpty())
        context.out() << tr("Saved the raw message to %1.").arg(QDir::toNativeSeparators(outPath)) << QLatin1Char('\n');
    else
        context.out() << tr("Give --out FILE to save the raw message.") << QLatin1Char('\n');
    return {};
}

CommandList MailCommands::commands()
{
    CommandList list;
    addCommands<MailImportCommand, MailQuarantineListCommand, MailQuarantineShowCommand>(list);
    return list;
}

} // namespace fb
