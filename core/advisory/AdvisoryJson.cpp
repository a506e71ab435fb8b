// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryJson.h"

#include <QJsonArray>

namespace fb {

namespace {

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const auto& v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonArray referencesJson(const QList<AdvisoryReference>& references)
{
    QJsonArray out;
    for (const auto& r : references)
        out.append(QJsonObject{{QStringLiteral("url"), r.url}, {QStringLiteral("summary"), r.summary}});
    return out;
}

QList<AdvisoryReference> referencesFromJson(const QJsonValue& value)
{
    QList<AdvisoryReference> out;
    for (const auto& v : value.toArray()) {
        const QJsonObject x = v.toObject();
        out.append({x.value(QStringLiteral("url")).toString(), x.value(QStringLiteral("summary")).toString()});
    }
    return out;
}

} // namespace

QString AdvisoryJson::isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime AdvisoryJson::parseIsoTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject AdvisoryJson::toJson(const Advisory& a)
{
    QJsonObject o;
    if (a.id)
        o[QStringLiteral("id")] = a.id;
    o[QStringLiteral("identifier")] = a.identifier;
    o[QStringLiteral("title")] = a.title;
    o[QStringLiteral("tlp")] = Tlp::key(a.tlp);
    o[QStringLiteral("status")] = advisoryStatusKey(a.status);
    o[QStringLiteral("version")] = a.version;
    QJsonArray revisions;
    for (const auto& r : a.revisions)
        revisions.append(QJsonObject{{QStringLiteral("number"), r.number},
                                     {QStringLiteral("date"), isoTime(r.date)},
                                     {QStringLiteral("summary"), r.summary}});
    o[QStringLiteral("revisions")] = revisions;
    o[QStringLiteral("initial_release_date")] = isoTime(a.initialReleaseDate);
    o[QStringLiteral("current_release_date")] = isoTime(a.currentReleaseDate);
    QJsonArray vulnerabilities;
    for (const auto& v : a.vulnerabilities) {
        QJsonObject x{{QStringLiteral("cve"), v.cve},
                      {QStringLiteral("cwe"), v.cwe},
                      {QStringLiteral("cwe_name"), v.cweName},
                      {QStringLiteral("cvss_vector"), v.cvssVector},
                      {QStringLiteral("title"), v.title}};
        // Written only when set, so bodies and history rows of older advisories stay as they were.
        if (!v.description.isEmpty())
            x[QStringLiteral("description")] = v.description;
        if (!v.references.isEmpty())
            x[QStringLiteral("references")] = referencesJson(v.references);
        vulnerabilities.append(x);
    }
    o[QStringLiteral("vulnerabilities")] = vulnerabilities;
    QJsonArray products;
    for (const auto& p : a.products)
        products.append(QJsonObject{{QStringLiteral("vendor"), p.vendor},
                                    {QStringLiteral("product"), p.product},
                                    {QStringLiteral("version"), p.version},
                                    {QStringLiteral("version_range"), p.versionRange},
                                    {QStringLiteral("status"), productStatusKey(p.status)}});
    o[QStringLiteral("products")] = products;
    o[QStringLiteral("summary")] = a.summary;
    o[QStringLiteral("description")] = a.description;
    o[QStringLiteral("impact")] = a.impact;
    o[QStringLiteral("solution")] = a.solution;
    o[QStringLiteral("workarounds")] = a.workarounds;
    if (!a.legalDisclaimer.isEmpty())
        o[QStringLiteral("legal_disclaimer")] = a.legalDisclaimer;
    o[QStringLiteral("references")] = referencesJson(a.references);
    o[QStringLiteral("acknowledgments")] = strings(a.acknowledgments);
    QJsonArray tickets;
    for (qint64 t : a.linkedTickets)
        tickets.append(t);
    o[QStringLiteral("linked_tickets")] = tickets;
    o[QStringLiteral("audience")] = strings(a.audience);
    if (!a.provenance.isEmpty())
        o[QStringLiteral("provenance")] = QJsonObject{{QStringLiteral("publisher"), a.provenance.publisher},
                                                      {QStringLiteral("namespace"), a.provenance.publisherNamespace},
                                                      {QStringLiteral("tracking_id"), a.provenance.trackingId},
                                                      {QStringLiteral("source_url"), a.provenance.sourceUrl},
                                                      {QStringLiteral("sha256"), a.provenance.sha256},
                                                      {QStringLiteral("self_urls"), strings(a.provenance.selfUrls)}};
    return o;
}

Advisory AdvisoryJson::fromJson(const QJsonObject& o)
{
    Advisory a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.identifier = o.value(QStringLiteral("identifier")).toString();
    a.title = o.value(QStringLiteral("title")).toString();
    a.tlp = Tlp::parse(o.value(QStringLiteral("tlp")).toString()).value_or(TlpLevel::Amber);
    a.status = parseAdvisoryStatus(o.value(QStringLiteral("status")).toString()).value_or(AdvisoryStatus::Draft);
    a.version = o.value(QStringLiteral("version")).toString(QStringLiteral("0"));
    for (const auto& v : o.value(QStringLiteral("revisions")).toArray()) {
        const QJsonObject r = v.toObject();
        a.revisions.append({r.value(QStringLiteral("number")).toString(),
                            parseIsoTime(r.value(QStringLiteral("date")).toString()),
                            r.value(QStringLiteral("summary")).toString()});
    }
    a.initialReleaseDate = parseIsoTime(o.value(QStringLiteral("initial_release_date")).toString());
    a.currentReleaseDate = parseIsoTime(o.value(QStringLiteral("current_release_date")).toString());
    for (const auto& v : o.value(QStringLiteral("vulnerabilities")).toArray()) {
        const QJsonObject x = v.toObject();
        a.vulnerabilities.append(
            {x.value(QStringLiteral("cve")).toString(), x.value(QStringLiteral("cwe")).toString(),
             x.value(QStringLiteral("cwe_name")).toString(), x.value(QStringLiteral("cvss_vector")).toString(),
             x.value(QStringLiteral("title")).toString(), x.value(QStringLiteral("description")).toString(),
             referencesFromJson(x.value(QStringLiteral("references")))});
    }
    for (const auto& v : o.value(QStringLiteral("products")).toArray()) {
        const QJsonObject x = v.toObject();
        a.products.append(
            {x.value(QStringLiteral("vendor")).toString(), x.value(QStringLiteral("product")).toString(),
             x.value(QStringLiteral("version")).toString(), x.value(QStringLiteral("version_range")).toBool(),
             parseProductStatus(x.value(QStringLiteral("status")).toString()).value_or(ProductStatus::KnownAffected)});
    }
    a.summary = o.value(QStringLiteral("summary")).toString();
    a.description = o.value(QStringLiteral("description")).toString();
    a.impact = o.value(QStringLiteral("impact")).toString();
    a.solution = o.value(QStringLiteral("solution")).toString();
    a.workarounds = o.value(QStringLiteral("workarounds")).toString();
    a.legalDisclaimer = o.value(QStringLiteral("legal_disclaimer")).toString();
    a.references = referencesFromJson(o.value(QStringLiteral("references")));
    a.acknowledgments = stringList(o.value(QStringLiteral("acknowledgments")));
    for (const auto& v : o.value(QStringLiteral("linked_tickets")).toArray())
        a.linkedTickets.append(v.toInteger());
    a.audience = stringList(o.value(QStringLiteral("audience")));
    const QJsonObject p = o.value(QStringLiteral("provenance")).toObject();
    a.provenance = {
        p.value(QStringLiteral("publisher")).toString(),   p.value(QStringLiteral("namespace")).toString(),
        p.value(QStringLiteral("tracking_id")).toString(), p.value(QStringLiteral("source_url")).toString(),
        p.value(QStringLiteral("sha256")).toString(),      stringList(p.value(QStringLiteral("self_urls")))};
    return a;
}

} // namespace fb
