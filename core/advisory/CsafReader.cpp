// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/CsafReader.h"

#include "core/advisory/AdvisoryJson.h"
#include "core/advisory/CsafMandatoryTests.h"
#include "core/advisory/CsafWriter.h"
#include "core/advisory/Cvss31.h"
#include "core/advisory/CvssJson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

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
    QStringList helpers; // JSON paths of product identification helpers (not modelled)
};

void walk(const QJsonArray& branches, AffectedProduct context, TreeWalk& out, const QString& path)
{
    for (qsizetype i = 0; i < branches.size(); ++i) {
        const QJsonObject branch = branches[i].toObject();
        const QString branchPath = path + QLatin1Char('/') + QString::number(i);
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
            if (product.contains(QStringLiteral("product_identification_helper")))
                out.helpers.append(branchPath + QStringLiteral("/product/product_identification_helper"));
            if (!id.isEmpty() && !out.products.contains(id)) {
                out.order.append(id);
                out.products.insert(id, p);
            }
        }
        walk(branch.value(QStringLiteral("branches")).toArray(), here, out, branchPath + QStringLiteral("/branches"));
    }
}

// The first CVSS v3 score of a vulnerability becomes its vector; what the document says beside the vector is
// compared with what the vector gives (CSAF 6.1.9, 6.1.10): the vector wins, each difference is reported.
template <typename Warn>
void readScores(const QJsonArray& scores, const QString& path, AdvisoryVulnerability& v, const Warn& warn)
{
    for (qsizetype k = 0; k < scores.size(); ++k) {
        const QJsonObject score = scores[k].toObject();
        const QString here = path + QLatin1Char('/') + QString::number(k);
        if (score.contains(QStringLiteral("cvss_v2")))
            warn(here + QStringLiteral("/cvss_v2"), CsafReader::tr("CVSS v2 is not kept"));
        if (!score.contains(QStringLiteral("cvss_v3")))
            continue;
        const QJsonObject v3 = score.value(QStringLiteral("cvss_v3")).toObject();
        const QString v3Path = here + QStringLiteral("/cvss_v3");
        if (!v.cvssVector.isEmpty()) {
            warn(v3Path, CsafReader::tr("a further CVSS v3 score is not kept (one vector per vulnerability)"));
            continue;
        }
        auto cvss = Cvss31::parse(str(v3, "vectorString"), Cvss31::Accept::V31AndV30Base);
        if (!cvss) {
            warn(v3Path + QStringLiteral("/vectorString"),
                 CsafReader::tr("the vector is not kept: %1").arg(cvss.error().toString()));
            continue;
        }
        v.cvssVector = cvss->vector();
        if (cvss->version() == QLatin1String("3.0"))
            warn(v3Path + QStringLiteral("/vectorString"),
                 CsafReader::tr("a CVSS 3.0 vector, kept as given (its base score is that of CVSS 3.1)"));
        if (str(v3, "version") != cvss->version())
            warn(v3Path + QStringLiteral("/version"),
                 CsafReader::tr("%1 given, %2 from the vector; corrected").arg(str(v3, "version"), cvss->version()));
        for (const auto& [prefix, tenths] :
             {std::pair{"base", cvss->baseTenths()}, std::pair{"temporal", cvss->temporalTenths()},
              std::pair{"environmental", cvss->environmentalTenths()}}) {
            const QString scoreKey = QLatin1String(prefix) + QStringLiteral("Score");
            const QString severityKey = QLatin1String(prefix) + QStringLiteral("Severity");
            const QJsonValue given = v3.value(scoreKey);
            if (!given.isUndefined() && std::lround(given.toDouble() * 10) != tenths)
                warn(v3Path + QLatin1Char('/') + scoreKey,
                     CsafReader::tr("%1 given, %2 computed from the vector; corrected")
                         .arg(QString::number(given.toDouble()), Cvss31::formatTenths(tenths)));
            const QString expected = Cvss31::severityKey(Cvss31::severity(tenths));
            if (v3.contains(severityKey) && v3.value(severityKey).toString() != expected)
                warn(v3Path + QLatin1Char('/') + severityKey,
                     CsafReader::tr("%1 given, %2 computed from the vector; corrected")
                         .arg(v3.value(severityKey).toString(), expected));
        }
        for (const QString& metric : Cvss31::metricNames()) {
            const QString property = CvssJson::propertyName(metric);
            const QString expected = CvssJson::valueName(metric, cvss->value(metric).at(0));
            if (v3.contains(property) && v3.value(property).toString() != expected)
                warn(v3Path + QLatin1Char('/') + property, CsafReader::tr("%1 given, %2 in the vector; corrected")
                                                               .arg(v3.value(property).toString(), expected));
        }
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
    // Every item that is dropped or corrected is named by its JSON Pointer.
    auto warn = [&result](const QString& path, const QString& text) {
        result.warnings.append(path + QStringLiteral(": ") + text);
    };
    auto notKept = [&warn](const QString& path) {
        warn(path, tr("not kept (Firebreak's advisory has no place for it)"));
    };
    if (str(document, "category") != QStringLiteral("csaf_security_advisory"))
        warn(QStringLiteral("/document/category"),
             tr("the document's profile is %1, not csaf_security_advisory").arg(str(document, "category")));
    a.identifier = str(tracking, "id");
    a.title = str(document, "title");
    if (auto tlp = tlpFromDistribution(document.value(QStringLiteral("distribution")).toObject())) {
        a.tlp = *tlp;
    } else {
        a.tlp = TlpLevel::Amber;
        warn(QStringLiteral("/document/distribution/tlp/label"),
             tr("the document carries no TLP label; it was set to TLP:AMBER"));
    }
    a.status = parseAdvisoryStatus(str(tracking, "status")).value_or(AdvisoryStatus::Draft);
    a.version = str(tracking, "version");
    for (const auto& value : tracking.value(QStringLiteral("revision_history")).toArray()) {
        const QJsonObject r = value.toObject();
        a.revisions.append({str(r, "number"), AdvisoryJson::parseIsoTime(str(r, "date")), str(r, "summary")});
    }
    a.initialReleaseDate = AdvisoryJson::parseIsoTime(str(tracking, "initial_release_date"));
    a.currentReleaseDate = AdvisoryJson::parseIsoTime(str(tracking, "current_release_date"));
    for (const char* key : {"aggregate_severity", "source_lang"}) {
        if (document.contains(QLatin1String(key)))
            notKept(QStringLiteral("/document/") + QLatin1String(key));
    }

    QStringList summaries;
    QStringList descriptions;
    QStringList disclaimers;
    const QJsonArray notes = document.value(QStringLiteral("notes")).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QJsonObject n = notes[i].toObject();
        const QString category = str(n, "category");
        if (str(n, "title") == CsafWriter::sourceNoteTitle() && category == QStringLiteral("other"))
            continue;
        if (category == QStringLiteral("summary"))
            summaries.append(str(n, "text"));
        else if (category == QStringLiteral("description") || category == QStringLiteral("details") ||
                 category == QStringLiteral("general"))
            descriptions.append(str(n, "text"));
        else if (category == QStringLiteral("legal_disclaimer"))
            disclaimers.append(str(n, "text"));
        else
            warn(QStringLiteral("/document/notes/%1").arg(i),
                 tr("the note “%1” of category %2 is not kept").arg(str(n, "title"), category));
    }
    a.summary = joinUnique(summaries);
    a.description = joinUnique(descriptions);
    a.legalDisclaimer = joinUnique(disclaimers);

    for (const auto& value : document.value(QStringLiteral("references")).toArray()) {
        const QJsonObject r = value.toObject();
        if (str(r, "category") == QStringLiteral("self")) {
            a.provenance.selfUrls.append(str(r, "url"));
            continue;
        }
        const QString summary = str(r, "summary");
        a.references.append({str(r, "url"), summary == str(r, "url") ? QString() : summary});
    }
    TreeWalk tree;
    const QJsonObject productTree = root.value(QStringLiteral("product_tree")).toObject();
    walk(productTree.value(QStringLiteral("branches")).toArray(), {}, tree, QStringLiteral("/product_tree/branches"));
    const QJsonArray fullNames = productTree.value(QStringLiteral("full_product_names")).toArray();
    for (qsizetype i = 0; i < fullNames.size(); ++i) {
        const QJsonObject p = fullNames[i].toObject();
        if (p.contains(QStringLiteral("product_identification_helper")))
            tree.helpers.append(
                QStringLiteral("/product_tree/full_product_names/%1/product_identification_helper").arg(i));
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
    static const QStringList handledKeys{QStringLiteral("cve"),
                                         QStringLiteral("cwe"),
                                         QStringLiteral("title"),
                                         QStringLiteral("notes"),
                                         QStringLiteral("product_status"),
                                         QStringLiteral("scores"),
                                         QStringLiteral("remediations"),
                                         QStringLiteral("references")};
    const QJsonArray vulnerabilities = root.value(QStringLiteral("vulnerabilities")).toArray();
    for (qsizetype vi = 0; vi < vulnerabilities.size(); ++vi) {
        const QJsonObject x = vulnerabilities[vi].toObject();
        const QString path = QStringLiteral("/vulnerabilities/%1").arg(vi);
        const QJsonObject status = x.value(QStringLiteral("product_status")).toObject();
        for (const auto& [key, productStatus] : statusKeys) {
            const QJsonArray ids = status.value(QLatin1String(key)).toArray();
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QString id = ids[i].toString();
                if (!tree.products.contains(id))
                    ++unknownIds;
                else if (!statusOf.contains(id))
                    statusOf.insert(id, productStatus);
                else if (statusOf.value(id) != productStatus)
                    warn(path + QStringLiteral("/product_status/%1/%2").arg(QLatin1String(key)).arg(i),
                         tr("%1 is already %2 from an earlier vulnerability; one status per product is kept")
                             .arg(id, productStatusKey(statusOf.value(id))));
            }
        }
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!handledKeys.contains(it.key()))
                notKept(path + QLatin1Char('/') + it.key());
        }
        AdvisoryVulnerability v;
        v.cve = str(x, "cve");
        const QJsonObject cwe = x.value(QStringLiteral("cwe")).toObject();
        v.cwe = str(cwe, "id");
        v.cweName = str(cwe, "name") == v.cwe ? QString() : str(cwe, "name");
        v.title = str(x, "title");
        readScores(x.value(QStringLiteral("scores")).toArray(), path + QStringLiteral("/scores"), v, warn);
        QStringList vdescriptions;
        const QJsonArray vnotes = x.value(QStringLiteral("notes")).toArray();
        for (qsizetype i = 0; i < vnotes.size(); ++i) {
            const QJsonObject n = vnotes[i].toObject();
            const QString category = str(n, "category");
            if (str(n, "title") == CsafWriter::impactNoteTitle())
                impacts.append(str(n, "text"));
            else if (category == QStringLiteral("description") || category == QStringLiteral("details") ||
                     category == QStringLiteral("general"))
                vdescriptions.append(str(n, "text"));
            else if (category == QStringLiteral("summary") &&
                     (str(n, "text") == a.summary || str(n, "text") == a.title))
                continue; // what CsafWriter writes where a vulnerability has nothing of its own to say
            else if (category == QStringLiteral("summary"))
                vdescriptions.append(str(n, "text"));
            else
                warn(path + QStringLiteral("/notes/%1").arg(i),
                     tr("the note “%1” of category %2 is not kept").arg(str(n, "title"), category));
        }
        v.description = joinUnique(vdescriptions);
        for (const auto& r : x.value(QStringLiteral("references")).toArray()) {
            const QString summary = str(r.toObject(), "summary");
            v.references.append({str(r.toObject(), "url"), summary == str(r.toObject(), "url") ? QString() : summary});
        }
        const QJsonArray remediations = x.value(QStringLiteral("remediations")).toArray();
        for (qsizetype i = 0; i < remediations.size(); ++i) {
            const QJsonObject r = remediations[i].toObject();
            const QString category = str(r, "category");
            if (category == QStringLiteral("vendor_fix"))
                solutions.append(str(r, "details"));
            else if (category == QStringLiteral("workaround") || category == QStringLiteral("mitigation"))
                workarounds.append(str(r, "details"));
            else
                warn(path + QStringLiteral("/remediations/%1").arg(i),
                     tr("the remediation of category %1 is not kept").arg(category));
        }
        if (!v.cve.isEmpty() || !v.cwe.isEmpty() || !v.title.isEmpty() || !v.cvssVector.isEmpty() ||
            !v.description.isEmpty() || !v.references.isEmpty())
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
        warn(QStringLiteral("/product_tree"),
             tr("%n product(s) had no status and were set to under investigation", nullptr, withoutStatus));
    if (unknownIds)
        warn(QStringLiteral("/vulnerabilities"),
             tr("%n product status entr(y/ies) named products outside the product branches (e.g. relationships); "
                "they were not imported",
                nullptr, unknownIds));
    for (const char* key : {"product_groups", "relationships"}) {
        if (productTree.contains(QLatin1String(key)))
            notKept(QStringLiteral("/product_tree/") + QLatin1String(key));
    }
    for (const QString& helperPath : tree.helpers)
        notKept(helperPath);

    const QJsonObject publisher = document.value(QStringLiteral("publisher")).toObject();
    a.provenance.publisher = str(publisher, "name");
    a.provenance.publisherNamespace = str(publisher, "namespace");
    a.provenance.trackingId = str(tracking, "id");
    a.provenance.sourceUrl =
        sourceUrl.isEmpty() ? (a.provenance.selfUrls.isEmpty() ? QString() : a.provenance.selfUrls.first()) : sourceUrl;

    // The mandatory tests of the source as it came; score corrections were said above (6.1.9, 6.1.10).
    for (const CsafTestFailure& f : CsafMandatoryTests::run(root)) {
        if (f.test != QLatin1String("6.1.9") && f.test != QLatin1String("6.1.10"))
            warn(f.path, tr("the source fails CSAF mandatory test %1: %2").arg(f.test, f.message));
    }
    a.provenance.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return result;
}

} // namespace fb
