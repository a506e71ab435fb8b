// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SessionCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "core/crypto/KeyringSession.h"
#include "core/vault/WorkspaceSession.h"

#include <QJsonObject>

namespace fb {

namespace {

class UnlockCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::SessionCommands)

public:
    UnlockCommand()
        : Command({
              .noun = s("unlock"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Keep the workspace's key for a while: later commands skip "
                                                          "the passphrase"),
              .description = tr("Ask for the passphrase once, check that it opens the workspace, and keep the key "
                                "derived from it (never the passphrase) in the kernel keyring of this login session "
                                "for DURATION. Until then, or until lock, later commands of the same user on the "
                                "same workspace file open it without asking and without the slow key derivation. "
                                "The key is never written to the disk; the user's other processes and root can read "
                                "it while it is kept. A passphrase change forgets it; --no-session ignores it."),
              .options = {option("for", tr("Keep the key for DURATION: 30s, 15m, 2h... (default 15m, at most 12h)."),
                                 "DURATION")},
              .session = false,
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (!call.isSet("for")) {
            m_lifetime = WorkspaceSession::kDefaultLifetime;
            return {};
        }
        FB_TRY_ASSIGN(m_lifetime, WorkspaceSession::parseLifetime(call.value("for")));
        return {};
    }

    Status run(CommandCall& call) override
    {
        KeyringSession keyring;
        FB_TRY(WorkspaceSession(keyring).unlock(call.vault(), m_lifetime));
        const QDateTime until = call.clock().nowUtc().addSecs(m_lifetime.count());
        CliContext& context = call.context();
        if (context.json())
            context.printJson(QJsonObject{{s("path"), call.vault().path()},
                                          {s("seconds"), qint64(m_lifetime.count())},
                                          {s("until"), CliContext::isoUtc(until)}});
        else
            context.out() << tr("Unlocked %1 until %2; lock forgets the key sooner.")
                                 .arg(call.vault().path(), CliContext::localTime(until))
                          << QLatin1Char('\n');
        return {};
    }

private:
    std::chrono::seconds m_lifetime = WorkspaceSession::kDefaultLifetime;
};

class LockCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::SessionCommands)

public:
    LockCommand()
        : Command({
              .noun = s("lock"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Forget the key that unlock kept"),
              .description = tr("Forget the key that unlock kept for the workspace, so that the next command asks "
                                "for the passphrase again; with --all, the keys of every workspace. Forgetting "
                                "when nothing is kept is not an error."),
              .options = {option("all", tr("Forget the kept keys of every workspace."))},
              .workspace = WorkspaceUse::Locate,
          })
    {
    }

    WorkspaceUse workspace(const CommandCall& call) const override
    {
        return call.isSet("all") ? WorkspaceUse::None : WorkspaceUse::Locate;
    }

    Status run(CommandCall& call) override
    {
        KeyringSession keyring;
        WorkspaceSession session(keyring);
        CliContext& context = call.context();
        if (call.isSet("all")) {
            FB_TRY_ASSIGN(const int count, session.lockAll());
            if (context.json())
                context.printJson(QJsonObject{{s("forgotten"), count}});
            else
                context.out() << tr("Forgot %n kept workspace key(s).", nullptr, count) << QLatin1Char('\n');
            return {};
        }
        FB_TRY_ASSIGN(const bool found, session.lock(call.workspacePath()));
        if (context.json())
            context.printJson(QJsonObject{{s("path"), call.workspacePath()}, {s("forgotten"), found ? 1 : 0}});
        else
            context.out() << (found ? tr("Locked %1: its key is forgotten.") : tr("No key was kept for %1."))
                                 .arg(call.workspacePath())
                          << QLatin1Char('\n');
        return {};
    }
};

} // namespace

CommandList SessionCommands::commands()
{
    CommandList list;
    addCommands<UnlockCommand, LockCommand>(list);
    return list;
}

} // namespace fb
