// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/TeamFields.h"

#include "core/directory/Countries.h"
#include "core/observables/Observable.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <functional>

namespace fb {

namespace {

struct Field
{
    const char* name;
    std::function<QString(const Team&)> text;
    std::function<void(Team&, const Team&)> copy;
    std::function<Status(Team&, const QString&)> set; // empty for list fields
};

QStringList splitWords(const QString& value)
{
    QStringList words;
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    for (const QString& word : value.split(separators, Qt::SkipEmptyParts))
        if (const QString w = word.trimmed(); !w.isEmpty() && !words.contains(w))
            words.append(w);
    return words;
}

std::unexpected<Error> bad(const QString& message, const QString& field)
{
    return fail(ErrorCode::BadInput, message, field);
}

Status checkUrl(const QString& url, const QString& field)
{
    if (url.isEmpty())
        return {};
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) ||
        parsed.host().isEmpty())
        return bad(TeamFields::tr("“%1” is not an http or https address.").arg(url.left(100)), field);
    return {};
}

#define FB_TEXT_FIELD(key, member)                                                                                     \
    Field                                                                                                              \
    {                                                                                                                  \
        key, [](const Team& t) { return t.member; }, [](Team& to, const Team& from) { to.member = from.member; },      \
            [](Team& t, const QString& v) -> Status {                                                                  \
                t.member = v.trimmed();                                                                                \
                return {};                                                                                             \
            }                                                                                                          \
    }
#define FB_WORDS_FIELD(key, member)                                                                                    \
    Field                                                                                                              \
    {                                                                                                                  \
        key, [](const Team& t) { return t.member.join(u'\n'); },                                                       \
            [](Team& to, const Team& from) { to.member = from.member; }, [](Team& t, const QString& v) -> Status {     \
                t.member = splitWords(v);                                                                              \
                return {};                                                                                             \
            }                                                                                                          \
    }
#define FB_DATE_FIELD(key, member)                                                                                     \
    Field                                                                                                              \
    {                                                                                                                  \
        key, [](const Team& t) { return TeamFields::dateText(t.member); },                                             \
            [](Team& to, const Team& from) { to.member = from.member; }, [](Team& t, const QString& v) -> Status {     \
                auto date = TeamFields::parseDate(v, QStringLiteral(key));                                             \
                if (!date)                                                                                             \
                    return fail(date.error());                                                                         \
                t.member = *date;                                                                                      \
                return {};                                                                                             \
            }                                                                                                          \
    }

const QList<Field>& fields()
{
    static const QList<Field> table{
        FB_TEXT_FIELD("official_name", officialName),
        FB_TEXT_FIELD("short_name", shortName),
        FB_TEXT_FIELD("host_organisation", hostOrganisation),
        Field{"country", [](const Team& t) { return t.country; },
              [](Team& to, const Team& from) { to.country = from.country; },
              [](Team& t, const QString& v) -> Status {
                  if (v.trimmed().isEmpty()) {
                      t.country.clear();
                      return {};
                  }
                  auto code = Countries::normalise(v);
                  if (!code)
                      return bad(code.error().message, QStringLiteral("country"));
                  t.country = *code;
                  return {};
              }},
        Field{"type", [](const Team& t) { return DirectoryTypes::key(t.type); },
              [](Team& to, const Team& from) { to.type = from.type; },
              [](Team& t, const QString& v) -> Status {
                  const auto type = DirectoryTypes::parseTeamType(v);
                  if (!type)
                      return bad(TeamFields::tr("“%1” is not a team type (one of: %2).")
                                     .arg(v.left(40), DirectoryTypes::teamTypeKeys().join(QStringLiteral(", "))),
                                 QStringLiteral("type"));
                  t.type = *type;
                  return {};
              }},
        FB_WORDS_FIELD("sectors", sectors),
        FB_DATE_FIELD("established", established),
        Field{"ti_status", [](const Team& t) { return DirectoryTypes::key(t.tiStatus); },
              [](Team& to, const Team& from) { to.tiStatus = from.tiStatus; },
              [](Team& t, const QString& v) -> Status {
                  const auto status = DirectoryTypes::parseTiStatus(v);
                  if (!status)
                      return bad(TeamFields::tr("“%1” is not a Trusted Introducer status (one of: %2).")
                                     .arg(v.left(40), DirectoryTypes::tiStatusKeys().join(QStringLiteral(", "))),
                                 QStringLiteral("ti_status"));
                  t.tiStatus = *status;
                  return {};
              }},
        FB_DATE_FIELD("ti_since", tiSince),
        FB_WORDS_FIELD("memberships", memberships),
        FB_WORDS_FIELD("languages", languages),
        FB_TEXT_FIELD("business_hours", businessHours),
        FB_TEXT_FIELD("time_zone", timeZone),
        Field{"available_24x7", [](const Team& t) { return t.available24x7 ? QStringLiteral("yes") : QString(); },
              [](Team& to, const Team& from) { to.available24x7 = from.available24x7; },
              [](Team& t, const QString& v) -> Status {
                  const QString b = v.trimmed().toLower();
                  if (b == QLatin1String("yes") || b == QLatin1String("true") || b == QLatin1String("1"))
                      t.available24x7 = true;
                  else if (b.isEmpty() || b == QLatin1String("no") || b == QLatin1String("false") ||
                           b == QLatin1String("0"))
                      t.available24x7 = false;
                  else
                      return bad(TeamFields::tr("Say yes or no."), QStringLiteral("available_24x7"));
                  return {};
              }},
        FB_TEXT_FIELD("postal_address", postalAddress),
        FB_TEXT_FIELD("website", website),
        FB_TEXT_FIELD("rfc2350_url", rfc2350Url),
        FB_TEXT_FIELD("constituency_description", constituencyDescription),
        Field{"highest_tlp", [](const Team& t) { return t.highestTlp ? Tlp::key(*t.highestTlp) : QString(); },
              [](Team& to, const Team& from) { to.highestTlp = from.highestTlp; },
              [](Team& t, const QString& v) -> Status {
                  if (v.trimmed().isEmpty()) {
                      t.highestTlp.reset();
                      return {};
                  }
                  const auto level = Tlp::parse(v);
                  if (!level)
                      return bad(TeamFields::tr("“%1” is not a TLP label.").arg(v.left(40)),
                                 QStringLiteral("highest_tlp"));
                  t.highestTlp = *level;
                  return {};
              }},
        FB_TEXT_FIELD("introduced_by", introducedBy),
        FB_TEXT_FIELD("notes", notes),
        Field{"verified_at",
              [](const Team& t) { return t.verifiedAt.isValid() ? t.verifiedAt.toString(Qt::ISODate) : QString(); },
              [](Team& to, const Team& from) { to.verifiedAt = from.verifiedAt; },
              [](Team& t, const QString& v) -> Status {
                  if (v.trimmed().isEmpty()) {
                      t.verifiedAt = {};
                      return {};
                  }
                  QDateTime at = QDateTime::fromString(v.trimmed(), Qt::ISODate);
                  if (!at.isValid()) {
                      const QDate date = QDate::fromString(v.trimmed(), Qt::ISODate);
                      at = date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
                  }
                  if (!at.isValid())
                      return bad(TeamFields::tr("“%1” is not an ISO 8601 date or time.").arg(v.left(40)),
                                 QStringLiteral("verified_at"));
                  t.verifiedAt = at.toUTC();
                  return {};
              }},
        FB_TEXT_FIELD("verified_by", verifiedBy),
        Field{"channels",
              [](const Team& t) {
                  QStringList lines;
                  for (const Channel& c : t.channels)
                      lines.append(TeamFields::channelText(c));
                  return lines.join(u'\n');
              },
              [](Team& to, const Team& from) { to.channels = from.channels; },
              {}},
        Field{"constituency",
              [](const Team& t) {
                  QStringList lines;
                  for (const ConstituencyEntry& e : t.constituency)
                      lines.append(DirectoryTypes::key(e.kind) + u' ' + e.value);
                  return lines.join(u'\n');
              },
              [](Team& to, const Team& from) { to.constituency = from.constituency; },
              {}},
        Field{"keys",
              [](const Team& t) { return t.keyFingerprints.join(u'\n'); },
              [](Team& to, const Team& from) { to.keyFingerprints = from.keyFingerprints; },
              {}},
        Field{"key_uris",
              [](const Team& t) { return t.keyUris.join(u'\n'); },
              [](Team& to, const Team& from) { to.keyUris = from.keyUris; },
              {}},
        Field{"source_keys",
              [](const Team& t) { return t.sourceKeyFingerprints.join(u'\n'); },
              [](Team& to, const Team& from) { to.sourceKeyFingerprints = from.sourceKeyFingerprints; },
              {}},
        Field{"source_updated_at",
              [](const Team& t) {
                  return t.sourceUpdatedAt.isValid() ? t.sourceUpdatedAt.toUTC().toString(Qt::ISODate) : QString();
              },
              [](Team& to, const Team& from) { to.sourceUpdatedAt = from.sourceUpdatedAt; },
              {}},
        Field{"agreements",
              [](const Team& t) {
                  QStringList lines;
                  for (const Agreement& a : t.agreements)
                      lines.append(TeamFields::agreementText(a));
                  return lines.join(u'\n');
              },
              [](Team& to, const Team& from) { to.agreements = from.agreements; },
              {}},
    };
    return table;
}

const Field* find(const QString& name)
{
    for (const Field& field : fields())
        if (name == QLatin1String(field.name))
            return &field;
    return nullptr;
}

} // namespace

QStringList TeamFields::names()
{
    QStringList list;
    for (const Field& field : fields())
        list.append(QString::fromLatin1(field.name));
    return list;
}

QStringList TeamFields::scalarNames()
{
    QStringList list;
    for (const Field& field : fields())
        if (field.set)
            list.append(QString::fromLatin1(field.name));
    return list;
}

QString TeamFields::text(const Team& team, const QString& field)
{
    const Field* f = find(field);
    return f ? f->text(team) : QString();
}

void TeamFields::copy(Team& to, const Team& from, const QString& field)
{
    if (const Field* f = find(field))
        f->copy(to, from);
}

Status TeamFields::set(Team& team, const QString& field, const QString& value)
{
    const Field* f = find(field);
    if (!f || !f->set)
        return fail(ErrorCode::Usage,
                    tr("“%1” is not a field that can be set this way (one of: %2).")
                        .arg(field.left(40), scalarNames().join(QStringLiteral(", "))),
                    field);
    return f->set(team, value);
}

QString TeamFields::channelText(const Channel& c)
{
    QString line = DirectoryTypes::key(c.kind) + u' ' + DirectoryTypes::key(c.usage) + u' ' + c.value;
    if (c.outOfBand)
        line += QStringLiteral(" (out of band)");
    if (!c.comment.isEmpty())
        line += QStringLiteral(" — ") + c.comment;
    return line;
}

TeamFields::LastConfirmed TeamFields::lastConfirmed(const Team& team)
{
    if (team.sourceUpdatedAt.isValid() && (!team.verifiedAt.isValid() || team.sourceUpdatedAt > team.verifiedAt))
        return {team.sourceUpdatedAt.toUTC(), true};
    return {team.verifiedAt.isValid() ? team.verifiedAt.toUTC() : QDateTime(), false};
}

QStringList TeamFields::warnings(const Team& team, QDate today, std::optional<int> staleDays)
{
    QStringList list;
    for (const Agreement& a : team.agreements) {
        const QString kind = DirectoryTypes::key(a.kind).toUpper();
        if (a.isExpired(today))
            list.append(tr("The %1 with %2 expired on %3.").arg(kind, a.party, dateText(a.expires)));
        else if (a.expires.isValid() && today.daysTo(a.expires) <= 30)
            list.append(tr("The %1 with %2 expires on %3.").arg(kind, a.party, dateText(a.expires)));
    }
    if (team.keyFingerprints.isEmpty() && !team.keyUris.isEmpty())
        list.append(tr("No OpenPGP key is linked; the entry says where to get one (%1): fetch it, check it and "
                       "import it.")
                        .arg(team.keyUris.join(QStringLiteral(", "))));
    else if (team.keyFingerprints.isEmpty())
        list.append(tr("No OpenPGP key is linked: encrypted mail to this team is not possible."));
    const LastConfirmed confirmed = lastConfirmed(team);
    if (!confirmed.at.isValid()) {
        list.append(tr("Never verified."));
    } else if (staleDays && confirmed.at.date().daysTo(today) > *staleDays) {
        const QString day = dateText(confirmed.at.date());
        if (!confirmed.bySource)
            list.append(tr("Stale: last verified by us on %1, more than %2 days ago.").arg(day).arg(*staleDays));
        else if (team.verifiedAt.isValid())
            list.append(tr("Stale: last updated at the source on %1 (after our last verification on %2), more than "
                           "%3 days ago.")
                            .arg(day, dateText(team.verifiedAt.toUTC().date()))
                            .arg(*staleDays));
        else
            list.append(tr("Stale: last updated at the source on %1, more than %2 days ago; never verified by us.")
                            .arg(day)
                            .arg(*staleDays));
    } else if (!team.verifiedAt.isValid()) {
        list.append(tr("Never verified by us; updated at the source on %1.").arg(dateText(confirmed.at.date())));
    }
    return list;
}

QString TeamFields::agreementText(const Agreement& a)
{
    QString line = DirectoryTypes::key(a.kind) + u' ' + a.party + QStringLiteral(" signed ") +
                   (a.signedOn.isValid() ? dateText(a.signedOn) : QStringLiteral("?"));
    if (a.expires.isValid())
        line += QStringLiteral(" expires ") + dateText(a.expires);
    if (!a.notes.isEmpty())
        line += QStringLiteral(" — ") + a.notes;
    return line;
}

Result<QDate> TeamFields::parseDate(const QString& text, const QString& field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    QDate date = QDate::fromString(t, Qt::ISODate);
    static const QRegularExpression year(QStringLiteral("^(19|20)\\d\\d$"));
    if (!date.isValid() && year.match(t).hasMatch())
        date = QDate(t.toInt(), 1, 1);
    if (!date.isValid())
        return bad(tr("“%1” is not a date (yyyy-mm-dd).").arg(t.left(40)), field);
    return date;
}

Result<QString> TeamFields::normaliseFingerprint(const QString& text)
{
    QString hex = text;
    hex.remove(u' ');
    hex = hex.toUpper();
    if (hex.startsWith(QLatin1String("0X")))
        hex = hex.mid(2);
    static const QRegularExpression pattern(QStringLiteral("^([0-9A-F]{40}|[0-9A-F]{64})$"));
    if (!pattern.match(hex).hasMatch())
        return bad(tr("“%1” is not an OpenPGP fingerprint (40 or 64 hex digits).").arg(text.left(80)),
                   QStringLiteral("keys"));
    return hex;
}

Status TeamFields::validate(Team& team)
{
    team.officialName = team.officialName.trimmed();
    if (team.officialName.isEmpty())
        return bad(tr("A team needs an official name."), QStringLiteral("official_name"));
    if (!team.country.isEmpty()) {
        auto code = Countries::normalise(team.country);
        if (!code)
            return bad(code.error().message, QStringLiteral("country"));
        team.country = *code;
    }
    if (!team.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(team.timeZone.toUtf8()))
        return bad(tr("“%1” is not an IANA time zone (such as Europe/Berlin).").arg(team.timeZone.left(60)),
                   QStringLiteral("time_zone"));
    if (auto status = checkUrl(team.website, QStringLiteral("website")); !status)
        return status;
    if (auto status = checkUrl(team.rfc2350Url, QStringLiteral("rfc2350_url")); !status)
        return status;
    for (Channel& channel : team.channels) {
        channel.value = channel.value.trimmed();
        if (channel.value.isEmpty())
            return bad(tr("A channel needs a value."), QStringLiteral("channels"));
        if (channel.kind == ChannelKind::Email) {
            auto email = Observables::normalise(ObservableType::Email, channel.value);
            if (!email)
                return bad(email.error().message, QStringLiteral("channels"));
            channel.value = email->value;
        }
    }
    QList<ConstituencyEntry> entries;
    for (const ConstituencyEntry& entry : std::as_const(team.constituency)) {
        auto parsed = Constituency::parse(entry.kind, entry.value);
        if (!parsed)
            return bad(parsed.error().message, QStringLiteral("constituency"));
        if (!entries.contains(*parsed))
            entries.append(*parsed);
    }
    team.constituency = entries;
    QStringList fingerprints;
    for (const QString& fpr : std::as_const(team.keyFingerprints)) {
        FB_TRY_ASSIGN(auto normal, normaliseFingerprint(fpr));
        if (!fingerprints.contains(normal))
            fingerprints.append(normal);
    }
    team.keyFingerprints = fingerprints;
    QStringList sourceFingerprints;
    for (const QString& fpr : std::as_const(team.sourceKeyFingerprints)) {
        FB_TRY_ASSIGN(auto normal, normaliseFingerprint(fpr));
        if (!sourceFingerprints.contains(normal))
            sourceFingerprints.append(normal);
    }
    team.sourceKeyFingerprints = sourceFingerprints;
    QStringList uris;
    for (const QString& uri : std::as_const(team.keyUris))
        if (const QString u = uri.trimmed(); !u.isEmpty() && !uris.contains(u))
            uris.append(u);
    team.keyUris = uris;
    return {};
}

QString TeamFields::incidentAddress(const Team& team)
{
    QString first;
    for (const Channel& channel : team.channels) {
        if (channel.kind != ChannelKind::Email)
            continue;
        if (channel.usage == ChannelUsage::Abuse)
            return channel.value;
        if (first.isEmpty())
            first = channel.value;
    }
    return first;
}

} // namespace fb
