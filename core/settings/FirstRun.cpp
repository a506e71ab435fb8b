// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/FirstRun.h"

#include "core/crypto/OpenPgp.h"
#include "core/directory/OwnTeam.h"
#include "core/directory/TeamStore.h"
#include "core/mail/MailStore.h"
#include "core/observables/Observable.h"
#include "core/settings/WorkspaceSettings.h"
#include "core/vault/SettingsStore.h"
#include "core/vault/Transaction.h"

namespace fb {

namespace {

constexpr const char* kPending = "pending";
constexpr const char* kDone = "done";

// Our entry's first e-mail channel, or nullptr.
Channel* firstEmail(Team& team)
{
    for (Channel& channel : team.channels) {
        if (channel.kind == ChannelKind::Email)
            return &channel;
    }
    return nullptr;
}

} // namespace

FirstRun::FirstRun(const ChangeContext& change, SlaPolicyStore& sla)
    : m_change(change)
    , m_sla(sla)
{
}

Status FirstRun::markPending(Vault& vault)
{
    return SettingsStore(vault).setValue(QString::fromLatin1(kStateKey), QString::fromLatin1(kPending));
}

Result<bool> FirstRun::isPending(Vault& vault)
{
    FB_TRY_ASSIGN(auto state, SettingsStore(vault).value(QString::fromLatin1(kStateKey), QString()));
    return state == QLatin1String(kPending);
}

Status FirstRun::markDone()
{
    return SettingsStore(m_change.vault).setValue(QString::fromLatin1(kStateKey), QString::fromLatin1(kDone));
}

Result<FirstRun::TeamAnswers> FirstRun::currentTeam()
{
    TeamAnswers answers;
    FB_TRY_ASSIGN(auto ours, OwnTeam(m_change.vault).team());
    if (ours.has_value()) {
        answers.name = ours->officialName;
        if (const Channel* email = firstEmail(*ours))
            answers.email = email->value;
    }
    FB_TRY_ASSIGN(auto tag, MailStore(m_change.vault).subjectTag());
    answers.subjectTag = tag;
    return answers;
}

Status FirstRun::checkTeam(const TeamAnswers& answers)
{
    if (answers.name.simplified().isEmpty())
        return fail(ErrorCode::BadInput, tr("Give our team's name."), QStringLiteral("name"));
    if (answers.email.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("Give our team's e-mail address."), QStringLiteral("email"));
    if (auto email = Observables::normalise(ObservableType::Email, answers.email.trimmed()); !email)
        return fail(ErrorCode::BadInput, email.error().message, QStringLiteral("email"));
    if (auto tag = MailStore::checkSubjectTag(answers.subjectTag); !tag)
        return fail(ErrorCode::BadInput, tag.error().message, QStringLiteral("subject-tag"));
    return {};
}

Result<qint64> FirstRun::applyTeam(const TeamAnswers& answers)
{
    FB_TRY(checkTeam(answers));
    Transaction transaction(m_change.vault);
    FB_TRY(transaction.status());
    TeamStore teams(m_change);
    FB_TRY_ASSIGN(auto ours, OwnTeam(m_change.vault).team());
    const QString email = answers.email.trimmed();
    qint64 id = 0;
    if (ours.has_value()) {
        Team team = *ours;
        team.officialName = answers.name.simplified();
        if (Channel* channel = firstEmail(team))
            channel->value = email;
        else
            team.channels.prepend(Channel{ChannelKind::Email, email, ChannelUsage::Contact, {}, false});
        FB_TRY(teams.updateTeam(team)); // history rows only for the fields that changed
        id = team.id;
    } else {
        Team team;
        team.officialName = answers.name.simplified();
        team.channels.append(Channel{ChannelKind::Email, email, ChannelUsage::Contact, {}, false});
        FB_TRY_ASSIGN(auto added, teams.addTeam(team));
        id = added;
    }
    WorkspaceSettings settings(m_change, m_sla, nullptr);
    FB_TRY_ASSIGN(auto values, settings.load());
    values.ownTeamId = id;
    values.subjectTag = answers.subjectTag.trimmed();
    FB_TRY(settings.save(values));
    FB_TRY(transaction.commit());
    return id;
}

Status FirstRun::applyKey(const QString& fingerprint)
{
    const QString fpr = OpenPgp::normalisedFingerprint(fingerprint);
    if (fpr.isEmpty())
        return fail(ErrorCode::BadInput, tr("“%1” is not a full OpenPGP fingerprint.").arg(fingerprint.left(80)),
                    QStringLiteral("signing-key"));
    Transaction transaction(m_change.vault);
    FB_TRY(transaction.status());
    WorkspaceSettings settings(m_change, m_sla, nullptr);
    FB_TRY_ASSIGN(auto values, settings.load());
    values.signingKey = fpr;
    FB_TRY(settings.save(values));
    FB_TRY_ASSIGN(auto ours, OwnTeam(m_change.vault).team());
    if (ours.has_value() && !ours->keyFingerprints.contains(fpr)) {
        Team team = *ours;
        team.keyFingerprints.prepend(fpr);
        FB_TRY(TeamStore(m_change).updateTeam(team));
    }
    return transaction.commit();
}

Status FirstRun::applySla(const SlaPolicy& policy)
{
    WorkspaceSettings settings(m_change, m_sla, nullptr);
    FB_TRY_ASSIGN(auto values, settings.load());
    values.sla = policy;
    return settings.save(values);
}

} // namespace fb
