// SPDX-License-Identifier: GPL-3.0-or-later
// CsafMandatoryTests: the CSAF 2.0 mandatory tests (section 6.1) that can be decided from the document alone,
// run over a CSAF document as JSON: what CsafWriter produces before it is written, and imported documents.
// Each failure names its test and the JSON Pointer of the value at fault. Not run: 6.1.11 (CWE catalogue),
// 6.1.12 (language subtag registry), 6.1.13 (PURL), which need data Firebreak does not ship.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

struct CsafTestFailure
{
    QString test;    // "6.1.18", "6.1.27.4"
    QString path;    // JSON Pointer: "/document/tracking/revision_history/0/number"
    QString message; // translated sentence
    // "6.1.18 /document/tracking/revision_history/0/number: <message>"
    QString toString() const;
    friend bool operator==(const CsafTestFailure&, const CsafTestFailure&) = default;
};

class CsafMandatoryTests
{
    Q_DECLARE_TR_FUNCTIONS(fb::CsafMandatoryTests)

public:
    CsafMandatoryTests() = delete;

    // The tests run(), by number.
    static const QStringList& implemented();
    // Every failure of every implemented test, in test order; empty for a document that passes them all.
    static QList<CsafTestFailure> run(const QJsonObject& csaf);
    // The failures of one test only (for reports and tests).
    static QList<CsafTestFailure> failuresOf(const QList<CsafTestFailure>& failures, const QString& test);
};

} // namespace fb
