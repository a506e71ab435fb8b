// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"

#include "app/cli/TextTable.h"

#include "app/cli/PassphraseInput.h"
#include "core/crypto/KeyringSession.h"
#include "core/vault/Vault.h"
#include "core/vault/WorkspaceSession.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace fb {

namespace {

const QString kWorkspaceOption = QStringLiteral("workspace");
const QString kPassphraseFileOption = QStringLiteral("passphrase-file");
const QString kJsonOption = QStringLiteral("json");
const QString kActorOption = QStringLiteral("actor");
const QString kNoSessionOption = QStringLiteral("no-session");

} // namespace

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
}

QList<QCommandLineOption> CliContext::globalOptions()
{
    return {
        QCommandLineOption({QStringLiteral("w"), kWorkspaceOption},
                           tr("The workspace file (default: $%1).").arg(QLatin1String(kWorkspaceVariable)), tr("FILE")),
        QCommandLineOption(kPassphraseFileOption,
                           tr("Read the passphrase from the first line of FILE (else $%1, else a prompt).")
                               .arg(QLatin1String(kPassphraseVariable)),
                           tr("FILE")),
        QCommandLineOption(kNoSessionOption, tr("Ignore a key kept by unlock: ask for the passphrase (also $%1=1).")
                                                 .arg(QLatin1String(kNoSessionVariable))),
        QCommandLineOption(kJsonOption, tr("Print JSON instead of text.")),
        QCommandLineOption(
            kActorOption,
            tr("Name recorded in the history (default: $%1, else the login name).").arg(QLatin1String(kActorVariable)),
            tr("NAME")),
    };
}

void CliContext::takeGlobals(const QCommandLineParser& parser)
{
    if (parser.isSet(kWorkspaceOption))
        m_workspace = parser.value(kWorkspaceOption);
    if (parser.isSet(kPassphraseFileOption))
        m_passphraseFile = parser.value(kPassphraseFileOption);
    if (parser.isSet(kActorOption))
        m_actor = parser.value(kActorOption);
    if (parser.isSet(kJsonOption))
        m_json = true;
    if (parser.isSet(kNoSessionOption))
        m_noSession = true;
}

bool CliContext::sessionDisabled() const
{
    const QByteArray variable = qgetenv(kNoSessionVariable);
    return m_noSession || (!variable.isEmpty() && variable != "0");
}

QString CliContext::actor() const
{
    if (!m_actor.trimmed().isEmpty())
        return m_actor.trimmed();
    const QString fromEnvironment = qEnvironmentVariable(kActorVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString user = qEnvironmentVariable("USER").trimmed();
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<QString> CliContext::workspacePath() const
{
    if (!m_workspace.isEmpty())
        return m_workspace;
    const QString fromEnvironment = qEnvironmentVariable(kWorkspaceVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return fail(ErrorCode::Usage,
                tr("No workspace given: use --workspace FILE or set %1.").arg(QLatin1String(kWorkspaceVariable)));
}

QString CliContext::noPassphraseHint() const
{
    return tr("No passphrase given and no terminal to ask for one: use --passphrase-file FILE or set %1.")
        .arg(QLatin1String(kPassphraseVariable));
}

Result<SecretBytes> CliContext::passphrase(const QString& question)
{
    if (!m_passphraseFile.isEmpty())
        return PassphraseInput::fromFile(m_passphraseFile);
    if (auto fromEnvironment = PassphraseInput::fromEnvironment(kPassphraseVariable))
        return std::move(*fromEnvironment);
    return PassphraseInput::prompt(question, noPassphraseHint());
}

Result<SecretBytes> CliContext::initialPassphrase(const QString& question)
{
    return newPassphrase(m_passphraseFile, kPassphraseVariable, question);
}

Result<SecretBytes> CliContext::newPassphrase(const QString& file, const char* variable, const QString& question)
{
    if (!file.isEmpty())
        return PassphraseInput::fromFile(file);
    if (auto fromEnvironment = PassphraseInput::fromEnvironment(variable))
        return std::move(*fromEnvironment);
    return PassphraseInput::promptTwice(question, tr("Repeat the passphrase: "),
                                        tr("No new passphrase given and no terminal to ask for one: use a passphrase "
                                           "file or set %1.")
                                            .arg(QLatin1String(variable)));
}

Result<std::unique_ptr<Vault>> CliContext::openVault(bool useSession)
{
    FB_TRY_ASSIGN(auto path, workspacePath());
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, tr("There is no workspace file at %1.").arg(path));
    if (useSession && !sessionDisabled()) {
        KeyringSession keyring;
        FB_TRY_ASSIGN(auto unlocked, WorkspaceSession(keyring).open(path));
        if (unlocked)
            return std::move(*unlocked);
    }
    FB_TRY_ASSIGN(auto secret, passphrase(tr("Passphrase for %1: ").arg(QFileInfo(path).fileName())));
    return Vault::open(path, secret);
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::printListing(const TextTable& table, const QJsonValue& json)
{
    if (m_json)
        printJson(json);
    else
        m_out << table.toString();
}

void CliContext::printError(const QString& message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_out.flush();
    m_err << QCoreApplication::applicationName() << QStringLiteral(": ") << line << QLatin1Char('\n');
    m_err.flush();
}

QString CliContext::localTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonValue CliContext::isoUtc(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

Result<qint64> CliContext::parseTicketId(const QString& text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorCode::BadInput, tr("'%1' is not a ticket number.").arg(text));
    return id;
}

} // namespace fb
