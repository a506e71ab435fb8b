// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SettingsCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/settings/SettingKeys.h"
#include "core/settings/WorkspaceSettings.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TicketRepository.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

#include <limits>
#include <memory>

namespace fb {

namespace {

QString scopeKey(const SettingKey& key)
{
    return key.computer ? s("computer") : s("workspace");
}

QJsonObject keyJson(const SettingValues& values, const SettingKey& key)
{
    QJsonObject o{{s("key"), key.name},
                  {s("value"), SettingKeys::json(values, key.name)},
                  {s("scope"), scopeKey(key)},
                  {s("description"), SettingKeys::description(key)}};
    if (key.name == QLatin1String("signing-key"))
        o.insert(s("automatic"), values.signingKeyAutomatic);
    return o;
}

QString keyText(const SettingValues& values, const SettingKey& key)
{
    QString text = SettingKeys::text(values, key.name);
    if (key.name == QLatin1String("signing-key") && values.signingKeyAutomatic)
        text = text.isEmpty() ? SettingsCommands::tr("(automatic: our team has no key)")
                              : SettingsCommands::tr("%1 (automatic)").arg(text);
    else if (key.name == QLatin1String("team") && text.isEmpty())
        text = SettingsCommands::tr("(none)");
    else if (key.name == QLatin1String("language") && text.isEmpty())
        text = SettingsCommands::tr("(system)");
    return text;
}

// An unknown key is a usage error, found before the passphrase is asked for.
Result<SettingKey> knownKey(const QString& name)
{
    if (auto key = SettingKeys::find(name))
        return *key;
    return fail(ErrorCode::Usage, SettingsCommands::tr("There is no setting “%1”; see %2 settings list.")
                                      .arg(name.left(40), QCoreApplication::applicationName()));
}

// The workspace, its SLA policy store and this computer's settings (the GUI's), for one command.
struct SettingsSession
{
    std::unique_ptr<Vault> vault;
    std::unique_ptr<TicketRepository> tickets;
    std::unique_ptr<SlaPolicyStore> sla;
    std::unique_ptr<QSettings> computer;
    std::unique_ptr<WorkspaceSettings> service;
};

Result<SettingsSession> openSettings(CliContext& context)
{
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    SettingsSession session;
    session.vault = std::move(*vault);
    session.tickets = std::make_unique<TicketRepository>(*session.vault, context.clock(), context.actor());
    session.sla = std::make_unique<SlaPolicyStore>(*session.tickets);
    session.computer = std::make_unique<QSettings>(QString::fromLatin1(WorkspaceSettings::kOrganization),
                                                   QString::fromLatin1(WorkspaceSettings::kApplication));
    session.service = std::make_unique<WorkspaceSettings>(*session.vault, *session.sla, context.clock(),
                                                          context.actor(), session.computer.get());
    return session;
}

} // namespace

QList<Command> SettingsCommands::commands()
{
    return {
        {s("settings"), s("list"), QT_TRANSLATE_NOOP("fb::Command", "Show every setting with its value"), list},
        {s("settings"), s("get"), QT_TRANSLATE_NOOP("fb::Command", "Show one setting's value"), get},
        {s("settings"), s("set"), QT_TRANSLATE_NOOP("fb::Command", "Change settings (as the GUI's Settings page)"),
         set},
    };
}

Status SettingsCommands::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    auto parsed = context.parse(parser, s("settings list"), {},
                                tr("Show every setting of the Settings page: the workspace's (our team, signing key, "
                                   "subject tag, SLA times, stale threshold) and this computer's (auto-lock, "
                                   "language)."),
                                arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto session = openSettings(context);
    if (!session)
        return fail(session.error());
    auto values = session->service->load();
    if (!values)
        return fail(values.error());
    if (context.json()) {
        QJsonArray array;
        for (const SettingKey& key : SettingKeys::all())
            array.append(keyJson(*values, key));
        context.printJson(array);
        return {};
    }
    TextTable table({tr("KEY"), tr("VALUE"), tr("SCOPE"), tr("DESCRIPTION")});
    table.setMaxWidth(3, 70);
    for (const SettingKey& key : SettingKeys::all())
        table.addRow({key.name, keyText(*values, key), scopeKey(key), SettingKeys::description(key)});
    context.out() << table.toString();
    return {};
}

Status SettingsCommands::get(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("KEY"), tr("A setting, as settings list names it."));
    auto parsed = context.parse(parser, s("settings get"), s("KEY"),
                                tr("Show one setting's value: the value alone (empty when unset), or with --json an "
                                   "object with key, value, scope and description."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto key = knownKey(parser.positionalArguments().constFirst());
    if (!key)
        return fail(key.error());
    auto session = openSettings(context);
    if (!session)
        return fail(session.error());
    auto values = session->service->load();
    if (!values)
        return fail(values.error());
    if (context.json())
        context.printJson(keyJson(*values, *key));
    else
        context.out() << SettingKeys::text(*values, key->name) << QLatin1Char('\n');
    return {};
}

Status SettingsCommands::set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("KEY"), tr("A setting, as settings list names it."));
    parser.addPositionalArgument(s("VALUE"), tr("Its new value; more KEY VALUE pairs may follow."));
    auto parsed = context.parse(
        parser, s("settings set"), s("KEY VALUE [KEY VALUE]..."),
        tr("Change settings as the GUI's Settings page does, checked by the same rules: all pairs are saved "
           "together or none is. Times are whole minutes; team takes an id, UUID or name (none clears it); "
           "signing-key a full fingerprint (auto: the first key of our team); language a code (system: the "
           "system's)."),
        arguments, 2, std::numeric_limits<int>::max());
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QStringList pairs = parser.positionalArguments();
    if (pairs.size() % 2 != 0)
        return fail(ErrorCode::Usage,
                    tr("settings set takes KEY VALUE pairs; “%1” has no value.").arg(pairs.constLast().left(40)));
    QList<SettingKey> keys;
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        auto key = knownKey(pairs[i]);
        if (!key)
            return fail(key.error());
        keys.append(*key);
    }
    auto session = openSettings(context);
    if (!session)
        return fail(session.error());
    auto values = session->service->load();
    if (!values)
        return fail(values.error());
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        if (auto status = SettingKeys::apply(*values, pairs[i], pairs[i + 1], *session->service); !status)
            return status;
    }
    if (auto status = session->service->save(*values); !status)
        return status;
    auto saved = session->service->load();
    if (!saved)
        return fail(saved.error());
    if (context.json()) {
        QJsonArray array;
        for (const SettingKey& key : std::as_const(keys))
            array.append(keyJson(*saved, key));
        context.printJson(array);
        return {};
    }
    for (const SettingKey& key : std::as_const(keys))
        context.out() << tr("%1 = %2").arg(key.name, keyText(*saved, key)) << QLatin1Char('\n');
    return {};
}

} // namespace fb
