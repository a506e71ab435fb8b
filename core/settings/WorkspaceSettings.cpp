// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/WorkspaceSettings.h"

#include "core/base/Translations.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/TeamReader.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailStore.h"
#include "core/tickets/TicketKind.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/vault/SettingsStore.h"
#include "core/vault/Transaction.h"

#include <QSettings>

#include <utility>

namespace fb {

namespace {

// A store's refusal, named by the setting's key (as SettingKeys and the CLI name it) rather than the store's.
Status named(Status status, const char* key)
{
    if (status)
        return status;
    Error error = status.error();
    error.where = QString::fromLatin1(key);
    return fail(std::move(error));
}

} // namespace

WorkspaceSettings::WorkspaceSettings(const ChangeContext& change, SlaPolicyStore& sla, QSettings* computer)
    : m_change(change)
    , m_sla(sla)
    , m_computer(computer)
{
}

Result<SettingValues> WorkspaceSettings::load()
{
    SettingValues values;
    OwnTeam ownTeam(m_change.vault);
    FB_TRY_ASSIGN(auto team, ownTeam.team());
    if (team.has_value()) {
        values.ownTeamId = (team)->id;
        values.ownTeamName = (team)->displayName();
    }
    FB_TRY_ASSIGN(auto key, ownTeam.signingKey());
    values.signingKey = key;
    FB_TRY_ASSIGN(auto chosen, ownTeam.chosenSigningKey());
    values.signingKeyAutomatic = chosen.isEmpty();
    FB_TRY_ASSIGN(auto tag, MailStore(m_change.vault).subjectTag());
    values.subjectTag = tag;
    FB_TRY_ASSIGN(auto quote, MailStore(m_change.vault).quoteOriginal());
    values.quoteOriginal = quote;
    FB_TRY_ASSIGN(auto sla, m_sla.slaPolicy());
    values.sla = sla;
    FB_TRY_ASSIGN(auto stale, DirectoryQueries(m_change.vault, m_change.clock).staleDays());
    values.staleDays = stale;
    if (m_computer) {
        values.autoLockMinutes = m_computer->value(QString::fromLatin1(kIdleMinutesKey), kDefaultIdleMinutes).toInt();
        values.language = m_computer->value(QString::fromLatin1(Translations::kLanguageKey)).toString();
    } else {
        values.autoLockMinutes = kDefaultIdleMinutes;
    }
    return values;
}

QStringList WorkspaceSettings::languages()
{
    QStringList codes{QStringLiteral("en")};
    for (const QString& code : Translations::available()) {
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

Status WorkspaceSettings::validate(const SettingValues& values)
{
    static const char* const kSeverityKeys[] = {"critical", "high", "medium", "low"};
    for (int severity = 1; severity <= 4; ++severity) {
        const SlaTargets targets = values.sla.targets(severity);
        const QString key = QStringLiteral("sla.%1").arg(QString::fromLatin1(kSeverityKeys[severity - 1]));
        for (const auto& [minutes, suffix] :
             {std::pair{targets.responseMinutes, ".response"}, std::pair{targets.resolveMinutes, ".resolve"}}) {
            if (minutes < kMinSlaMinutes || minutes > kMaxSlaMinutes)
                return fail(ErrorCode::BadInput,
                            tr("SLA times are %1 minutes to %2 days; not %3 minutes (severity %4).")
                                .arg(kMinSlaMinutes)
                                .arg(kMaxSlaMinutes / (24 * 60))
                                .arg(minutes)
                                .arg(TicketEnums::severityName(severity)),
                            key + QString::fromLatin1(suffix));
        }
        if (targets.responseMinutes > targets.resolveMinutes)
            return fail(ErrorCode::BadInput,
                        tr("The first response cannot be due after the resolution (severity %1).")
                            .arg(TicketEnums::severityName(severity)),
                        key + QStringLiteral(".response"));
    }
    if (values.staleDays < kMinStaleDays || values.staleDays > kMaxStaleDays)
        return fail(ErrorCode::BadInput,
                    tr("Directory entries are stale after %1 to %2 days; not %3.")
                        .arg(kMinStaleDays)
                        .arg(kMaxStaleDays)
                        .arg(values.staleDays),
                    QStringLiteral("stale-days"));
    if (values.autoLockMinutes < 0 || values.autoLockMinutes > kMaxIdleMinutes)
        return fail(
            ErrorCode::BadInput,
            tr("Auto-lock is 0 (never) to %1 minutes; not %2.").arg(kMaxIdleMinutes).arg(values.autoLockMinutes),
            QStringLiteral("auto-lock"));
    if (!values.language.isEmpty() && !languages().contains(values.language))
        return fail(ErrorCode::BadInput,
                    tr("“%1” is not a language of Firebreak; choose one of %2, or nothing for the system's.")
                        .arg(values.language.left(40), languages().join(QStringLiteral(", "))),
                    QStringLiteral("language"));
    return {};
}

Result<QList<Team>> WorkspaceSettings::teams()
{
    return TeamReader(m_change.vault).teams();
}

Result<QStringList> WorkspaceSettings::teamKeys(qint64 teamId)
{
    FB_TRY_ASSIGN(auto team, TeamReader(m_change.vault).team(teamId));
    return team.keyFingerprints;
}

Result<qint64> WorkspaceSettings::findTeam(const QString& nameOrUid)
{
    FB_TRY_ASSIGN(auto team, TeamReader(m_change.vault).findTeam(nameOrUid));
    return team.id;
}

Status WorkspaceSettings::save(const SettingValues& values)
{
    if (auto status = validate(values); !status)
        return status;
    if (auto status = saveWorkspace(values); !status)
        return status;
    return saveComputer(values);
}

Status WorkspaceSettings::saveWorkspace(const SettingValues& values)
{
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return transaction.status();
    // Only what changed is written: each change may leave a history row.
    FB_TRY_ASSIGN(auto stored, load());
    OwnTeam ownTeam(m_change.vault);
    if (values.ownTeamId != stored.ownTeamId) {
        if (auto status = named(values.ownTeamId ? ownTeam.setTeam(values.ownTeamId) : ownTeam.clearTeam(), "team");
            !status)
            return status;
    }
    const QString key = values.signingKey.simplified();
    const QString normalised = OpenPgp::normalisedFingerprint(key);
    if ((normalised.isEmpty() ? key : normalised) != stored.signingKey) {
        // Empty: no chosen key, so the first key linked to our entry signs.
        auto status = named(key.isEmpty() ? ownTeam.clearSigningKey() : ownTeam.setSigningKey(key), "signing-key");
        if (!status)
            return status;
    }
    if (values.subjectTag.trimmed() != stored.subjectTag) {
        if (auto status = named(MailStore(m_change.vault).setSubjectTag(values.subjectTag), "subject-tag"); !status)
            return status;
    }
    if (values.quoteOriginal != stored.quoteOriginal) {
        if (auto status = named(MailStore(m_change.vault).setQuoteOriginal(values.quoteOriginal), "quote-original");
            !status)
            return status;
    }
    if (values.staleDays != stored.staleDays) {
        if (auto status =
                named(DirectoryQueries(m_change.vault, m_change.clock).setStaleDays(values.staleDays), "stale-days");
            !status)
            return status;
    }
    bool slaChanged = false;
    for (int severity = 1; severity <= 4; ++severity) {
        const SlaTargets now = values.sla.targets(severity);
        const SlaTargets before = stored.sla.targets(severity);
        slaChanged =
            slaChanged || now.responseMinutes != before.responseMinutes || now.resolveMinutes != before.resolveMinutes;
    }
    // Last: the ticket store keeps the policy it wrote.
    if (slaChanged) {
        if (auto status = m_sla.setSlaPolicy(values.sla); !status)
            return status;
    }
    return transaction.commit();
}

Status WorkspaceSettings::saveComputer(const SettingValues& values)
{
    if (!m_computer)
        return {};
    // Only what changed: a workspace setting saved from the command line leaves the GUI's file alone.
    const QString idleKey = QString::fromLatin1(kIdleMinutesKey);
    const QString languageKey = QString::fromLatin1(Translations::kLanguageKey);
    if (values.autoLockMinutes != m_computer->value(idleKey, kDefaultIdleMinutes).toInt())
        m_computer->setValue(idleKey, values.autoLockMinutes);
    if (values.language != m_computer->value(languageKey).toString()) {
        if (values.language.isEmpty())
            m_computer->remove(languageKey);
        else
            m_computer->setValue(languageKey, values.language);
    }
    m_computer->sync();
    if (m_computer->status() != QSettings::NoError)
        return fail(ErrorCode::Io, tr("This computer's settings could not be saved to %1.").arg(m_computer->fileName()),
                    m_computer->fileName());
    return {};
}

} // namespace fb
