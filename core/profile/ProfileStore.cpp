// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileStore.h"

#include "core/profile/ProfileJson.h"
#include "core/vault/Query.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QTimeZone>

namespace fb {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

Result<TeamProfile> bodyOf(const QString& body, const QString& where)
{
    auto parsed = ProfileJson::fromBytes(body.toUtf8());
    if (!parsed)
        return fail(ErrorCode::Internal,
                    ProfileStore::tr("The stored profile is damaged: %1").arg(parsed.error().toString()), where);
    return parsed;
}

} // namespace

ProfileStore::ProfileStore(const ChangeContext& change)
    : m_change(change)
    , m_history(change.vault)
{
}

Status ProfileStore::record(const QString& action, const QString& field, std::optional<QString> oldValue,
                            std::optional<QString> newValue)
{
    return m_history.appendChange(m_change.clock.nowUtc(), m_change.actor, action, field, std::move(oldValue),
                                  std::move(newValue));
}

Result<QString> ProfileStore::resolveLanguage(const QString& language)
{
    if (!language.isEmpty())
        return language;
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT language FROM profile_documents WHERE is_original = 1"));
    FB_TRY_ASSIGN(auto row, q.next());
    return row ? q.text(0) : QString();
}

Result<std::optional<TeamProfile>> ProfileStore::draft(const QString& language)
{
    FB_TRY_ASSIGN(auto lang, resolveLanguage(language));
    if (lang.isEmpty())
        return std::optional<TeamProfile>();
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT body FROM profile_documents WHERE language = ?1"));
    q.bind(1, lang);
    FB_TRY_ASSIGN(auto row, q.next());
    if (!row)
        return std::optional<TeamProfile>();
    FB_TRY_ASSIGN(auto profile, bodyOf(q.text(0), lang));
    return std::optional<TeamProfile>(std::move(profile));
}

Result<QList<ProfileDocumentInfo>> ProfileStore::documents()
{
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("SELECT d.language, d.is_original, d.changed_at, "
                                       "(SELECT count(*) FROM profile_versions v WHERE v.language = d.language) "
                                       "FROM profile_documents d ORDER BY d.is_original DESC, d.language"));
    QList<ProfileDocumentInfo> out;
    FB_TRY(q.forEachRow([&out](const Query& r) {
        out.append({r.text(0), r.int64(1) == 1, fromMs(r.int64(2)), static_cast<int>(r.int64(3))});
    }));
    return out;
}

Status ProfileStore::saveDraft(TeamProfile profile)
{
    profile.normalise();
    profile.language = profile.language.trimmed();
    if (profile.language.isEmpty())
        return fail(ErrorCode::BadInput, tr("A profile needs the language it is written in."),
                    QStringLiteral("language"));
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto original, resolveLanguage({}));
    if (profile.isTranslation()) {
        if (original.isEmpty() || original != profile.originalLanguage)
            return fail(ErrorCode::Conflict,
                        tr("A translation needs the original profile in “%1”; the original is in “%2”.")
                            .arg(profile.originalLanguage, original.isEmpty() ? tr("(none yet)") : original),
                        QStringLiteral("originalLanguage"));
        if (profile.language == profile.originalLanguage)
            return fail(ErrorCode::Conflict, tr("A translation cannot be in the language of its original."),
                        QStringLiteral("language"));
    } else if (!original.isEmpty() && original != profile.language) {
        return fail(ErrorCode::Conflict,
                    tr("The original profile is in “%1”; a profile in “%2” must be saved as a translation of it.")
                        .arg(original, profile.language),
                    QStringLiteral("language"));
    }
    const QString body = QString::fromUtf8(ProfileJson::toBytes(profile));
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT body FROM profile_documents WHERE language = ?1"));
    q.bind(1, profile.language);
    FB_TRY_ASSIGN(auto row, q.next());
    const bool exists = row;
    if (exists && q.text(0) == body)
        return transaction.commit();
    const qint64 now = m_change.clock.nowUtc().toMSecsSinceEpoch();
    FB_TRY_ASSIGN(
        auto write,
        exists ? m_change.vault.query("UPDATE profile_documents SET body = ?2, changed_at = ?3 WHERE language = ?1")
               : m_change.vault.query("INSERT INTO profile_documents (language, is_original, body, changed_at, "
                                      "created_at) VALUES (?1, ?4, ?2, ?3, ?3)"));
    write.bind(1, profile.language).bind(2, body).bind(3, now);
    if (!exists)
        write.bind(4, profile.isTranslation() ? 0 : 1);
    if (auto status = write.exec(); !status)
        return status;
    if (auto status = record(QStringLiteral("profile.edit"), QStringLiteral("profile/") + profile.language,
                             std::nullopt, std::nullopt);
        !status)
        return status;
    return transaction.commit();
}

Status ProfileStore::removeDraft(const QString& language)
{
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT is_original FROM profile_documents WHERE language = ?1"));
    q.bind(1, language);
    FB_TRY_ASSIGN(auto row, q.next());
    if (!row)
        return fail(ErrorCode::NotFound, tr("There is no profile in “%1”.").arg(language), language);
    if (q.int64(0) == 1) {
        FB_TRY_ASSIGN(auto others, documents());
        if (others.size() > 1)
            return fail(ErrorCode::Conflict, tr("The original profile still has translations; remove them first."),
                        language);
    }
    FB_TRY_ASSIGN(auto del, m_change.vault.query("DELETE FROM profile_documents WHERE language = ?1"));
    if (auto status = del.bind(1, language).exec(); !status)
        return status;
    if (auto status =
            record(QStringLiteral("profile.remove"), QStringLiteral("profile/") + language, std::nullopt, std::nullopt);
        !status)
        return status;
    return transaction.commit();
}

Result<ProfileVersion> ProfileStore::publish(const TeamProfile& profile, const QByteArray& signedText,
                                             const QString& signer)
{
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    FB_TRY(saveDraft(profile));
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("SELECT coalesce(max(version), 0) FROM profile_versions WHERE language = ?1"));
    q.bind(1, profile.language);
    FB_TRY(q.next());
    ProfileVersion v;
    v.language = profile.language;
    v.version = static_cast<int>(q.int64(0)) + 1;
    v.publishedAt = m_change.clock.nowUtc();
    v.signer = signer;
    v.actor = m_change.actor;
    v.profile = profile;
    v.profile.normalise();
    v.signedText = signedText;
    FB_TRY_ASSIGN(
        auto insert,
        m_change.vault.query("INSERT INTO profile_versions (language, version, published_at, signer, actor, body, "
                             "signed_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    insert.bind(1, v.language)
        .bind(2, v.version)
        .bind(3, v.publishedAt.toMSecsSinceEpoch())
        .bind(4, signer)
        .bind(5, m_change.actor)
        .bind(6, QString::fromUtf8(ProfileJson::toBytes(v.profile)))
        .bindBlob(7, signedText);
    FB_TRY(insert.exec());
    FB_TRY(record(QStringLiteral("profile.publish"), QStringLiteral("profile/") + v.language, std::nullopt,
                  QString::number(v.version)));
    FB_TRY(transaction.commit());
    return v;
}

Result<QList<ProfileVersion>> ProfileStore::versions(const QString& language)
{
    FB_TRY_ASSIGN(auto lang, resolveLanguage(language));
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query("SELECT language, version, published_at, signer, actor, body, signed_text "
                                       "FROM profile_versions WHERE language = ?1 ORDER BY version DESC"));
    q.bind(1, lang);
    QList<ProfileVersion> out;
    Status damaged;
    auto status = q.forEachRow([&](const Query& r) {
        ProfileVersion v;
        v.language = r.text(0);
        v.version = static_cast<int>(r.int64(1));
        v.publishedAt = fromMs(r.int64(2));
        v.signer = r.text(3);
        v.actor = r.text(4);
        auto body = bodyOf(r.text(5), v.language);
        if (!body)
            damaged = fail(body.error());
        else
            v.profile = *body;
        v.signedText = r.blob(6);
        out.append(v);
    });
    if (!status)
        return fail(status.error());
    if (!damaged)
        return fail(damaged.error());
    return out;
}

Result<ProfileVersion> ProfileStore::version(int number, const QString& language)
{
    FB_TRY_ASSIGN(auto all, versions(language));
    for (const ProfileVersion& v : all)
        if (v.version == number)
            return v;
    return fail(ErrorCode::NotFound, tr("The profile has no version %1.").arg(number), QString::number(number));
}

Result<qint64> ProfileStore::addImport(const ProfileImport& imported)
{
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    FB_TRY_ASSIGN(auto q,
                  m_change.vault.query(
                      "INSERT INTO profile_imports (team_id, imported_at, source_name, signature_status, signer, "
                      "body, document) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    q.bind(1, imported.teamId)
        .bind(2, m_change.clock.nowUtc().toMSecsSinceEpoch())
        .bind(3, imported.sourceName)
        .bind(4, imported.signatureStatus)
        .bind(5, imported.signer)
        .bind(6, QString::fromUtf8(ProfileJson::toBytes(imported.profile)))
        .bindBlob(7, imported.document);
    FB_TRY(q.exec());
    const qint64 id = m_change.vault.lastInsertId();
    FB_TRY(record(QStringLiteral("profile.import"), QStringLiteral("profile/import/") + QString::number(id),
                  std::nullopt, imported.sourceName));
    // A signer that is not the team's own key is kept on record, and who accepted it.
    if (imported.signerCheck == QLatin1String("other-key")) {
        const QString field = QStringLiteral("profile/import/") + QString::number(id) + QStringLiteral("/signer");
        FB_TRY(record(QStringLiteral("profile.import.other-signer"), field, std::nullopt, imported.signer));
        if (imported.signerAccepted)
            FB_TRY(record(QStringLiteral("profile.import.accept-signer"), field, std::nullopt, imported.signer));
    }
    FB_TRY(transaction.commit());
    return id;
}

Status ProfileStore::acceptSigner(qint64 importId, const QString& signer)
{
    return record(QStringLiteral("profile.import.accept-signer"),
                  QStringLiteral("profile/import/") + QString::number(importId) + QStringLiteral("/signer"),
                  std::nullopt, signer);
}

Result<QList<ProfileImport>> ProfileStore::imports(std::optional<qint64> teamId)
{
    FB_TRY_ASSIGN(
        auto q,
        teamId ? m_change.vault.query("SELECT id, team_id, imported_at, source_name, signature_status, signer, body, "
                                      "document FROM profile_imports WHERE team_id = ?1 ORDER BY id DESC")
               : m_change.vault.query("SELECT id, team_id, imported_at, source_name, signature_status, signer, body, "
                                      "document FROM profile_imports ORDER BY id DESC"));
    if (teamId)
        q.bind(1, *teamId);
    QList<ProfileImport> out;
    Status damaged;
    auto status = q.forEachRow([&](const Query& r) {
        ProfileImport i;
        i.id = r.int64(0);
        i.teamId = r.optionalInt64(1);
        i.importedAt = fromMs(r.int64(2));
        i.sourceName = r.text(3);
        i.signatureStatus = r.text(4);
        i.signer = r.text(5);
        auto body = bodyOf(r.text(6), i.sourceName);
        if (!body)
            damaged = fail(body.error());
        else
            i.profile = *body;
        i.document = r.blob(7);
        out.append(i);
    });
    if (!status)
        return fail(status.error());
    if (!damaged)
        return fail(damaged.error());
    return out;
}

} // namespace fb
