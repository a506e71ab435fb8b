// SPDX-License-Identifier: GPL-3.0-or-later
// firebreak-cli: parses the global options, finds "noun verb" and runs that command; every failure ends as one line
// on stderr and the exit code of ExitCodes::forError().
#include "app/cli/AdvisoryCommands.h"
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "app/cli/CommandDispatcher.h"
#include "app/cli/CommandHelp.h"
#include "app/cli/directory/DirectoryCommands.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/MailExportCommands.h"
#include "app/cli/MailReplyAllCommands.h"
#include "app/cli/MailCommands.h"
#include "app/cli/MailShowCommands.h"
#include "app/cli/ExchangeCommands.h"
#include "app/cli/ObservableCommands.h"
#include "app/cli/profile/ProfileCommands.h"
#include "app/cli/SessionCommands.h"
#include "app/cli/SettingsCommands.h"
#include "app/cli/PlaybookCommands.h"
#include "app/cli/EvidenceCommands.h"
#include "app/cli/ReportCommands.h"
#include "app/cli/SlaCommands.h"
#include "app/cli/TaskCommands.h"
#include "app/cli/StatsCommands.h"
#include "app/cli/TimelineCommands.h"
#include "app/cli/TaxonomyCommands.h"
#include "app/cli/ticket/TicketCommands.h"
#include "app/cli/WorkspaceCommands.h"
#include "core/base/ProcessHardening.h"
#include "core/base/Translations.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/SecretBytes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace fb {

namespace {

// The translation context of this file's messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(fb::Cli)
};

CommandList allCommands()
{
    CommandList list;
    for (CommandList (*commands)() :
         {WorkspaceCommands::commands, SessionCommands::commands,    TicketCommands::commands,
          TaskCommands::commands,      TimelineCommands::commands,   PlaybookCommands::commands,
          EvidenceCommands::commands,  ObservableCommands::commands, TaxonomyCommands::commands,
          SlaCommands::commands,       SettingsCommands::commands,   DirectoryCommands::commands,
          AdvisoryCommands::commands,  MailExportCommands::commands, ProfileCommands::commands,
          MailCommands::commands,      MailShowCommands::commands,   MailReplyAllCommands::commands,
          ExchangeCommands::commands,  StatsCommands::commands,      ReportCommands::commands}) {
        for (auto& command : commands())
            list.push_back(std::move(command));
    }
    return list;
}

QString topLevelHelp(const QList<const CommandSpec*>& specs)
{
    const QString program = QCoreApplication::applicationName();
    QString options;
    for (const QCommandLineOption& option : CliContext::globalOptions())
        options += CommandHelp::optionRow(option);
    return CliText::tr(
               "Usage: %1 [global options] <noun> <verb> [options]\n"
               "\n"
               "Firebreak incident handling from the command line: tickets (reports, incidents, investigations,\n"
               "countermeasures), observables, taxonomies and SLAs in one encrypted workspace file.\n"
               "\n"
               "Commands:\n")
               .arg(program) +
           CommandHelp::commandTable(specs) +
           CliText::tr("\n"
                       "Global options (also accepted after the command):\n") +
           options +
           CliText::tr(
               "  -h, --help                 Show this help; '%1 <command> --help' shows a command's options.\n"
               "  --version                  Show the version.\n"
               "\n"
               "Environment:\n"
               "  FIREBREAK_WORKSPACE        The workspace file when --workspace is not given.\n"
               "  FIREBREAK_PASSPHRASE       The passphrase when --passphrase-file is not given (else a no-echo\n"
               "                             prompt on the terminal; without a terminal the command fails).\n"
               "  FIREBREAK_NEW_PASSPHRASE   The new passphrase for passwd.\n"
               "  FIREBREAK_ACTOR            The name recorded in the history (else $USER).\n"
               "  FIREBREAK_NO_SESSION       When set (not 0), like --no-session: never use a key kept by unlock.\n"
               "\n"
               "Times are shown in local time; JSON (--json) gives ISO 8601 UTC.\n"
               "\n"
               "Exit codes:\n")
               .arg(program) +
           ExitCodes::helpTable();
}

class Cli
{
public:
    int run(const QStringList& arguments)
    {
        const Status status = dispatch(arguments);
        m_context.out().flush();
        if (status)
            return ExitCodes::value(ExitCode::Ok);
        m_context.printError(status.error().toString());
        return ExitCodes::value(ExitCodes::forError(status.error().code));
    }

private:
    Status dispatch(const QStringList& arguments)
    {
        QCommandLineParser parser;
        // Options before the command are global; everything from the noun on belongs to the command.
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        for (const QCommandLineOption& option : CliContext::globalOptions())
            parser.addOption(option);
        const QCommandLineOption help({s("h"), s("help")}, CliText::tr("Show this help."));
        const QCommandLineOption version(s("version"), CliText::tr("Show the version."));
        parser.addOption(help);
        parser.addOption(version);
        if (!parser.parse(arguments))
            return fail(ErrorCode::Usage, parser.errorText() + CliText::tr("; see %1 --help.").arg(program()));
        m_context.takeGlobals(parser);
        if (parser.isSet(version)) {
            m_context.out() << program() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
                            << QLatin1Char('\n');
            return {};
        }
        const QStringList words = parser.positionalArguments();
        if (parser.isSet(help) || (!words.isEmpty() && words.first() == QLatin1String("help") && words.size() == 1)) {
            m_context.out() << topLevelHelp(m_dispatcher.specs());
            return {};
        }
        if (words.isEmpty())
            return fail(ErrorCode::Usage, CliText::tr("No command given; see %1 --help.").arg(program()));
        if (words.first() == QLatin1String("help"))
            return m_dispatcher.dispatch(words.mid(1) + QStringList{s("--help")});
        return m_dispatcher.dispatch(words);
    }

    static QString program() { return QCoreApplication::applicationName(); }

    CliContext m_context;
    CommandDispatcher m_dispatcher{m_context, allCommands()};
};

} // namespace

// PDF output (`--format pdf`) lays out text with Qt's fonts, which need the graphical runtime. Only those
// commands start it, offscreen unless a platform is chosen, so no display is needed.
bool needsGraphicalRuntime(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--format=pdf" || (arg == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

// Qt's graphical runtime warns about its environment (no XDG_RUNTIME_DIR, fonts) on stderr; errors are one line,
// so with it running only critical messages get through, in our form.
void quietQtWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        CliContext().printError(message);
}

} // namespace fb

int main(int argc, char* argv[])
{
#ifdef NDEBUG
    fb::hardenProcess(); // no core dumps or ptrace of a process that holds a workspace key
#endif
    std::unique_ptr<QCoreApplication> app;
    if (fb::needsGraphicalRuntime(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(fb::quietQtWarnings);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("firebreak-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FB_VERSION));
    fb::Translations::install(*app, QString()); // the system locale's language, else English
    if (!fb::ensureSodium()) {
        fb::CliContext().printError(QCoreApplication::translate("fb::Cli", "libsodium could not be initialised."));
        return fb::ExitCodes::value(fb::ExitCode::Internal);
    }
    // A run that was killed left its temporary GnuPG homes (keys of partner teams) and their agents behind.
    fb::GnupgHome::removeLeftovers();
    return fb::Cli().run(QCoreApplication::arguments());
}
