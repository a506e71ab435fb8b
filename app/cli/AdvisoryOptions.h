// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryOptions: the options of `advisory new` and `advisory edit` that set an advisory's fields (texts,
// TLP, vulnerabilities, products, references, acknowledgments, audience, linked tickets, or a whole JSON
// file), and applying them to an advisory.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/base/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

namespace fb {

class AdvisoryOptions
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryOptions)

public:
    AdvisoryOptions();
    QList<QCommandLineOption> options() const;
    // In this order: --from-json (replaces the editable fields), --clear, the text fields, then the list
    // additions. The identifier, status, version, revisions and release dates are never touched.
    Status apply(const QCommandLineParser& parser, Advisory& advisory) const;
    // Whether any option that changes the advisory was given.
    bool anySet(const QCommandLineParser& parser) const;

    // "cve=CVE-2026-1234;cvss=CVSS:3.1/...;cwe=CWE-79;cwe-name=...;title=..."
    static Result<AdvisoryVulnerability> vulnerability(const QString& spec);
    // "vendor=Example;product=Server;version=2.4.7;status=fixed" or with "range=vers:semver/<2.4.7".
    static Result<AffectedProduct> product(const QString& spec);
    // "URL" or "URL SUMMARY..."
    static Result<AdvisoryReference> reference(const QString& spec);
    // An advisory from a JSON file in the form of `advisory show --json`; BadInput naming the file and offset.
    static Result<Advisory> readJson(const QString& path);

    QCommandLineOption fromJson;
    QCommandLineOption title;
    QCommandLineOption tlp;
    QCommandLineOption summary;
    QCommandLineOption description;
    QCommandLineOption impact;
    QCommandLineOption solution;
    QCommandLineOption workarounds;
    QCommandLineOption vulnerabilityOption;
    QCommandLineOption productOption;
    QCommandLineOption referenceOption;
    QCommandLineOption acknowledgment;
    QCommandLineOption audience;
    QCommandLineOption ticket;
    QCommandLineOption clear;

private:
    static Result<QHash<QString, QString>> keyValues(const QString& spec, const QStringList& keys,
                                                     const QString& optionName);
    QList<const QCommandLineOption*> all() const;
};

} // namespace fb
