// SPDX-License-Identifier: GPL-3.0-or-later
// CsafTestRun: one run of the CSAF 2.0 mandatory tests (CsafMandatoryTests) over a document: the parts of the
// document the tests read and the failures found. Internal to core/advisory; the tests are defined by group in
// CsafProductTests.cpp (6.1.1 - 6.1.10) and CsafDocumentTests.cpp (6.1.14 - 6.1.31).
#pragma once

#include "core/advisory/CsafMandatoryTests.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace fb {

namespace csaf {

inline QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

inline QJsonArray arr(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toArray();
}

inline QString at(const QString& path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

inline QString at(const QString& path, const char* key)
{
    return path + QLatin1Char('/') + QLatin1String(key);
}

} // namespace csaf

class CsafTestRun
{
public:
    explicit CsafTestRun(const QJsonObject& csaf);

    // Every failure of every test, in the order of CsafMandatoryTests::implemented().
    QList<CsafTestFailure> all();

private:
    void fail(const char* test, const QString& path, const QString& message);
    // Every full product name: (its product object, the path of that object).
    void eachFullProductName(const std::function<void(const QJsonObject&, const QString&)>& f) const;

    // CsafProductTests.cpp
    void productIds();    // 6.1.1, 6.1.2, 6.1.3
    void productGroups(); // 6.1.4, 6.1.5
    void productStatus(); // 6.1.6
    void cvssSchema(const QJsonObject& v3, const QString& path);
    void scores(); // 6.1.7 - 6.1.10

    // CsafDocumentTests.cpp
    void revisionHistory();  // 6.1.14, 6.1.16 - 6.1.22, 6.1.30
    void documentLanguage(); // 6.1.15, 6.1.28
    void cves();             // 6.1.23
    void involvements();     // 6.1.24
    void hashes();           // 6.1.25
    void categoryName();     // 6.1.26
    void profiles();         // 6.1.27.x
    // Is product id named in the item's product_ids directly, or through one of its group_ids?
    bool covers(const QJsonObject& item, const QString& id) const;
    void remediations();     // 6.1.29
    void versionBranches();  // 6.1.31

    const QJsonObject m_root;
    const QJsonObject m_document;
    const QJsonObject m_tree;
    const QJsonArray m_vulnerabilities;
    const QString m_category;
    QList<CsafTestFailure> m_failures;
};

} // namespace fb
