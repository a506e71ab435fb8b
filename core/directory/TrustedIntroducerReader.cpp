// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/TrustedIntroducerReader.h"

#include "core/directory/Countries.h"
#include "core/directory/TeamFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb {

namespace {

// Collects the problems of one team; each helper reads one field and says where it went wrong.
class TeamParser
{
public:
    TeamParser(const QJsonObject& object, QString position)
        : m_object(object)
        , m_position(std::move(position))
    {
    }

    QList<ImportProblem> problems;

    void problem(const QString& where, const QString& message)
    {
        problems.append(ImportProblem{m_position + where, message});
    }

    QString string(const QJsonObject& object, const char* key, const QString& where, bool required = false)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                problem(where, TrustedIntroducerReader::tr("The field is missing."));
            return {};
        }
        if (!value.isString()) {
            problem(where, TrustedIntroducerReader::tr("Expected text."));
            return {};
        }
        return value.toString().trimmed();
    }
    QString string(const char* key, bool required = false)
    {
        return string(m_object, key, u'.' + QLatin1String(key), required);
    }

    // A list of strings; a single string is taken as a list of one.
    QStringList strings(const QJsonObject& object, const char* key, const QString& where)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isString())
            return {value.toString().trimmed()};
        if (!value.isArray()) {
            problem(where, TrustedIntroducerReader::tr("Expected a list of text."));
            return {};
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array[i].isString())
                list.append(array[i].toString().trimmed());
            else if (array[i].isDouble() && QLatin1String(key) == QLatin1String("asns"))
                list.append(QString::number(static_cast<qint64>(array[i].toDouble())));
            else
                problem(where + QStringLiteral("[%1]").arg(i), TrustedIntroducerReader::tr("Expected text."));
        }
        return list;
    }

    QDate date(const char* key)
    {
        const QString text = string(key);
        auto parsed = TeamFields::parseDate(text.size() == 7 ? text + QStringLiteral("-01") : text, {});
        if (!parsed) {
            problem(u'.' + QLatin1String(key), parsed.error().message);
            return {};
        }
        return *parsed;
    }

    void constituency(Team& team, ConstituencyKind kind, const QJsonObject& object, const char* key)
    {
        const QString where = QStringLiteral(".constituency.") + QLatin1String(key);
        const QStringList values = strings(object, key, where);
        for (qsizetype i = 0; i < values.size(); ++i) {
            auto entry = Constituency::parse(kind, values[i]);
            if (entry)
                team.constituency.append(*entry);
            else
                problem(where + QStringLiteral("[%1]").arg(i), entry.error().message);
        }
    }

    void channels(Team& team, const char* key, ChannelKind kind, const char* valueKey)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        const QString where = u'.' + QLatin1String(key);
        if (!value.isArray()) {
            problem(where, TrustedIntroducerReader::tr("Expected a list."));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = where + QStringLiteral("[%1]").arg(i);
            Channel channel;
            channel.kind = kind;
            if (array[i].isString()) {
                channel.value = array[i].toString().trimmed();
            } else if (array[i].isObject()) {
                const QJsonObject o = array[i].toObject();
                channel.value = string(o, valueKey, at + u'.' + QLatin1String(valueKey), true);
                channel.comment = string(o, "comment", at + QStringLiteral(".comment"));
                channel.outOfBand = o.value(QLatin1String("out_of_band")).toBool(false);
                if (const QString type = string(o, "type", at + QStringLiteral(".type")); !type.isEmpty()) {
                    const auto usage = DirectoryTypes::parseChannelUsage(type);
                    if (!usage) {
                        problem(at + QStringLiteral(".type"),
                                TrustedIntroducerReader::tr("“%1” is not a channel usage (one of: %2).")
                                    .arg(type.left(40), DirectoryTypes::channelUsageKeys().join(QStringLiteral(", "))));
                        continue;
                    }
                    channel.usage = *usage;
                } else if (kind == ChannelKind::Phone) {
                    channel.usage = ChannelUsage::Voice;
                }
            } else {
                problem(at, TrustedIntroducerReader::tr("Expected text or an object."));
                continue;
            }
            if (!channel.value.isEmpty())
                team.channels.append(channel);
        }
    }

    ImportedTeam parse()
    {
        ImportedTeam imported;
        imported.position = m_position;
        Team& team = imported.team;
        const QJsonValue id = m_object.value(QLatin1String("id"));
        if (id.isDouble())
            team.source = QStringLiteral("ti:") + QString::number(static_cast<qint64>(id.toDouble()));
        else if (id.isString() && !id.toString().isEmpty())
            team.source = QStringLiteral("ti:") + id.toString();
        team.officialName = string("official_name", true);
        team.shortName = string("short_name");
        team.hostOrganisation = string("host_organisation");
        if (const QString country = string("country"); !country.isEmpty()) {
            if (auto code = Countries::normalise(country))
                team.country = *code;
            else
                problem(QStringLiteral(".country"), code.error().message);
        }
        if (const QString type = string("classification"); !type.isEmpty()) {
            if (const auto parsed = DirectoryTypes::parseTeamType(type))
                team.type = *parsed;
            else
                problem(QStringLiteral(".classification"),
                        TrustedIntroducerReader::tr("“%1” is not a team type (one of: %2).")
                            .arg(type.left(40), DirectoryTypes::teamTypeKeys().join(QStringLiteral(", "))));
        }
        if (const QString status = string("ti_status"); !status.isEmpty()) {
            if (const auto parsed = DirectoryTypes::parseTiStatus(QString(status).replace(u' ', u'-')))
                team.tiStatus = *parsed;
            else
                problem(QStringLiteral(".ti_status"), TrustedIntroducerReader::tr("“%1” is not a Trusted Introducer "
                                                                                  "status.")
                                                          .arg(status.left(40)));
        }
        team.tiSince = date("ti_since");
        team.established = date("established");
        team.memberships = strings(m_object, "memberships", QStringLiteral(".memberships"));
        team.languages = strings(m_object, "languages", QStringLiteral(".languages"));
        team.website = string("website");
        team.rfc2350Url = string("rfc2350");
        team.postalAddress = string("postal_address");

        const QJsonValue hours = m_object.value(QLatin1String("business_hours"));
        if (hours.isString()) {
            team.businessHours = hours.toString().trimmed();
        } else if (hours.isObject()) {
            const QJsonObject o = hours.toObject();
            team.businessHours = string(o, "hours", QStringLiteral(".business_hours.hours"));
            team.timeZone = string(o, "timezone", QStringLiteral(".business_hours.timezone"));
            const QJsonValue always = o.value(QLatin1String("24x7"));
            if (always.isBool())
                team.available24x7 = always.toBool();
            else if (!always.isUndefined())
                problem(QStringLiteral(".business_hours.24x7"), TrustedIntroducerReader::tr("Expected true or false."));
        } else if (!hours.isUndefined() && !hours.isNull()) {
            problem(QStringLiteral(".business_hours"), TrustedIntroducerReader::tr("Expected text or an object."));
        }

        const QJsonValue constituency = m_object.value(QLatin1String("constituency"));
        if (constituency.isObject()) {
            const QJsonObject o = constituency.toObject();
            team.sectors = strings(o, "types", QStringLiteral(".constituency.types"));
            team.constituencyDescription = string(o, "description", QStringLiteral(".constituency.description"));
            this->constituency(team, ConstituencyKind::Ip, o, "ipranges");
            this->constituency(team, ConstituencyKind::Asn, o, "asns");
            this->constituency(team, ConstituencyKind::Domain, o, "domains");
            this->constituency(team, ConstituencyKind::Country, o, "countries");
        } else if (!constituency.isUndefined() && !constituency.isNull()) {
            problem(QStringLiteral(".constituency"), TrustedIntroducerReader::tr("Expected an object."));
        }
        channels(team, "emails", ChannelKind::Email, "address");
        channels(team, "phones", ChannelKind::Phone, "number");

        const QJsonValue keys = m_object.value(QLatin1String("pgp_keys"));
        if (keys.isArray()) {
            const QJsonArray array = keys.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString at = QStringLiteral(".pgp_keys[%1]").arg(i);
                const QString text = array[i].isObject() ? string(array[i].toObject(), "fingerprint",
                                                                  at + QStringLiteral(".fingerprint"), true)
                                                         : array[i].toString();
                if (auto fpr = TeamFields::normaliseFingerprint(text))
                    team.keyFingerprints.append(*fpr);
                else
                    problem(at, fpr.error().message);
            }
        } else if (!keys.isUndefined() && !keys.isNull()) {
            problem(QStringLiteral(".pgp_keys"), TrustedIntroducerReader::tr("Expected a list."));
        }

        if (const QString modified = string("last_updated"); !modified.isEmpty()) {
            imported.modified = QDateTime::fromString(modified, Qt::ISODate);
            if (!imported.modified.isValid())
                problem(QStringLiteral(".last_updated"), TrustedIntroducerReader::tr("Expected an ISO 8601 time."));
            team.sourceUpdatedAt = imported.modified.toUTC(); // staleness counts from it too
        }
        team.sourceKeyFingerprints = team.keyFingerprints; // what the entry names, kept apart from linked keys
        if (problems.isEmpty())
            if (auto status = TeamFields::validate(team); !status)
                problem(u'.' + status.error().where, status.error().message);
        return imported;
    }

private:
    QJsonObject m_object;
    QString m_position;
};

QString lineAndColumn(const QByteArray& data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return TrustedIntroducerReader::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<ImportedDirectory> TrustedIntroducerReader::read(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadInput, tr("The file is not valid JSON: %1.").arg(error.errorString()),
                    lineAndColumn(json, error.offset));
    QJsonArray teams;
    QString prefix = QStringLiteral("teams");
    if (document.isArray()) {
        teams = document.array();
        prefix.clear();
    } else if (document.object().value(QLatin1String("teams")).isArray()) {
        teams = document.object().value(QLatin1String("teams")).toArray();
    } else {
        return fail(ErrorCode::BadInput,
                    tr("The file holds no list of teams (expected an array or {\"teams\": [...]})."));
    }
    ImportedDirectory result;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const QString position = prefix + QStringLiteral("[%1]").arg(i);
        if (!teams[i].isObject()) {
            result.problems.append(ImportProblem{position, tr("Expected an object for a team.")});
            continue;
        }
        TeamParser parser(teams[i].toObject(), position);
        ImportedTeam team = parser.parse();
        if (parser.problems.isEmpty())
            result.teams.append(team);
        else
            result.problems.append(parser.problems);
    }
    return result;
}

} // namespace fb
