// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/CsafWriter.h"

#include "core/advisory/AdvisoryLint.h"
#include "core/advisory/CsafMandatoryTests.h"
#include "core/advisory/CvssJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fb {

namespace {

QJsonObject note(const QString& category, const QString& title, const QString& text)
{
    return QJsonObject{
        {QStringLiteral("category"), category}, {QStringLiteral("title"), title}, {QStringLiteral("text"), text}};
}

QString fullName(const AffectedProduct& p)
{
    QStringList parts;
    for (const QString& s : {p.vendor, p.product, p.version}) {
        if (!s.trimmed().isEmpty())
            parts.append(s.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

QString orUnknown(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("unknown") : text.trimmed();
}

QString productId(qsizetype index)
{
    return QStringLiteral("CSAFPID-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

QJsonObject productLeaf(const AffectedProduct& p, qsizetype index)
{
    return QJsonObject{{QStringLiteral("name"), fullName(p)}, {QStringLiteral("product_id"), productId(index)}};
}

// vendor -> product_name -> product_version | product_version_range; a product without a version is the
// product_name branch itself.
QJsonObject productTree(const QList<AffectedProduct>& products)
{
    QJsonArray vendors;
    QStringList vendorNames;
    QList<QJsonArray> vendorBranches;
    QList<QStringList> productKeys;
    QList<QList<QJsonArray>> versionBranches;
    QList<QList<qsizetype>> bareProducts; // index of a versionless product, -1 if none
    for (qsizetype i = 0; i < products.size(); ++i) {
        const auto& p = products[i];
        const QString vendor = orUnknown(p.vendor);
        qsizetype v = vendorNames.indexOf(vendor);
        if (v < 0) {
            vendorNames.append(vendor);
            productKeys.append(QStringList());
            versionBranches.append(QList<QJsonArray>());
            bareProducts.append(QList<qsizetype>());
            v = vendorNames.size() - 1;
        }
        const bool bare = p.version.trimmed().isEmpty();
        const QString key = orUnknown(p.product) + (bare ? QStringLiteral("\x01") : QString());
        qsizetype k = productKeys[v].indexOf(key);
        if (k < 0) {
            productKeys[v].append(key);
            versionBranches[v].append(QJsonArray());
            bareProducts[v].append(-1);
            k = productKeys[v].size() - 1;
        }
        if (bare) {
            bareProducts[v][k] = i;
        } else {
            versionBranches[v][k].append(
                QJsonObject{{QStringLiteral("category"), p.versionRange ? QStringLiteral("product_version_range")
                                                                        : QStringLiteral("product_version")},
                            {QStringLiteral("name"), p.version.trimmed()},
                            {QStringLiteral("product"), productLeaf(p, i)}});
        }
    }
    for (qsizetype v = 0; v < vendorNames.size(); ++v) {
        QJsonArray names;
        for (qsizetype k = 0; k < productKeys[v].size(); ++k) {
            QJsonObject branch{{QStringLiteral("category"), QStringLiteral("product_name")},
                               {QStringLiteral("name"), productKeys[v][k].remove(QLatin1Char('\x01'))}};
            if (bareProducts[v][k] >= 0)
                branch[QStringLiteral("product")] = productLeaf(products[bareProducts[v][k]], bareProducts[v][k]);
            else
                branch[QStringLiteral("branches")] = versionBranches[v][k];
            names.append(branch);
        }
        vendors.append(QJsonObject{{QStringLiteral("category"), QStringLiteral("vendor")},
                                   {QStringLiteral("name"), vendorNames[v]},
                                   {QStringLiteral("branches"), names}});
    }
    return QJsonObject{{QStringLiteral("branches"), vendors}};
}

QJsonArray externalReferences(const QList<AdvisoryReference>& references)
{
    QJsonArray out;
    for (const auto& r : references)
        out.append(QJsonObject{{QStringLiteral("category"), QStringLiteral("external")},
                               {QStringLiteral("summary"), r.summary.trimmed().isEmpty() ? r.url : r.summary},
                               {QStringLiteral("url"), r.url}});
    return out;
}

// A draft's own revisions ("0", "0.y.z") are not part of a published document's history (CSAF 6.1.18).
bool isDraftNumber(const QString& number)
{
    return number == QLatin1String("0") || number.startsWith(QLatin1String("0."));
}

QString csafTime(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.time().msec() ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

} // namespace

QString CsafWriter::tlpLabel(TlpLevel level)
{
    switch (level) {
    case TlpLevel::Clear:
        return QStringLiteral("WHITE");
    case TlpLevel::Green:
        return QStringLiteral("GREEN");
    case TlpLevel::Amber:
    case TlpLevel::AmberStrict:
        return QStringLiteral("AMBER");
    case TlpLevel::Red:
        return QStringLiteral("RED");
    }
    return QStringLiteral("AMBER");
}

QString CsafWriter::fileName(const QString& trackingId)
{
    static const QRegularExpression invalid(QStringLiteral("[^+\\-a-z0-9]+"));
    return trackingId.toLower().replace(invalid, QStringLiteral("_")) + QStringLiteral(".json");
}

QJsonObject CsafWriter::toJson(const Advisory& a, const CsafPublisher& publisher, const QDateTime& generatedAt)
{
    QJsonObject document;
    document[QStringLiteral("category")] = QStringLiteral("csaf_security_advisory");
    document[QStringLiteral("csaf_version")] = QStringLiteral("2.0");
    document[QStringLiteral("lang")] = QStringLiteral("en");
    document[QStringLiteral("title")] = a.title;
    QJsonObject pub{{QStringLiteral("category"), publisher.category},
                    {QStringLiteral("name"), publisher.name},
                    {QStringLiteral("namespace"), publisher.namespaceUrl}};
    if (!publisher.contactDetails.isEmpty())
        pub[QStringLiteral("contact_details")] = publisher.contactDetails;
    document[QStringLiteral("publisher")] = pub;

    QJsonObject distribution{
        {QStringLiteral("tlp"), QJsonObject{{QStringLiteral("label"), tlpLabel(a.tlp)},
                                            {QStringLiteral("url"), QStringLiteral("https://www.first.org/tlp/")}}}};
    if (a.tlp == TlpLevel::AmberStrict)
        distribution[QStringLiteral("text")] =
            QStringLiteral("TLP:AMBER+STRICT (TLP 2.0): share only within the recipient's own organisation, "
                           "not with its clients. CSAF 2.0 has no AMBER+STRICT label, hence AMBER above.");
    else if (a.tlp == TlpLevel::Clear)
        distribution[QStringLiteral("text")] = QStringLiteral("TLP:CLEAR (TLP 2.0), written as WHITE in CSAF 2.0.");
    document[QStringLiteral("distribution")] = distribution;

    QJsonArray notes;
    if (!a.summary.trimmed().isEmpty())
        notes.append(note(QStringLiteral("summary"), QStringLiteral("Summary"), a.summary));
    if (!a.description.trimmed().isEmpty())
        notes.append(note(QStringLiteral("description"), QStringLiteral("Description"), a.description));
    if (!a.legalDisclaimer.trimmed().isEmpty())
        notes.append(note(QStringLiteral("legal_disclaimer"), legalDisclaimerNoteTitle(), a.legalDisclaimer));
    if (!a.provenance.isEmpty()) {
        QStringList text;
        text.append(QStringLiteral("Based on %1 %2 (%3).")
                        .arg(a.provenance.publisher, a.provenance.trackingId, a.provenance.publisherNamespace));
        if (!a.provenance.sourceUrl.isEmpty())
            text.append(QStringLiteral("Source: %1").arg(a.provenance.sourceUrl));
        for (const QString& url : a.provenance.selfUrls) {
            if (url != a.provenance.sourceUrl)
                text.append(QStringLiteral("Also published as: %1").arg(url));
        }
        if (!a.provenance.sha256.isEmpty())
            text.append(QStringLiteral("SHA-256 of the source document: %1").arg(a.provenance.sha256));
        notes.append(note(QStringLiteral("other"), sourceNoteTitle(), text.join(QLatin1Char('\n'))));
    }
    if (!notes.isEmpty())
        document[QStringLiteral("notes")] = notes;

    const QJsonArray references = externalReferences(a.references);
    if (!references.isEmpty())
        document[QStringLiteral("references")] = references;

    QJsonArray acknowledgments;
    for (const QString& name : a.acknowledgments) {
        if (!name.trimmed().isEmpty())
            acknowledgments.append(QJsonObject{{QStringLiteral("names"), QJsonArray{name.trimmed()}}});
    }
    if (!acknowledgments.isEmpty())
        document[QStringLiteral("acknowledgments")] = acknowledgments;

    QJsonArray revisions;
    for (const auto& r : a.revisions) {
        if (a.status != AdvisoryStatus::Draft && isDraftNumber(r.number))
            continue;
        revisions.append(
            QJsonObject{{QStringLiteral("date"), csafTime(r.date.isValid() ? r.date : generatedAt)},
                        {QStringLiteral("number"), r.number},
                        {QStringLiteral("summary"), r.summary.isEmpty() ? QStringLiteral("-") : r.summary}});
    }
    if (revisions.isEmpty())
        revisions.append(QJsonObject{{QStringLiteral("date"), csafTime(generatedAt)},
                                     {QStringLiteral("number"), a.version},
                                     {QStringLiteral("summary"), QStringLiteral("Draft.")}});
    const QDateTime initial = a.initialReleaseDate.isValid()
                                  ? a.initialReleaseDate
                                  : (a.revisions.isEmpty() ? generatedAt : a.revisions.first().date);
    const QDateTime current = a.currentReleaseDate.isValid() ? a.currentReleaseDate : generatedAt;
    document[QStringLiteral("tracking")] =
        QJsonObject{{QStringLiteral("id"), a.identifier},
                    {QStringLiteral("status"), advisoryStatusKey(a.status)},
                    {QStringLiteral("version"), a.version},
                    {QStringLiteral("revision_history"), revisions},
                    {QStringLiteral("initial_release_date"), csafTime(initial)},
                    {QStringLiteral("current_release_date"), csafTime(current)},
                    {QStringLiteral("generator"),
                     QJsonObject{{QStringLiteral("date"), csafTime(generatedAt)},
                                 {QStringLiteral("engine"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Firebreak")},
                                              {QStringLiteral("version"), QStringLiteral(FB_VERSION)}}}}}};

    QJsonObject root{{QStringLiteral("document"), document}};
    // Without products there is no product tree and no product status; the vulnerabilities are still written
    // whole, and CsafMandatoryTests (6.1.27.4, 6.1.27.6) says what is missing rather than losing them.
    if (a.products.isEmpty() && a.vulnerabilities.isEmpty())
        return root;
    if (!a.products.isEmpty())
        root[QStringLiteral("product_tree")] = productTree(a.products);

    QJsonObject status;
    QJsonArray affected;
    QJsonArray all;
    for (qsizetype i = 0; i < a.products.size(); ++i) {
        const QString key = productStatusKey(a.products[i].status);
        QJsonArray ids = status.value(key).toArray();
        ids.append(productId(i));
        status[key] = ids;
        all.append(productId(i));
        if (a.products[i].status == ProductStatus::KnownAffected)
            affected.append(productId(i));
    }
    const QJsonArray remediationProducts = affected.isEmpty() ? all : affected;

    QList<AdvisoryVulnerability> vulnerabilities = a.vulnerabilities;
    if (vulnerabilities.isEmpty()) // product status, remedies and impact need a vulnerability to live in
        vulnerabilities.append(AdvisoryVulnerability{});
    QJsonArray out;
    for (const auto& v : vulnerabilities) {
        QJsonObject x;
        if (!v.cve.isEmpty())
            x[QStringLiteral("cve")] = v.cve;
        if (!v.cwe.isEmpty())
            x[QStringLiteral("cwe")] = QJsonObject{{QStringLiteral("id"), v.cwe},
                                                   {QStringLiteral("name"), v.cweName.isEmpty() ? v.cwe : v.cweName}};
        if (!v.title.isEmpty())
            x[QStringLiteral("title")] = v.title;
        QJsonArray vnotes;
        if (!v.description.trimmed().isEmpty())
            vnotes.append(note(QStringLiteral("description"), QStringLiteral("Description"), v.description));
        if (!a.impact.trimmed().isEmpty())
            vnotes.append(note(QStringLiteral("general"), impactNoteTitle(), a.impact));
        else if (vnotes.isEmpty())
            vnotes.append(note(QStringLiteral("summary"), QStringLiteral("Summary"),
                               a.summary.trimmed().isEmpty() ? a.title : a.summary));
        x[QStringLiteral("notes")] = vnotes;
        if (!a.products.isEmpty())
            x[QStringLiteral("product_status")] = status;
        const QJsonArray vreferences = externalReferences(v.references);
        if (!vreferences.isEmpty())
            x[QStringLiteral("references")] = vreferences;
        if (!v.cvssVector.isEmpty() && !a.products.isEmpty()) {
            if (auto cvss = Cvss31::parse(v.cvssVector, Cvss31::Accept::V31AndV30Base))
                x[QStringLiteral("scores")] =
                    QJsonArray{QJsonObject{{QStringLiteral("cvss_v3"), CvssJson::toJson(*cvss)},
                                           {QStringLiteral("products"), remediationProducts}}};
        }
        QJsonArray remediations;
        if (!a.solution.trimmed().isEmpty() && !a.products.isEmpty())
            remediations.append(QJsonObject{{QStringLiteral("category"), QStringLiteral("vendor_fix")},
                                            {QStringLiteral("details"), a.solution},
                                            {QStringLiteral("product_ids"), remediationProducts}});
        if (!a.workarounds.trimmed().isEmpty() && !a.products.isEmpty())
            remediations.append(QJsonObject{{QStringLiteral("category"), QStringLiteral("workaround")},
                                            {QStringLiteral("details"), a.workarounds},
                                            {QStringLiteral("product_ids"), remediationProducts}});
        if (!remediations.isEmpty())
            x[QStringLiteral("remediations")] = remediations;
        out.append(x);
    }
    root[QStringLiteral("vulnerabilities")] = out;
    return root;
}

QByteArray CsafWriter::write(const Advisory& advisory, const CsafPublisher& publisher, const QDateTime& generatedAt)
{
    return QJsonDocument(toJson(advisory, publisher, generatedAt)).toJson(QJsonDocument::Indented);
}

Result<QByteArray> CsafWriter::writeChecked(const Advisory& advisory, const CsafPublisher& publisher,
                                            const QDateTime& generatedAt)
{
    for (const LintFinding& f : AdvisoryLint::check(advisory)) {
        if (f.severity == LintFinding::Severity::Error)
            return fail(ErrorCode::Conflict, tr("Not exported: %1 (see advisory lint).").arg(f.message), f.field);
    }
    const QJsonObject json = toJson(advisory, publisher, generatedAt);
    const QList<CsafTestFailure> failures = CsafMandatoryTests::run(json);
    if (!failures.isEmpty())
        return fail(ErrorCode::Conflict,
                    tr("Not exported: the CSAF document fails mandatory test %1 at %2: %3")
                        .arg(failures.first().test, failures.first().path, failures.first().message),
                    failures.first().path);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace fb
