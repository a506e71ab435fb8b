// SPDX-License-Identifier: GPL-3.0-or-later
// The CSAF 2.0 mandatory tests of the product tree, product status and scores (6.1.1 - 6.1.10).
#include "core/advisory/CsafTestRun.h"

#include "core/advisory/Cvss31.h"
#include "core/advisory/CvssJson.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <utility>

namespace fb {

using csaf::arr;
using csaf::at;
using csaf::str;

namespace {

const QStringList& statusKeys()
{
    static const QStringList keys{
        QStringLiteral("first_affected"), QStringLiteral("first_fixed"),        QStringLiteral("fixed"),
        QStringLiteral("known_affected"), QStringLiteral("known_not_affected"), QStringLiteral("last_affected"),
        QStringLiteral("recommended"),    QStringLiteral("under_investigation")};
    return keys;
}

// 6.1.6: the contradiction group of a product status, or empty for "recommended".
QString contradictionGroup(const QString& status)
{
    if (status == QLatin1String("first_affected") || status == QLatin1String("known_affected") ||
        status == QLatin1String("last_affected"))
        return QStringLiteral("affected");
    if (status == QLatin1String("known_not_affected"))
        return QStringLiteral("not affected");
    if (status == QLatin1String("first_fixed") || status == QLatin1String("fixed"))
        return QStringLiteral("fixed");
    if (status == QLatin1String("under_investigation"))
        return QStringLiteral("under investigation");
    return {};
}

} // namespace

void CsafTestRun::eachFullProductName(const std::function<void(const QJsonObject&, const QString&)>& f) const
{
    std::function<void(const QJsonArray&, const QString&)> walk = [&](const QJsonArray& branches, const QString& path) {
        for (qsizetype i = 0; i < branches.size(); ++i) {
            const QJsonObject branch = branches[i].toObject();
            const QString here = at(path, i);
            if (branch.contains(QStringLiteral("product")))
                f(branch.value(QStringLiteral("product")).toObject(), at(here, "product"));
            walk(arr(branch, "branches"), at(here, "branches"));
        }
    };
    walk(arr(m_tree, "branches"), QStringLiteral("/product_tree/branches"));
    const QJsonArray names = arr(m_tree, "full_product_names");
    for (qsizetype i = 0; i < names.size(); ++i)
        f(names[i].toObject(), at(QStringLiteral("/product_tree/full_product_names"), i));
    const QJsonArray relationships = arr(m_tree, "relationships");
    for (qsizetype i = 0; i < relationships.size(); ++i)
        f(relationships[i].toObject().value(QStringLiteral("full_product_name")).toObject(),
          at(at(QStringLiteral("/product_tree/relationships"), i), "full_product_name"));
}

void CsafTestRun::productIds()
{
    QSet<QString> defined;
    eachFullProductName([&](const QJsonObject& product, const QString& path) {
        const QString id = str(product, "product_id");
        if (defined.contains(id))
            fail("6.1.2", at(path, "product_id"), CsafMandatoryTests::tr("Product ID %1 is defined twice.").arg(id));
        defined.insert(id);
    });
    auto reference = [&](const QJsonValue& value, const QString& path) {
        if (!defined.contains(value.toString()))
            fail("6.1.1", path,
                 CsafMandatoryTests::tr("Product ID %1 is not defined in the product tree.").arg(value.toString()));
    };
    const QJsonArray groups = arr(m_tree, "product_groups");
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QJsonArray ids = arr(groups[g].toObject(), "product_ids");
        for (qsizetype i = 0; i < ids.size(); ++i)
            reference(ids[i], at(at(at(QStringLiteral("/product_tree/product_groups"), g), "product_ids"), i));
    }
    const QJsonArray relationships = arr(m_tree, "relationships");
    QHash<QString, QStringList> refersTo; // product id defined by a relationship -> the ids it is made of
    for (qsizetype r = 0; r < relationships.size(); ++r) {
        const QJsonObject rel = relationships[r].toObject();
        const QString path = at(QStringLiteral("/product_tree/relationships"), r);
        reference(rel.value(QStringLiteral("product_reference")), at(path, "product_reference"));
        reference(rel.value(QStringLiteral("relates_to_product_reference")), at(path, "relates_to_product_reference"));
        refersTo[str(rel.value(QStringLiteral("full_product_name")).toObject(), "product_id")]
            << str(rel, "product_reference") << str(rel, "relates_to_product_reference");
    }
    for (qsizetype v = 0; v < m_vulnerabilities.size(); ++v) {
        const QJsonObject x = m_vulnerabilities[v].toObject();
        const QString path = at(QStringLiteral("/vulnerabilities"), v);
        const QJsonObject status = x.value(QStringLiteral("product_status")).toObject();
        for (const QString& key : statusKeys()) {
            const QJsonArray ids = status.value(key).toArray();
            for (qsizetype i = 0; i < ids.size(); ++i)
                reference(ids[i],
                          path + QStringLiteral("/product_status/") + key + QLatin1Char('/') + QString::number(i));
        }
        for (const auto& [list, member] : {std::pair{"remediations", "product_ids"}, std::pair{"scores", "products"},
                                           std::pair{"threats", "product_ids"}}) {
            const QJsonArray items = arr(x, list);
            for (qsizetype k = 0; k < items.size(); ++k) {
                const QJsonArray ids = arr(items[k].toObject(), member);
                for (qsizetype i = 0; i < ids.size(); ++i)
                    reference(ids[i], at(at(at(at(path, list), k), member), i));
            }
        }
    }
    // 6.1.3: following the references of a relationship must never lead back to the product it defines.
    for (qsizetype r = 0; r < relationships.size(); ++r) {
        const QString start =
            str(relationships[r].toObject().value(QStringLiteral("full_product_name")).toObject(), "product_id");
        QSet<QString> seen;
        QStringList todo = refersTo.value(start);
        bool circular = false;
        while (!todo.isEmpty() && !circular) {
            const QString next = todo.takeLast();
            if (next == start)
                circular = true;
            else if (!seen.contains(next)) {
                seen.insert(next);
                todo += refersTo.value(next);
            }
        }
        if (circular)
            fail("6.1.3",
                 at(at(at(QStringLiteral("/product_tree/relationships"), r), "full_product_name"), "product_id"),
                 CsafMandatoryTests::tr("Product ID %1 is defined in terms of itself.").arg(start));
    }
}

void CsafTestRun::productGroups()
{
    QSet<QString> defined;
    const QJsonArray groups = arr(m_tree, "product_groups");
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString id = str(groups[g].toObject(), "group_id");
        if (defined.contains(id))
            fail("6.1.5", at(at(QStringLiteral("/product_tree/product_groups"), g), "group_id"),
                 CsafMandatoryTests::tr("Product group ID %1 is defined twice.").arg(id));
        defined.insert(id);
    }
    for (qsizetype v = 0; v < m_vulnerabilities.size(); ++v) {
        const QJsonObject x = m_vulnerabilities[v].toObject();
        for (const char* list : {"remediations", "threats"}) {
            const QJsonArray items = arr(x, list);
            for (qsizetype k = 0; k < items.size(); ++k) {
                const QJsonArray ids = arr(items[k].toObject(), "group_ids");
                for (qsizetype i = 0; i < ids.size(); ++i) {
                    if (!defined.contains(ids[i].toString()))
                        fail("6.1.4",
                             at(at(at(at(at(QStringLiteral("/vulnerabilities"), v), list), k), "group_ids"), i),
                             CsafMandatoryTests::tr("Product group ID %1 is not defined in the product tree.")
                                 .arg(ids[i].toString()));
                }
            }
        }
    }
}

void CsafTestRun::productStatus()
{
    for (qsizetype v = 0; v < m_vulnerabilities.size(); ++v) {
        const QJsonObject status = m_vulnerabilities[v].toObject().value(QStringLiteral("product_status")).toObject();
        QHash<QString, QString> groupOf;
        for (const QString& key : statusKeys()) {
            const QString group = contradictionGroup(key);
            if (group.isEmpty())
                continue;
            const QJsonArray ids = status.value(key).toArray();
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QString id = ids[i].toString();
                if (groupOf.contains(id) && groupOf.value(id) != group)
                    fail("6.1.6",
                         at(at(QStringLiteral("/vulnerabilities"), v), "product_status") + QLatin1Char('/') + key +
                             QLatin1Char('/') + QString::number(i),
                         CsafMandatoryTests::tr("Product %1 is both %2 and %3.").arg(id, groupOf.value(id), group));
                else
                    groupOf.insert(id, group);
            }
        }
    }
}

void CsafTestRun::cvssSchema(const QJsonObject& v3, const QString& path)
{
    const QString version = str(v3, "version");
    for (const char* key : {"version", "vectorString", "baseScore", "baseSeverity"}) {
        if (!v3.contains(QLatin1String(key)))
            fail("6.1.8", at(path, key),
                 CsafMandatoryTests::tr("The required property %1 is missing.").arg(QLatin1String(key)));
    }
    if (v3.contains(QStringLiteral("version")) && version != QLatin1String("3.0") && version != QLatin1String("3.1"))
        fail("6.1.8", at(path, "version"), CsafMandatoryTests::tr("%1 is not a CVSS v3 version.").arg(version));
    else if (v3.contains(QStringLiteral("vectorString")) &&
             !str(v3, "vectorString").startsWith(QStringLiteral("CVSS:") + version + QLatin1Char('/')))
        fail("6.1.8", at(path, "vectorString"),
             CsafMandatoryTests::tr("The vector does not start with CVSS:%1/.").arg(version));
    for (const QString& metric : Cvss31::metricNames()) {
        const QString property = CvssJson::propertyName(metric);
        if (v3.contains(property) && !CvssJson::valueNames(metric).contains(v3.value(property).toString()))
            fail("6.1.8", path + QLatin1Char('/') + property,
                 CsafMandatoryTests::tr("%1 is not a value of %2.").arg(v3.value(property).toString(), property));
    }
    static const QStringList severities{QStringLiteral("NONE"), QStringLiteral("LOW"), QStringLiteral("MEDIUM"),
                                        QStringLiteral("HIGH"), QStringLiteral("CRITICAL")};
    for (const char* prefix : {"base", "temporal", "environmental"}) {
        const QString score = QLatin1String(prefix) + QStringLiteral("Score");
        const QString severity = QLatin1String(prefix) + QStringLiteral("Severity");
        if (v3.contains(score) &&
            (!v3.value(score).isDouble() || v3.value(score).toDouble() < 0 || v3.value(score).toDouble() > 10))
            fail("6.1.8", path + QLatin1Char('/') + score,
                 CsafMandatoryTests::tr("%1 is not a score from 0 to 10.").arg(score));
        if (v3.contains(severity) && !severities.contains(v3.value(severity).toString()))
            fail("6.1.8", path + QLatin1Char('/') + severity,
                 CsafMandatoryTests::tr("%1 is not a severity.").arg(v3.value(severity).toString()));
    }
}

void CsafTestRun::scores()
{
    for (qsizetype v = 0; v < m_vulnerabilities.size(); ++v) {
        const QJsonArray list = arr(m_vulnerabilities[v].toObject(), "scores");
        QSet<QString> seen; // product id + CVSS version
        for (qsizetype k = 0; k < list.size(); ++k) {
            const QJsonObject score = list[k].toObject();
            const QString path = at(at(at(QStringLiteral("/vulnerabilities"), v), "scores"), k);
            QStringList versions;
            if (score.contains(QStringLiteral("cvss_v2"))) {
                const QJsonObject v2 = score.value(QStringLiteral("cvss_v2")).toObject();
                versions.append(str(v2, "version"));
                for (const char* key : {"version", "vectorString", "baseScore"}) {
                    if (!v2.contains(QLatin1String(key)))
                        fail("6.1.8", at(at(path, "cvss_v2"), key),
                             CsafMandatoryTests::tr("The required property %1 is missing.").arg(QLatin1String(key)));
                }
            }
            if (score.contains(QStringLiteral("cvss_v3"))) {
                const QJsonObject v3 = score.value(QStringLiteral("cvss_v3")).toObject();
                versions.append(str(v3, "version"));
                const QString v3Path = at(path, "cvss_v3");
                const qsizetype before = m_failures.size();
                cvssSchema(v3, v3Path);
                if (m_failures.size() == before) {
                    for (const QString& problem : CvssJson::check(v3)) {
                        // "6.1.9: baseScore is ..." -> test, and the property named first as the path.
                        const qsizetype colon = problem.indexOf(QStringLiteral(": "));
                        const QString test = problem.left(colon);
                        const QString text = problem.mid(colon + 2);
                        const QString property = text.section(QLatin1Char(' '), 0, 0);
                        fail(test == QLatin1String("6.1.10") ? "6.1.10" : "6.1.9",
                             v3.contains(property) ? v3Path + QLatin1Char('/') + property : v3Path, text);
                    }
                }
            }
            const QJsonArray products = arr(score, "products");
            for (const QString& version : versions) {
                for (qsizetype i = 0; i < products.size(); ++i) {
                    const QString key = products[i].toString() + QLatin1Char('\n') + version;
                    if (seen.contains(key))
                        fail("6.1.7", at(at(path, "products"), i),
                             CsafMandatoryTests::tr("Product %1 has more than one CVSS %2 score.")
                                 .arg(products[i].toString(), version));
                    seen.insert(key);
                }
            }
        }
    }
}

} // namespace fb
