// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileJson.h"

#include "core/crypto/OpenPgp.h"
#include "core/profile/ProfileSection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fb {

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

Result<QStringList> stringList(const QJsonValue& value, const QString& key)
{
    if (!value.isArray())
        return fail(ErrorCode::BadInput, ProfileJson::tr("“%1” must be a list of texts.").arg(key), key);
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString())
            return fail(ErrorCode::BadInput, ProfileJson::tr("“%1” must be a list of texts.").arg(key), key);
        out.append(v.toString());
    }
    return out;
}

} // namespace

QJsonObject ProfileJson::toJson(const TeamProfile& p)
{
    QJsonObject sections;
    for (auto it = p.text.cbegin(); it != p.text.cend(); ++it)
        sections.insert(it.key(), it.value());
    QJsonArray priorities;
    for (const PriorityTimes& t : p.priorities)
        priorities.append(
            QJsonObject{{s("priority"), t.priority}, {s("reaction"), t.reaction}, {s("handling"), t.handling}});
    QJsonArray unmapped;
    for (const UnmappedText& u : p.unmapped)
        unmapped.append(QJsonObject{{s("heading"), u.heading}, {s("text"), u.text}});
    return QJsonObject{
        {s("title"), p.title},
        {s("language"), p.language},
        {s("originalLanguage"), p.originalLanguage},
        {s("originalUrl"), p.originalUrl},
        {s("lastUpdate"), p.lastUpdate.isValid() ? QJsonValue(p.lastUpdate.toString(Qt::ISODate)) : QJsonValue()},
        {s("locations"), QJsonArray::fromStringList(p.locations)},
        {s("keyFingerprint"), p.keyFingerprint},
        {s("hoursOfService"), p.hoursOfService},
        {s("priorities"), priorities},
        {s("informationHandling"), p.informationHandling},
        {s("languages"), QJsonArray::fromStringList(p.languages)},
        {s("sections"), sections},
        {s("unmapped"), unmapped},
    };
}

Result<TeamProfile> ProfileJson::fromJson(const QJsonObject& o, TeamProfile p)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        auto needString = [&]() -> Status {
            if (!v.isString())
                return fail(ErrorCode::BadInput, tr("“%1” must be a text.").arg(key), key);
            return {};
        };
        if (key == QLatin1String("title") || key == QLatin1String("language") ||
            key == QLatin1String("originalLanguage") || key == QLatin1String("originalUrl") ||
            key == QLatin1String("hoursOfService") || key == QLatin1String("informationHandling") ||
            key == QLatin1String("keyFingerprint")) {
            FB_TRY(needString());
            const QString value = v.toString();
            if (key == QLatin1String("title"))
                p.title = value;
            else if (key == QLatin1String("language"))
                p.language = value.trimmed();
            else if (key == QLatin1String("originalLanguage"))
                p.originalLanguage = value.trimmed();
            else if (key == QLatin1String("originalUrl"))
                p.originalUrl = value.trimmed();
            else if (key == QLatin1String("hoursOfService"))
                p.hoursOfService = value;
            else if (key == QLatin1String("informationHandling"))
                p.informationHandling = value;
            else {
                const QString fpr = OpenPgp::normalisedFingerprint(value);
                if (!value.trimmed().isEmpty() && fpr.isEmpty())
                    return fail(ErrorCode::BadInput, tr("“%1” is not a full OpenPGP fingerprint.").arg(value), key);
                p.keyFingerprint = fpr;
            }
        } else if (key == QLatin1String("lastUpdate")) {
            if (v.isNull()) {
                p.lastUpdate = QDate();
                continue;
            }
            const QDate date = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
            if (!date.isValid())
                return fail(ErrorCode::BadInput, tr("“%1” must be a date such as 2024-05-01.").arg(key), key);
            p.lastUpdate = date;
        } else if (key == QLatin1String("locations") || key == QLatin1String("languages")) {
            FB_TRY_ASSIGN(auto list, stringList(v, key));
            (key == QLatin1String("locations") ? p.locations : p.languages) = list;
        } else if (key == QLatin1String("priorities")) {
            if (!v.isArray())
                return fail(ErrorCode::BadInput, tr("“%1” must be a list of objects.").arg(key), key);
            p.priorities.clear();
            for (const QJsonValue& item : v.toArray()) {
                const QJsonObject t = item.toObject();
                if (!item.isObject() || !t.value(s("priority")).isString())
                    return fail(
                        ErrorCode::BadInput,
                        tr("Each entry of “%1” needs a “priority”, a “reaction” and a “handling” text.").arg(key), key);
                p.priorities.append({t.value(s("priority")).toString(), t.value(s("reaction")).toString(),
                                     t.value(s("handling")).toString()});
            }
        } else if (key == QLatin1String("sections")) {
            if (!v.isObject())
                return fail(ErrorCode::BadInput, tr("“%1” must map section numbers to texts.").arg(key), key);
            const QJsonObject sections = v.toObject();
            for (auto sit = sections.begin(); sit != sections.end(); ++sit) {
                const QString where = key + QLatin1Char('.') + sit.key();
                if (!ProfileSections::find(sit.key()))
                    return fail(ErrorCode::BadInput, tr("“%1” is not a section of RFC 2350.").arg(sit.key()), where);
                if (!sit.value().isString())
                    return fail(ErrorCode::BadInput, tr("“%1” must be a text.").arg(sit.key()), where);
                p.text.insert(sit.key(), sit.value().toString());
            }
        } else if (key == QLatin1String("unmapped")) {
            if (!v.isArray())
                return fail(ErrorCode::BadInput, tr("“%1” must be a list of objects.").arg(key), key);
            p.unmapped.clear();
            for (const QJsonValue& item : v.toArray())
                p.unmapped.append(
                    {item.toObject().value(s("heading")).toString(), item.toObject().value(s("text")).toString()});
        } else {
            return fail(ErrorCode::BadInput, tr("“%1” is not a field of a team profile.").arg(key), key);
        }
    }
    p.normalise();
    return p;
}

Result<TeamProfile> ProfileJson::fromBytes(const QByteArray& json, TeamProfile base)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadInput, tr("The profile is not valid JSON: %1.").arg(error.errorString()),
                    tr("offset %1").arg(error.offset));
    if (!document.isObject())
        return fail(ErrorCode::BadInput, tr("The profile must be a JSON object."), tr("offset 0"));
    return fromJson(document.object(), std::move(base));
}

QByteArray ProfileJson::toBytes(const TeamProfile& profile)
{
    return QJsonDocument(toJson(profile)).toJson(QJsonDocument::Compact);
}

} // namespace fb
