// SPDX-License-Identifier: GPL-3.0-or-later
// The CSAF 2.0 mandatory tests of the document: revision history, language, CVEs, involvements, hashes,
// category, profiles, remediations and version ranges (6.1.14 - 6.1.31).
#include "core/advisory/CsafTestRun.h"

#include "core/advisory/AdvisoryJson.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace fb {

using csaf::arr;
using csaf::at;
using csaf::str;

namespace {

// The CSAF version_t: integer versioning ("3") or semantic versioning ("1.2.0-rc.1+build").
struct Version
{
    bool valid = false;
    bool integer = false;
    qint64 major = 0;
    qint64 minor = 0;
    qint64 patch = 0;
    QString preRelease;
    QString build;
};

Version parseVersion(const QString& text)
{
    static const QRegularExpression integer(QStringLiteral("^(0|[1-9][0-9]*)$"));
    static const QRegularExpression semantic(QStringLiteral(
        "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"));
    Version v;
    if (const auto m = integer.match(text); m.hasMatch()) {
        v.valid = v.integer = true;
        v.major = m.captured(1).toLongLong();
    } else if (const auto s = semantic.match(text); s.hasMatch()) {
        v.valid = true;
        v.major = s.captured(1).toLongLong();
        v.minor = s.captured(2).toLongLong();
        v.patch = s.captured(3).toLongLong();
        v.preRelease = s.captured(4);
        v.build = s.captured(5);
    }
    return v;
}

// Semantic versioning precedence (build metadata ignored); integer versions compare as majors.
int compareVersions(const Version& a, const Version& b)
{
    for (auto [x, y] : {std::pair{a.major, b.major}, std::pair{a.minor, b.minor}, std::pair{a.patch, b.patch}}) {
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (a.preRelease == b.preRelease)
        return 0;
    if (a.preRelease.isEmpty())
        return 1;
    if (b.preRelease.isEmpty())
        return -1;
    const QStringList pa = a.preRelease.split(QLatin1Char('.'));
    const QStringList pb = b.preRelease.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        bool na = false;
        bool nb = false;
        const qint64 ia = pa[i].toLongLong(&na);
        const qint64 ib = pb[i].toLongLong(&nb);
        if (na && nb && ia != ib)
            return ia < ib ? -1 : 1;
        if (na != nb)
            return na ? -1 : 1;
        if (!na && pa[i] != pb[i])
            return pa[i] < pb[i] ? -1 : 1;
    }
    return pa.size() == pb.size() ? 0 : (pa.size() < pb.size() ? -1 : 1);
}

struct Revision
{
    qsizetype index = 0;
    QDateTime date;
    QString number;
    Version version;
};

} // namespace

void CsafTestRun::revisionHistory()
{
    const QJsonObject tracking = m_document.value(QStringLiteral("tracking")).toObject();
    const QString trackingPath = QStringLiteral("/document/tracking");
    const QString historyPath = at(trackingPath, "revision_history");
    const QString status = str(tracking, "status");
    const bool released = status == QLatin1String("final") || status == QLatin1String("interim");
    const QString versionText = str(tracking, "version");
    const Version version = parseVersion(versionText);

    QList<Revision> revisions;
    const QJsonArray history = arr(tracking, "revision_history");
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QJsonObject r = history[i].toObject();
        revisions.append(
            {i, AdvisoryJson::parseIsoTime(str(r, "date")), str(r, "number"), parseVersion(str(r, "number"))});
    }
    std::stable_sort(revisions.begin(), revisions.end(),
                     [](const Revision& a, const Revision& b) { return a.date < b.date; });

    QSet<QString> numbers;
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const Revision& r = revisions[i];
        const QString numberPath = at(at(historyPath, r.index), "number");
        if (i > 0 && r.version.valid && revisions[i - 1].version.valid) {
            const Version& previous = revisions[i - 1].version;
            if (compareVersions(previous, r.version) > 0)
                fail("6.1.14", numberPath,
                     CsafMandatoryTests::tr("Revision %1 is dated after revision %2 but numbered below it.")
                         .arg(r.number, revisions[i - 1].number));
            if (r.version.major > previous.major + 1)
                fail("6.1.21", numberPath,
                     CsafMandatoryTests::tr("The revision history skips from %1 to %2.")
                         .arg(revisions[i - 1].number, r.number));
        }
        if (i == 0 && r.version.valid && r.version.major > 1)
            fail("6.1.21", numberPath,
                 CsafMandatoryTests::tr("The first revision is %1; it must be 0 or 1.").arg(r.number));
        if (released && r.version.valid && r.version.major == 0)
            fail("6.1.18", numberPath,
                 CsafMandatoryTests::tr("The document is %1 but its revision history holds the draft version %2.")
                     .arg(status, r.number));
        if (!r.version.preRelease.isEmpty())
            fail("6.1.19", numberPath, CsafMandatoryTests::tr("Revision %1 is a pre-release.").arg(r.number));
        const QString plain = r.number.section(QLatin1Char('+'), 0, 0);
        if (numbers.contains(plain))
            fail("6.1.22", numberPath,
                 CsafMandatoryTests::tr("Version %1 appears twice in the revision history.").arg(r.number));
        numbers.insert(plain);
    }

    if (!revisions.isEmpty()) {
        auto comparable = [&](const QString& number) {
            QString text = number.section(QLatin1Char('+'), 0, 0);
            if (status == QLatin1String("draft"))
                text = text.section(QLatin1Char('-'), 0, 0);
            return text;
        };
        if (comparable(versionText) != comparable(revisions.last().number))
            fail("6.1.16", at(trackingPath, "version"),
                 CsafMandatoryTests::tr("The document version is %1 but the latest revision is %2.")
                     .arg(versionText, revisions.last().number));
    }
    if (version.valid && (version.major == 0 || !version.preRelease.isEmpty()) && status != QLatin1String("draft"))
        fail("6.1.17", at(trackingPath, "status"),
             CsafMandatoryTests::tr("Version %1 is a draft version but the status is %2.").arg(versionText, status));
    if (released && !version.preRelease.isEmpty())
        fail(
            "6.1.20", at(trackingPath, "version"),
            CsafMandatoryTests::tr("The document is %1 but its version %2 is a pre-release.").arg(status, versionText));

    // 6.1.30: one versioning scheme for every revision number and the version.
    std::optional<bool> integer;
    auto sameScheme = [&](const QString& text, const QString& path) {
        const Version v = parseVersion(text);
        if (!v.valid)
            return;
        if (integer && *integer != v.integer)
            fail("6.1.30", path, CsafMandatoryTests::tr("Version %1 mixes integer and semantic versioning.").arg(text));
        else
            integer = v.integer;
    };
    for (qsizetype i = 0; i < history.size(); ++i)
        sameScheme(str(history[i].toObject(), "number"), at(at(historyPath, i), "number"));
    sameScheme(versionText, at(trackingPath, "version"));
}

void CsafTestRun::documentLanguage()
{
    const QString sourceLang = str(m_document, "source_lang");
    if (str(m_document.value(QStringLiteral("publisher")).toObject(), "category") == QLatin1String("translator") &&
        sourceLang.isEmpty())
        fail("6.1.15", QStringLiteral("/document/source_lang"),
             CsafMandatoryTests::tr("The publisher is a translator but the source language is not given."));
    if (!sourceLang.isEmpty() && sourceLang.compare(str(m_document, "lang"), Qt::CaseInsensitive) == 0)
        fail("6.1.28", QStringLiteral("/document/source_lang"),
             CsafMandatoryTests::tr("The source language is the document language (%1).").arg(sourceLang));
}

void CsafTestRun::cves()
{
    QSet<QString> seen;
    for (qsizetype v = 0; v < m_vulnerabilities.size(); ++v) {
        const QString cve = str(m_vulnerabilities[v].toObject(), "cve");
        if (cve.isEmpty())
            continue;
        if (seen.contains(cve))
            fail("6.1.23", at(at(QStringLiteral("/vulnerabilities"), v), "cve"),
                 CsafMandatoryTests::tr("%1 is used by more than one vulnerability.").arg(cve));
        seen.insert(cve);
    }
}

void CsafTestRun::involvements()
{
    for (qsizetype v = 0; v < m_vulnerabilities.size(); ++v) {
        const QJsonArray items = arr(m_vulnerabilities[v].toObject(), "involvements");
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items[i].toObject();
            const QString key = str(item, "party") + QLatin1Char('\n') + str(item, "date");
            if (seen.contains(key))
                fail("6.1.24", at(at(at(QStringLiteral("/vulnerabilities"), v), "involvements"), i),
                     CsafMandatoryTests::tr("Party %1 is involved twice at the same date.").arg(str(item, "party")));
            seen.insert(key);
        }
    }
}

void CsafTestRun::hashes()
{
    eachFullProductName([&](const QJsonObject& product, const QString& path) {
        const QJsonArray list =
            arr(product.value(QStringLiteral("product_identification_helper")).toObject(), "hashes");
        for (qsizetype h = 0; h < list.size(); ++h) {
            const QJsonArray fileHashes = arr(list[h].toObject(), "file_hashes");
            QSet<QString> seen;
            for (qsizetype i = 0; i < fileHashes.size(); ++i) {
                const QString algorithm = str(fileHashes[i].toObject(), "algorithm");
                if (seen.contains(algorithm))
                    fail(
                        "6.1.25",
                        at(at(at(path + QStringLiteral("/product_identification_helper/hashes"), h), "file_hashes"), i),
                        CsafMandatoryTests::tr("Hash algorithm %1 is used twice.").arg(algorithm));
                seen.insert(algorithm);
            }
        }
    });
}

void CsafTestRun::categoryName()
{
    static const QStringList profiles{QStringLiteral("csaf_base"), QStringLiteral("csaf_security_incident_response"),
                                      QStringLiteral("csaf_informational_advisory"),
                                      QStringLiteral("csaf_security_advisory"), QStringLiteral("csaf_vex")};
    if (profiles.contains(m_category))
        return;
    static const QRegularExpression separators(QStringLiteral("[-\\s_]"));
    const QString normalised = QString(m_category).remove(separators).toLower();
    static const QStringList prohibited{QStringLiteral("securityincidentresponse"),
                                        QStringLiteral("informationaladvisory"),
                                        QStringLiteral("securityadvisory"),
                                        QStringLiteral("vex"),
                                        QStringLiteral("csafsecurityincidentresponse"),
                                        QStringLiteral("csafinformationaladvisory"),
                                        QStringLiteral("csafsecurityadvisory"),
                                        QStringLiteral("csafvex")};
    if (prohibited.contains(normalised) || m_category.toLower().startsWith(QStringLiteral("csaf_")))
        fail("6.1.26", QStringLiteral("/document/category"),
             CsafMandatoryTests::tr("The category %1 is reserved for a CSAF profile.").arg(m_category));
}

bool CsafTestRun::covers(const QJsonObject& item, const QString& id) const
{
    if (arr(item, "product_ids").contains(id))
        return true;
    const QJsonArray groups = arr(m_tree, "product_groups");
    for (const auto& g : arr(item, "group_ids")) {
        for (const auto& group : groups) {
            if (str(group.toObject(), "group_id") == g.toString() && arr(group.toObject(), "product_ids").contains(id))
                return true;
        }
    }
    return false;
}

void CsafTestRun::profiles()
{
    const bool informational = m_category == QLatin1String("csaf_informational_advisory");
    const bool incident = m_category == QLatin1String("csaf_security_incident_response");
    const bool advisory = m_category == QLatin1String("csaf_security_advisory");
    const bool vex = m_category == QLatin1String("csaf_vex");
    if (informational || incident) {
        static const QStringList categories{QStringLiteral("description"), QStringLiteral("details"),
                                            QStringLiteral("general"), QStringLiteral("summary")};
        bool note = false;
        for (const auto& n : arr(m_document, "notes"))
            note = note || categories.contains(str(n.toObject(), "category"));
        if (!note)
            fail("6.1.27.1", QStringLiteral("/document/notes"),
                 CsafMandatoryTests::tr("The document has no note of category description, details, general "
                                        "or summary."));
        bool external = false;
        for (const auto& r : arr(m_document, "references"))
            external = external || str(r.toObject(), "category") == QLatin1String("external");
        if (!external)
            fail("6.1.27.2", QStringLiteral("/document/references"),
                 CsafMandatoryTests::tr("The document has no external reference."));
    }
    if (informational && m_root.contains(QStringLiteral("vulnerabilities")))
        fail("6.1.27.3", QStringLiteral("/vulnerabilities"),
             CsafMandatoryTests::tr("An informational advisory has no vulnerabilities."));
    if (!advisory && !vex)
        return;
    if (!m_root.contains(QStringLiteral("product_tree")))
        fail("6.1.27.4", QStringLiteral("/product_tree"), CsafMandatoryTests::tr("The document has no product tree."));
    if (!m_root.contains(QStringLiteral("vulnerabilities")))
        fail("6.1.27.11", QStringLiteral("/vulnerabilities"),
             CsafMandatoryTests::tr("The document has no vulnerabilities."));
    for (qsizetype v = 0; v < m_vulnerabilities.size(); ++v) {
        const QJsonObject x = m_vulnerabilities[v].toObject();
        const QString path = at(QStringLiteral("/vulnerabilities"), v);
        if (!x.contains(QStringLiteral("notes")))
            fail("6.1.27.5", at(path, "notes"), CsafMandatoryTests::tr("The vulnerability has no notes."));
        const QJsonObject status = x.value(QStringLiteral("product_status")).toObject();
        if (advisory && !x.contains(QStringLiteral("product_status")))
            fail("6.1.27.6", at(path, "product_status"),
                 CsafMandatoryTests::tr("The vulnerability has no product status."));
        if (!vex)
            continue;
        if (!status.contains(QStringLiteral("fixed")) && !status.contains(QStringLiteral("known_affected")) &&
            !status.contains(QStringLiteral("known_not_affected")) &&
            !status.contains(QStringLiteral("under_investigation")))
            fail("6.1.27.7", at(path, "product_status"),
                 CsafMandatoryTests::tr("The product status has none of fixed, known_affected, "
                                        "known_not_affected and under_investigation."));
        if (!x.contains(QStringLiteral("cve")) && !x.contains(QStringLiteral("ids")))
            fail("6.1.27.8", path, CsafMandatoryTests::tr("The vulnerability has neither a CVE nor ids."));
        const QJsonArray notAffected = status.value(QStringLiteral("known_not_affected")).toArray();
        for (qsizetype i = 0; i < notAffected.size(); ++i) {
            const QString id = notAffected[i].toString();
            bool stated = false;
            for (const auto& f : arr(x, "flags"))
                stated = stated || covers(f.toObject(), id);
            for (const auto& t : arr(x, "threats"))
                stated =
                    stated || (str(t.toObject(), "category") == QLatin1String("impact") && covers(t.toObject(), id));
            if (!stated)
                fail("6.1.27.9", at(at(path, "product_status/known_not_affected"), i),
                     CsafMandatoryTests::tr("There is no impact statement for %1.").arg(id));
        }
        const QJsonArray affected = status.value(QStringLiteral("known_affected")).toArray();
        for (qsizetype i = 0; i < affected.size(); ++i) {
            const QString id = affected[i].toString();
            bool stated = false;
            for (const auto& r : arr(x, "remediations"))
                stated = stated || covers(r.toObject(), id);
            if (!stated)
                fail("6.1.27.10", at(at(path, "product_status/known_affected"), i),
                     CsafMandatoryTests::tr("There is no action statement for %1.").arg(id));
        }
    }
}

void CsafTestRun::remediations()
{
    for (qsizetype v = 0; v < m_vulnerabilities.size(); ++v) {
        const QJsonArray items = arr(m_vulnerabilities[v].toObject(), "remediations");
        for (qsizetype k = 0; k < items.size(); ++k) {
            const QJsonObject r = items[k].toObject();
            if (!r.contains(QStringLiteral("product_ids")) && !r.contains(QStringLiteral("group_ids")))
                fail("6.1.29", at(at(at(QStringLiteral("/vulnerabilities"), v), "remediations"), k),
                     CsafMandatoryTests::tr("The remediation names no product or product group."));
        }
    }
}

void CsafTestRun::versionBranches()
{
    static const QStringList rangeWords{QStringLiteral("<"),     QStringLiteral(">"),      QStringLiteral("after"),
                                        QStringLiteral("all"),   QStringLiteral("before"), QStringLiteral("earlier"),
                                        QStringLiteral("later"), QStringLiteral("prior"),  QStringLiteral("versions")};
    std::function<void(const QJsonArray&, const QString&)> walk = [&](const QJsonArray& branches, const QString& path) {
        for (qsizetype i = 0; i < branches.size(); ++i) {
            const QJsonObject branch = branches[i].toObject();
            const QString here = at(path, i);
            if (str(branch, "category") == QLatin1String("product_version")) {
                const QString name = str(branch, "name").toLower();
                for (const QString& word : rangeWords) {
                    if (name.contains(word)) {
                        fail("6.1.31", at(here, "name"),
                             CsafMandatoryTests::tr("The product version %1 is a version range.")
                                 .arg(str(branch, "name")));
                        break;
                    }
                }
            }
            walk(arr(branch, "branches"), at(here, "branches"));
        }
    };
    walk(arr(m_tree, "branches"), QStringLiteral("/product_tree/branches"));
}

} // namespace fb
