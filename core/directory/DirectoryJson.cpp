// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryJson.h"

#include "core/directory/TeamFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fb {

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray channels(const QList<Channel>& list)
{
    QJsonArray array;
    for (const Channel& c : list)
        array.append(QJsonObject{{s("kind"), DirectoryTypes::key(c.kind)},
                                 {s("value"), c.value},
                                 {s("usage"), DirectoryTypes::key(c.usage)},
                                 {s("comment"), c.comment},
                                 {s("outOfBand"), c.outOfBand}});
    return array;
}

} // namespace

QJsonObject DirectoryJson::team(const Team& t)
{
    QJsonArray constituency;
    for (const ConstituencyEntry& e : t.constituency)
        constituency.append(QJsonObject{{s("kind"), DirectoryTypes::key(e.kind)}, {s("value"), e.value}});
    QJsonArray agreements;
    for (const Agreement& a : t.agreements)
        agreements.append(QJsonObject{{s("kind"), DirectoryTypes::key(a.kind)},
                                      {s("party"), a.party},
                                      {s("signed"), date(a.signedOn)},
                                      {s("expires"), date(a.expires)},
                                      {s("notes"), a.notes}});
    return QJsonObject{
        {s("id"), t.id},
        {s("uid"), t.uid},
        {s("source"), t.source},
        {s("officialName"), t.officialName},
        {s("shortName"), t.shortName},
        {s("hostOrganisation"), t.hostOrganisation},
        {s("country"), t.country},
        {s("type"), DirectoryTypes::key(t.type)},
        {s("sectors"), QJsonArray::fromStringList(t.sectors)},
        {s("established"), date(t.established)},
        {s("tiStatus"), DirectoryTypes::key(t.tiStatus)},
        {s("tiSince"), date(t.tiSince)},
        {s("memberships"), QJsonArray::fromStringList(t.memberships)},
        {s("languages"), QJsonArray::fromStringList(t.languages)},
        {s("businessHours"), t.businessHours},
        {s("timeZone"), t.timeZone},
        {s("available24x7"), t.available24x7},
        {s("postalAddress"), t.postalAddress},
        {s("website"), t.website},
        {s("rfc2350Url"), t.rfc2350Url},
        {s("constituencyDescription"), t.constituencyDescription},
        {s("channels"), channels(t.channels)},
        {s("constituency"), constituency},
        {s("keyFingerprints"), QJsonArray::fromStringList(t.keyFingerprints)},
        {s("keyUris"), QJsonArray::fromStringList(t.keyUris)},
        {s("sourceKeyFingerprints"), QJsonArray::fromStringList(t.sourceKeyFingerprints)},
        {s("sourceUpdatedAt"), time(t.sourceUpdatedAt)},
        {s("highestTlp"), t.highestTlp ? QJsonValue(Tlp::key(*t.highestTlp)) : QJsonValue()},
        {s("agreements"), agreements},
        {s("introducedBy"), t.introducedBy},
        {s("notes"), t.notes},
        {s("verifiedAt"), time(t.verifiedAt)},
        {s("verifiedBy"), t.verifiedBy},
        {s("createdAt"), time(t.createdAt)},
        {s("updatedAt"), time(t.updatedAt)},
    };
}

QJsonObject DirectoryJson::person(const Person& p, const QHash<qint64, QString>& teamUids)
{
    QJsonArray memberships;
    for (const TeamMembership& m : p.memberships)
        memberships.append(QJsonObject{{s("teamId"), m.teamId},
                                       {s("teamUid"), teamUids.value(m.teamId)},
                                       {s("role"), m.role},
                                       {s("from"), date(m.from)},
                                       {s("until"), date(m.until)}});
    return QJsonObject{{s("id"), p.id},
                       {s("uid"), p.uid},
                       {s("name"), p.name},
                       {s("organisation"), p.organisation},
                       {s("channels"), channels(p.channels)},
                       {s("keyFingerprint"), p.keyFingerprint},
                       {s("keyUri"), p.keyUri},
                       {s("highestTlp"), p.highestTlp ? QJsonValue(Tlp::key(*p.highestTlp)) : QJsonValue()},
                       {s("notes"), p.notes},
                       {s("memberships"), memberships},
                       {s("verifiedAt"), time(p.verifiedAt)},
                       {s("verifiedBy"), p.verifiedBy}};
}

QString DirectoryJson::viaKey(LookupVia via)
{
    switch (via) {
    case LookupVia::EmailAddress:
        return s("email-address");
    case LookupVia::Ip:
        return s("ip");
    case LookupVia::Asn:
        return s("asn");
    case LookupVia::Domain:
        return s("domain");
    case LookupVia::Country:
        return s("country");
    }
    return {};
}

QJsonObject DirectoryJson::lookup(const LookupResult& result)
{
    QJsonArray matches;
    for (const LookupMatch& m : result.matches) {
        matches.append(QJsonObject{{s("teamId"), m.teamId},
                                   {s("team"), m.teamName},
                                   {s("personId"), m.personId ? QJsonValue(m.personId) : QJsonValue()},
                                   {s("via"), viaKey(m.via)},
                                   {s("entry"), m.entry},
                                   {s("path"), QJsonArray::fromStringList(m.path)}});
    }
    return QJsonObject{{s("query"), result.query},
                       {s("kind"), result.kind},
                       {s("normalised"), result.normalised},
                       {s("fallback"), result.fallback},
                       {s("country"), result.country.isEmpty() ? QJsonValue() : QJsonValue(result.country)},
                       {s("matches"), matches}};
}

QByteArray DirectoryJson::exportDocument(const QList<Team>& teams, const QList<Person>& people, const QDateTime& now)
{
    QHash<qint64, QString> uids;
    QJsonArray teamArray;
    for (const Team& t : teams) {
        uids.insert(t.id, t.uid);
        teamArray.append(team(t));
    }
    QJsonArray peopleArray;
    for (const Person& p : people)
        peopleArray.append(person(p, uids));
    const QJsonObject document{{s("format"), s("firebreak-directory")},
                               {s("version"), 1},
                               {s("exportedAt"), time(now)},
                               {s("teams"), teamArray},
                               {s("people"), peopleArray}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace fb
