// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SettingsCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TextTable.h"
#include "core/settings/SettingKeys.h"
#include "core/settings/WorkspaceSettings.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

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

// The open workspace's SLA policy store, this computer's settings (the GUI's) and the values they hold.
struct SettingsSession
{
    std::unique_ptr<TicketStores> tickets;
    std::unique_ptr<QSettings> computer;
    std::unique_ptr<WorkspaceSettings> service;
    SettingValues values;
};

Result<SettingsSession> openSettings(const CommandCall& call)
{
    SettingsSession session;
    session.tickets = std::make_unique<TicketStores>(call.change());
    session.computer = std::make_unique<QSettings>(QString::fromLatin1(WorkspaceSettings::kOrganization),
                                                   QString::fromLatin1(WorkspaceSettings::kApplication));
    session.service = std::make_unique<WorkspaceSettings>(call.change(), session.tickets->sla, session.computer.get());
    FB_TRY_ASSIGN(auto values, session.service->load());
    session.values = std::move(values);
    return session;
}

class SettingsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::SettingsCommands)

public:
    SettingsListCommand()
        : Command({
              .noun = s("settings"),
              .verb = s("list"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Show every setting with its value"),
              .description = tr("Show every setting of the Settings page: the workspace's (our team, signing key, "
                                "subject tag, SLA times, stale threshold) and this computer's (auto-lock, "
                                "language)."),
          })
    {
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto session, openSettings(call));
        const SettingValues& values = session.values;
        if (call.json()) {
            QJsonArray array;
            for (const SettingKey& key : SettingKeys::all())
                array.append(keyJson(values, key));
            call.context().printJson(array);
            return {};
        }
        TextTable table({tr("KEY"), tr("VALUE"), tr("SCOPE"), tr("DESCRIPTION")});
        table.setMaxWidth(3, 70);
        for (const SettingKey& key : SettingKeys::all())
            table.addRow({key.name, keyText(values, key), scopeKey(key), SettingKeys::description(key)});
        call.out() << table.toString();
        return {};
    }
};

class SettingsGetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::SettingsCommands)

public:
    SettingsGetCommand()
        : Command({
              .noun = s("settings"),
              .verb = s("get"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Show one setting's value"),
              .description = tr("Show one setting's value: the value alone (empty when unset), or with --json an "
                                "object with key, value, scope and description."),
              .synopsis = s("KEY"),
              .arguments = {{s("KEY"), tr("A setting, as settings list names it.")}},
              .minArguments = 1,
              .maxArguments = 1,
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto key, knownKey(call.positional(0)));
        m_key = key;
        return {};
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto session, openSettings(call));
        if (call.json())
            call.context().printJson(keyJson(session.values, m_key));
        else
            call.out() << SettingKeys::text(session.values, m_key.name) << QLatin1Char('\n');
        return {};
    }

private:
    SettingKey m_key{};
};

class SettingsSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::SettingsCommands)

public:
    SettingsSetCommand()
        : Command({
              .noun = s("settings"),
              .verb = s("set"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Change settings (as the GUI's Settings page)"),
              .description =
                  tr("Change settings as the GUI's Settings page does, checked by the same rules: all pairs are saved "
                     "together or none is. Times are whole minutes; team takes an id, UUID or name (none clears it); "
                     "signing-key a full fingerprint (auto: the first key of our team); language a code (system: the "
                     "system's)."),
              .synopsis = s("KEY VALUE [KEY VALUE]..."),
              .arguments = {{s("KEY"), tr("A setting, as settings list names it.")},
                            {s("VALUE"), tr("Its new value; more KEY VALUE pairs may follow.")}},
              .minArguments = 2,
              .maxArguments = CommandSpec::kUnlimited,
          })
    {
    }

    Status check(CommandCall& call) override
    {
        const QStringList& pairs = call.positional();
        if (pairs.size() % 2 != 0)
            return fail(ErrorCode::Usage,
                        tr("settings set takes KEY VALUE pairs; “%1” has no value.").arg(pairs.constLast().left(40)));
        for (qsizetype i = 0; i < pairs.size(); i += 2) {
            FB_TRY_ASSIGN(auto key, knownKey(pairs[i]));
            m_keys.append(key);
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        const QStringList& pairs = call.positional();
        FB_TRY_ASSIGN(auto session, openSettings(call));
        SettingValues& values = session.values;
        for (qsizetype i = 0; i < pairs.size(); i += 2) {
            if (auto status = SettingKeys::apply(values, pairs[i], pairs[i + 1], *session.service); !status)
                return status;
        }
        if (auto status = session.service->save(values); !status)
            return status;
        FB_TRY_ASSIGN(auto saved, session.service->load());
        if (call.json()) {
            QJsonArray array;
            for (const SettingKey& key : std::as_const(m_keys))
                array.append(keyJson(saved, key));
            call.context().printJson(array);
            return {};
        }
        for (const SettingKey& key : std::as_const(m_keys))
            call.out() << tr("%1 = %2").arg(key.name, keyText(saved, key)) << QLatin1Char('\n');
        return {};
    }

private:
    QList<SettingKey> m_keys;
};

} // namespace

CommandList SettingsCommands::commands()
{
    CommandList list;
    addCommands<SettingsListCommand, SettingsGetCommand, SettingsSetCommand>(list);
    return list;
}

} // namespace fb
