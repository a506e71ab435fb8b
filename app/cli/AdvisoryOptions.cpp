// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AdvisoryOptions.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "core/advisory/AdvisoryJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace fb {

namespace {

const QStringList& clearableFields()
{
    static const QStringList fields{s("vulnerabilities"), s("products"), s("references"),
                                    s("acknowledgments"), s("audience"), s("tickets")};
    return fields;
}

} // namespace

AdvisoryOptions::AdvisoryOptions()
    : fromJson(
          option("from-json", tr("Take the fields from a JSON file in the form of 'advisory show --json'."), "FILE"))
    , title(option("title", tr("The title."), "TEXT"))
    , tlp(option("tlp", tr("TLP 2.0 label: clear, green, amber, amber+strict, red (default amber)."), "LABEL"))
    , summary(option("summary", tr("The summary: what it is and what to do, in a few lines."), "TEXT"))
    , description(option("description", tr("The description."), "TEXT"))
    , impact(option("impact", tr("The impact."), "TEXT"))
    , solution(option("solution", tr("The solution (vendor fix)."), "TEXT"))
    , workarounds(option("workarounds", tr("Workarounds and mitigations."), "TEXT"))
    , vulnerabilityOption(option("vulnerability",
                                 tr("Add a vulnerability: cve=CVE;cvss=VECTOR;cwe=CWE-n;cwe-name=NAME;title=TEXT "
                                    "(each part optional; repeatable)."),
                                 "SPEC"))
    , productOption(option("product",
                           tr("Add a product: vendor=V;product=P;version=X or range=vers:...;status=S (status "
                              "known_affected, fixed, known_not_affected, under_investigation; repeatable)."),
                           "SPEC"))
    , referenceOption(option("reference", tr("Add a reference: URL, optionally followed by a space and a summary."),
                             "URL [SUMMARY]"))
    , acknowledgment(option("ack", tr("Acknowledge someone (repeatable)."), "NAME"))
    , audience(option("audience", tr("Add a distribution list to the audience (repeatable)."), "LIST"))
    , ticket(option("ticket", tr("Link a ticket (repeatable)."), "ID"))
    , clear(option("clear", tr("Empty a list before adding: %1.").arg(clearableFields().join(s(", "))), "FIELD"))
{
}

QList<const QCommandLineOption*> AdvisoryOptions::all() const
{
    return {&fromJson,      &title,           &tlp,
            &summary,       &description,     &impact,
            &solution,      &workarounds,     &vulnerabilityOption,
            &productOption, &referenceOption, &acknowledgment,
            &audience,      &ticket,          &clear};
}

QList<QCommandLineOption> AdvisoryOptions::options() const
{
    QList<QCommandLineOption> list;
    for (const QCommandLineOption* o : all())
        list.append(*o);
    return list;
}

bool AdvisoryOptions::anySet(const QCommandLineParser& parser) const
{
    const auto options = all();
    return std::any_of(options.cbegin(), options.cend(), [&](const QCommandLineOption* o) { return parser.isSet(*o); });
}

Result<Advisory> AdvisoryOptions::readJson(const QString& path)
{
    FB_TRY_ASSIGN(const auto bytes, CliFiles::read(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadInput, tr("“%1” is not valid JSON: %2.").arg(path, error.errorString()),
                    tr("offset %1").arg(error.offset));
    if (!document.isObject())
        return fail(ErrorCode::BadInput, tr("“%1” must hold one JSON object (an advisory).").arg(path));
    const QJsonObject object = document.object();
    if (object.contains(s("tlp")) && !Tlp::parse(object.value(s("tlp")).toString()))
        return fail(ErrorCode::BadInput, tr("“%1” is not a TLP 2.0 label.").arg(object.value(s("tlp")).toString()),
                    path + s(": tlp"));
    return AdvisoryJson::fromJson(object);
}

Result<QHash<QString, QString>> AdvisoryOptions::keyValues(const QString& spec, const QStringList& keys,
                                                           const QString& optionName)
{
    QHash<QString, QString> values;
    for (const QString& part : spec.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = eq > 0 ? part.left(eq).trimmed() : QString();
        if (!keys.contains(key))
            return fail(ErrorCode::BadInput,
                        tr("“%1” is not KEY=VALUE with a key of: %2.").arg(part.trimmed(), keys.join(s(", "))),
                        optionName);
        if (values.contains(key))
            return fail(ErrorCode::BadInput, tr("“%1” is given twice.").arg(key), optionName);
        values.insert(key, part.mid(eq + 1).trimmed());
    }
    if (values.isEmpty())
        return fail(ErrorCode::BadInput, tr("The value is empty."), optionName);
    return values;
}

Result<AdvisoryVulnerability> AdvisoryOptions::vulnerability(const QString& spec)
{
    FB_TRY_ASSIGN(auto values,
                  keyValues(spec, {s("cve"), s("cvss"), s("cwe"), s("cwe-name"), s("title")}, s("--vulnerability")));
    return AdvisoryVulnerability{values.value(s("cve")), values.value(s("cwe")), values.value(s("cwe-name")),
                                 values.value(s("cvss")), values.value(s("title"))};
}

Result<AffectedProduct> AdvisoryOptions::product(const QString& spec)
{
    FB_TRY_ASSIGN(auto values,
                  keyValues(spec, {s("vendor"), s("product"), s("version"), s("range"), s("status")}, s("--product")));
    if (values.contains(s("version")) && values.contains(s("range")))
        return fail(ErrorCode::BadInput, tr("Give a version or a range, not both."), s("--product"));
    AffectedProduct p;
    p.vendor = values.value(s("vendor"));
    p.product = values.value(s("product"));
    p.versionRange = values.contains(s("range"));
    p.version = p.versionRange ? values.value(s("range")) : values.value(s("version"));
    if (values.contains(s("status"))) {
        const auto status = parseProductStatus(values.value(s("status")));
        if (!status)
            return fail(ErrorCode::BadInput,
                        tr("“%1” is not a product status (known_affected, fixed, known_not_affected, "
                           "under_investigation).")
                            .arg(values.value(s("status"))),
                        s("--product"));
        p.status = *status;
    }
    return p;
}

Result<AdvisoryReference> AdvisoryOptions::reference(const QString& spec)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::BadInput, tr("The value is empty."), s("--reference"));
    const qsizetype space = trimmed.indexOf(u' ');
    if (space < 0)
        return AdvisoryReference{trimmed, {}};
    return AdvisoryReference{trimmed.left(space), trimmed.mid(space + 1).trimmed()};
}

Status AdvisoryOptions::apply(const QCommandLineParser& parser, Advisory& advisory) const
{
    if (parser.isSet(fromJson)) {
        FB_TRY_ASSIGN(auto read, readJson(parser.value(fromJson)));
        // Only what an author edits: the store owns identity, status, versions and dates.
        Advisory merged = read;
        merged.id = advisory.id;
        merged.identifier = advisory.identifier;
        merged.status = advisory.status;
        merged.version = advisory.version;
        merged.revisions = advisory.revisions;
        merged.initialReleaseDate = advisory.initialReleaseDate;
        merged.currentReleaseDate = advisory.currentReleaseDate;
        if (advisory.id)
            merged.provenance = advisory.provenance;
        advisory = merged;
    }
    for (const QString& field : parser.values(clear)) {
        if (field == QLatin1String("vulnerabilities"))
            advisory.vulnerabilities.clear();
        else if (field == QLatin1String("products"))
            advisory.products.clear();
        else if (field == QLatin1String("references"))
            advisory.references.clear();
        else if (field == QLatin1String("acknowledgments"))
            advisory.acknowledgments.clear();
        else if (field == QLatin1String("audience"))
            advisory.audience.clear();
        else if (field == QLatin1String("tickets"))
            advisory.linkedTickets.clear();
        else
            return fail(ErrorCode::Usage,
                        tr("--clear takes one of: %1; not “%2”.").arg(clearableFields().join(s(", ")), field));
    }
    for (const auto& [o, target] :
         {std::pair{&title, &advisory.title}, std::pair{&summary, &advisory.summary},
          std::pair{&description, &advisory.description}, std::pair{&impact, &advisory.impact},
          std::pair{&solution, &advisory.solution}, std::pair{&workarounds, &advisory.workarounds}})
        if (parser.isSet(*o))
            *target = parser.value(*o);
    if (parser.isSet(tlp)) {
        const auto level = Tlp::parse(parser.value(tlp));
        if (!level)
            return fail(ErrorCode::BadInput, tr("“%1” is not a TLP 2.0 label.").arg(parser.value(tlp)), s("--tlp"));
        advisory.tlp = *level;
    }
    for (const QString& spec : parser.values(vulnerabilityOption)) {
        FB_TRY_ASSIGN(auto v, vulnerability(spec));
        advisory.vulnerabilities.append(v);
    }
    for (const QString& spec : parser.values(productOption)) {
        FB_TRY_ASSIGN(auto p, product(spec));
        advisory.products.append(p);
    }
    for (const QString& spec : parser.values(referenceOption)) {
        FB_TRY_ASSIGN(auto r, reference(spec));
        advisory.references.append(r);
    }
    advisory.acknowledgments += parser.values(acknowledgment);
    for (const QString& name : parser.values(audience))
        if (!advisory.audience.contains(name))
            advisory.audience.append(name);
    for (const QString& text : parser.values(ticket)) {
        FB_TRY_ASSIGN(auto id, CliContext::parseTicketId(text));
        if (!advisory.linkedTickets.contains(id))
            advisory.linkedTickets.append(id);
    }
    return {};
}

} // namespace fb
