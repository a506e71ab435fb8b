// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/CsafReader.h"

#include "core/advisory/AdvisoryJson.h"
#include "core/advisory/CsafWriter.h"
#include "core/advisory/Cvss31.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace fb {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

struct TreeWalk
{
    QList<QString> order; // product ids in tree order
    QHash<QString, AffectedProduct> products;
};

void walk(const QJsonArray& branches, AffectedProduct context, TreeWalk& out)
{
    for (const auto& value : branches) {
        const QJsonObject branch = value.toObject();
        const QString category = str(branch, "category");
        const QString name = str(branch, "name");
        AffectedProduct here = context;
        if (category == QStringLiteral("vendor")) {
            here.vendor = name;
        } else if (category == QStringLiteral("product_name") || category == QStringLiteral("product_family")) {
            here.product = here.product.isEmpty() || category == QStringLiteral("product_name")
                               ? name
                               : here.product + QLatin1Char(' ') + name;
        } else if (category == QStringLiteral("product_version")) {
            here.version = name;
            here.versionRange = false;
        } else if (category == QStringLiteral("product_version_range")) {
            here.version = name;
            here.versionRange = true;
        }
        if (branch.contains(QStringLiteral("product"))) {
            const QJsonObject product = branch.value(QStringLiteral("product")).toObject();
            const QString id = str(product, "product_id");
            AffectedProduct p = here;
            if (p.product.isEmpty())
                p.product = str(product, "name");
            if (!id.isEmpty() && !out.products.contains(id)) {
                out.order.append(id);
                out.products.insert(id, p);
            }
        }
        walk(branch.value(QStringLiteral("branches")).toArray(), here, out);
    }
}

QString joinUnique(const QStringList& parts)
{
    QStringList unique;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty() && !unique.contains(p))
            unique.append(p);
    }
    return unique.join(QStringLiteral("\n\n"));
}

} // namespace

std::optional<TlpLevel> CsafReader::tlpFromDistribution(const QJsonObject& distribution)
{
    const QString label = str(distribution.value(QStringLiteral("tlp")).toObject(), "label");
    if (label.isEmpty())
        return std::nullopt;
    if (label == QStringLiteral("AMBER") && str(distribution, "text").contains(QStringLiteral("AMBER+STRICT")))
        return TlpLevel::AmberStrict;
    return Tlp::parse(label); // WHITE is read as CLEAR
}

Result<CsafImport> CsafReader::read(const QByteArray& bytes, const QString& sourceUrl)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::BadInput, tr("This is not a JSON document: %1.").arg(parseError.errorString()),
                    QStringLiteral("offset %1").arg(parseError.offset));
    const QJsonObject root = doc.object();
    const QJsonObject document = root.value(QStringLiteral("document")).toObject();
    if (str(document, "csaf_version") != QStringLiteral("2.0"))
        return fail(ErrorCode::BadInput, tr("Only CSAF 2.0 documents can be imported."),
                    QStringLiteral("document.csaf_version"));
    const QJsonObject tracking = document.value(QStringLiteral("tracking")).toObject();
    if (str(tracking, "id").isEmpty() || str(document, "title").isEmpty())
        return fail(ErrorCode::BadInput, tr("The CSAF document has no tracking id or title."),
                    QStringLiteral("document.tracking.id"));

    CsafImport result;
    Advisory& a = result.advisory;
    if (str(document, "category") != QStringLiteral("csaf_security_advisory"))
        result.warnings.append(
            tr("The document's profile is %1, not csaf_security_advisory.").arg(str(document, "category")));
    a.identifier = str(tracking, "id");
    a.title = str(document, "title");
    if (auto tlp = tlpFromDistribution(document.value(QStringLiteral("distribution")).toObject())) {
        a.tlp = *tlp;
    } else {
        a.tlp = TlpLevel::Amber;
        result.warnings.append(tr("The document carries no TLP label; it was set to TLP:AMBER."));
    }
    a.status = parseAdvisoryStatus(str(tracking, "status")).value_or(AdvisoryStatus::Draft);
    a.version = str(tracking, "version");
    for (const auto& value : tracking.value(QStringLiteral("revision_history")).toArray()) {
        const QJsonObject r = value.toObject();
        a.revisions.append({str(r, "number"), AdvisoryJson::parseIsoTime(str(r, "date")), str(r, "summary")});
    }
    a.initialReleaseDate = AdvisoryJson::parseIsoTime(str(tracking, "initial_release_date"));
    a.currentReleaseDate = AdvisoryJson::parseIsoTime(str(tracking, "current_release_date"));

    QStringList summaries;
    QStringList descriptions;
    for (const auto& value : document.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject n = value.toObject();
        const QString category = str(n, "category");
        if (str(n, "title") == CsafWriter::sourceNoteTitle() && category == QStringLiteral("other"))
            continue;
        if (category == QStringLiteral("summary"))
            summaries.append(str(n, "text"));
        else if (category == QStringLiteral("description") || category == QStringLiteral("details"))
            descriptions.append(str(n, "text"));
    }
    a.summary = joinUnique(summaries);
    a.description = joinUnique(descriptions);

    QString selfUrl;
    for (const auto& value : document.value(QStringLiteral("references")).toArray()) {
        const QJsonObject r = value.toObject();
        if (str(r, "category") == QStringLiteral("self")) {
            selfUrl = str(r, "url");
            continue;
        }
        const QString summary = str(r, "summary");
        a.references.append({str(r, "url"), summary == str(r, "url") ? QString() : summary});
    }
    for (const auto& value : document.value(QStringLiteral("acknowledgments")).toArray()) {
        const QJsonObject ack = value.toObject();
        QStringList names;
        for (const auto& n : ack.value(QStringLiteral("names")).toArray())
            names.append(n.toString());
        QString text = names.join(QStringLiteral(", "));
        if (!str(ack, "organization").isEmpty())
            text = text.isEmpty() ? str(ack, "organization")
                                  : text + QStringLiteral(" (") + str(ack, "organization") + QLatin1Char(')');
        if (text.isEmpty())
            text = str(ack, "summary");
        if (!text.isEmpty())
            a.acknowledgments.append(text);
    }

    TreeWalk tree;
    const QJsonObject productTree = root.value(QStringLiteral("product_tree")).toObject();
    walk(productTree.value(QStringLiteral("branches")).toArray(), {}, tree);
    for (const auto& value : productTree.value(QStringLiteral("full_product_names")).toArray()) {
        const QJsonObject p = value.toObject();
        if (!tree.products.contains(str(p, "product_id"))) {
            tree.order.append(str(p, "product_id"));
            tree.products.insert(str(p, "product_id"), AffectedProduct{QString(), str(p, "name"), {}, false, {}});
        }
    }

    // Each product takes the first status any vulnerability gives it.
    const QList<std::pair<const char*, ProductStatus>> statusKeys = {
        {"known_affected", ProductStatus::KnownAffected},
        {"first_affected", ProductStatus::KnownAffected},
        {"last_affected", ProductStatus::KnownAffected},
        {"fixed", ProductStatus::Fixed},
        {"first_fixed", ProductStatus::Fixed},
        {"known_not_affected", ProductStatus::KnownNotAffected},
        {"under_investigation", ProductStatus::UnderInvestigation}};
    QHash<QString, ProductStatus> statusOf;
    int unknownIds = 0;
    QStringList solutions;
    QStringList workarounds;
    QStringList impacts;
    for (const auto& value : root.value(QStringLiteral("vulnerabilities")).toArray()) {
        const QJsonObject x = value.toObject();
        const QJsonObject status = x.value(QStringLiteral("product_status")).toObject();
        for (const auto& [key, productStatus] : statusKeys) {
            for (const auto& id : status.value(QLatin1String(key)).toArray()) {
                if (!tree.products.contains(id.toString()))
                    ++unknownIds;
                else if (!statusOf.contains(id.toString()))
                    statusOf.insert(id.toString(), productStatus);
            }
        }
        AdvisoryVulnerability v;
        v.cve = str(x, "cve");
        const QJsonObject cwe = x.value(QStringLiteral("cwe")).toObject();
        v.cwe = str(cwe, "id");
        v.cweName = str(cwe, "name") == v.cwe ? QString() : str(cwe, "name");
        v.title = str(x, "title");
        const QJsonArray scores = x.value(QStringLiteral("scores")).toArray();
        for (const auto& s : scores) {
            const QJsonObject v3 = s.toObject().value(QStringLiteral("cvss_v3")).toObject();
            if (v3.isEmpty())
                continue;
            auto cvss = Cvss31::parse(str(v3, "vectorString"), Cvss31::Accept::V31AndV30Base);
            if (!cvss) {
                result.warnings.append(tr("A CVSS vector of %1 was dropped: %2")
                                           .arg(v.cve.isEmpty() ? a.identifier : v.cve, cvss.error().toString()));
                continue;
            }
            v.cvssVector = cvss->vector();
            break;
        }
        if (scores.size() > 1)
            result.warnings.append(tr("%1 has %2 scores; only the first CVSS v3 vector is kept.")
                                       .arg(v.cve.isEmpty() ? a.identifier : v.cve)
                                       .arg(scores.size()));
        for (const auto& n : x.value(QStringLiteral("notes")).toArray()) {
            if (str(n.toObject(), "title") == CsafWriter::impactNoteTitle())
                impacts.append(str(n.toObject(), "text"));
        }
        for (const auto& r : x.value(QStringLiteral("remediations")).toArray()) {
            const QString category = str(r.toObject(), "category");
            if (category == QStringLiteral("vendor_fix"))
                solutions.append(str(r.toObject(), "details"));
            else if (category == QStringLiteral("workaround") || category == QStringLiteral("mitigation"))
                workarounds.append(str(r.toObject(), "details"));
        }
        if (!v.cve.isEmpty() || !v.cwe.isEmpty() || !v.title.isEmpty() || !v.cvssVector.isEmpty())
            a.vulnerabilities.append(v);
    }
    a.impact = impacts.isEmpty() ? QString() : impacts.first();
    a.solution = joinUnique(solutions);
    a.workarounds = joinUnique(workarounds);
    int withoutStatus = 0;
    for (const QString& id : tree.order) {
        AffectedProduct p = tree.products.value(id);
        if (statusOf.contains(id)) {
            p.status = statusOf.value(id);
        } else {
            p.status = ProductStatus::UnderInvestigation;
            ++withoutStatus;
        }
        a.products.append(p);
    }
    if (withoutStatus)
        result.warnings.append(
            tr("%n product(s) had no status and were set to under investigation.", nullptr, withoutStatus));
    if (unknownIds)
        result.warnings.append(tr("%n product status entr(y/ies) named products outside the product branches "
                                  "(e.g. relationships); they were not imported.",
                                  nullptr, unknownIds));

    const QJsonObject publisher = document.value(QStringLiteral("publisher")).toObject();
    a.provenance.publisher = str(publisher, "name");
    a.provenance.publisherNamespace = str(publisher, "namespace");
    a.provenance.trackingId = str(tracking, "id");
    a.provenance.sourceUrl = sourceUrl.isEmpty() ? selfUrl : sourceUrl;
    a.provenance.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return result;
}

} // namespace fb
