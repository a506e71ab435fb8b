// SPDX-License-Identifier: GPL-3.0-or-later
// CliContext: what every firebreak-cli command shares: the global options,
// the passphrase sources, opening the workspace, the clock, the actor and printing text, tables and JSON.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace fb {

class TextTable;
class Vault;

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(fb::CliContext)

public:
    static constexpr const char* kWorkspaceVariable = "FIREBREAK_WORKSPACE";
    static constexpr const char* kPassphraseVariable = "FIREBREAK_PASSPHRASE";
    static constexpr const char* kNewPassphraseVariable = "FIREBREAK_NEW_PASSPHRASE";
    static constexpr const char* kActorVariable = "FIREBREAK_ACTOR";
    // Set (to anything but empty or 0) like --no-session: never use a key kept by `unlock`.
    static constexpr const char* kNoSessionVariable = "FIREBREAK_NO_SESSION";

    CliContext();

    // --workspace, --passphrase-file, --no-session, --json, --actor: accepted before and after the command.
    static QList<QCommandLineOption> globalOptions();
    // Keeps the global options the parser saw; later ones (after the command) win.
    void takeGlobals(const QCommandLineParser& parser);

    bool json() const { return m_json; }
    // --actor, else FIREBREAK_ACTOR, else the login name.
    QString actor() const;
    const Clock& clock() const { return m_clock; }

    // --workspace, else FIREBREAK_WORKSPACE; a Usage error when neither is given.
    Result<QString> workspacePath() const;
    // The passphrase from --passphrase-file, FIREBREAK_PASSPHRASE or a prompt.
    Result<SecretBytes> passphrase(const QString& question);
    // The passphrase of a workspace being created: --passphrase-file, FIREBREAK_PASSPHRASE, or asked twice.
    Result<SecretBytes> initialPassphrase(const QString& question);
    // A new passphrase (init, passwd): from `file` when given, else `variable`, else asked twice.
    Result<SecretBytes> newPassphrase(const QString& file, const char* variable, const QString& question);
    // Opens the workspace: with the key `unlock` kept for it when there is one (unless `useSession` is false, or
    // --no-session or $FIREBREAK_NO_SESSION says not to), else with the passphrase. NotFound before asking when
    // the file is not there.
    Result<std::unique_ptr<Vault>> openVault(bool useSession = true);
    // Whether --no-session or $FIREBREAK_NO_SESSION turned sessions off.
    bool sessionDisabled() const;

    QTextStream& out() { return m_out; }
    void printJson(const QJsonValue& value);
    // A listing: with --json the JSON, else the table.
    void printListing(const TextTable& table, const QJsonValue& json);
    void printError(const QString& message);

    // Local time for people ("2024-05-01 14:30"), empty for an invalid time.
    static QString localTime(const QDateTime& time);
    // ISO 8601 UTC for JSON ("2024-05-01T12:30:00Z"), null for an invalid time.
    static QJsonValue isoUtc(const QDateTime& time);
    // "42" or "#42"; a BadInput error otherwise.
    static Result<qint64> parseTicketId(const QString& text);

private:
    QString noPassphraseHint() const;

    SystemClock m_clock;
    QTextStream m_out;
    QTextStream m_err;
    QString m_workspace;
    QString m_passphraseFile;
    QString m_actor;
    bool m_json = false;
    bool m_noSession = false;
};

} // namespace fb
