// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/CsafMandatoryTests.h"

#include "core/advisory/CsafTestRun.h"

#include <algorithm>

namespace fb {

CsafTestRun::CsafTestRun(const QJsonObject& csaf)
    : m_root(csaf)
    , m_document(csaf.value(QStringLiteral("document")).toObject())
    , m_tree(csaf.value(QStringLiteral("product_tree")).toObject())
    , m_vulnerabilities(csaf.value(QStringLiteral("vulnerabilities")).toArray())
    , m_category(csaf::str(m_document, "category"))
{
}

QList<CsafTestFailure> CsafTestRun::all()
{
    productIds();       // 6.1.1, 6.1.2, 6.1.3
    productGroups();    // 6.1.4, 6.1.5
    productStatus();    // 6.1.6
    scores();           // 6.1.7 - 6.1.10
    revisionHistory();  // 6.1.14, 6.1.16 - 6.1.22, 6.1.30
    documentLanguage(); // 6.1.15, 6.1.28
    cves();             // 6.1.23
    involvements();     // 6.1.24
    hashes();           // 6.1.25
    categoryName();     // 6.1.26
    profiles();         // 6.1.27.x
    remediations();     // 6.1.29
    versionBranches();  // 6.1.31
    std::stable_sort(m_failures.begin(), m_failures.end(), [](const auto& a, const auto& b) {
        return CsafMandatoryTests::implemented().indexOf(a.test) < CsafMandatoryTests::implemented().indexOf(b.test);
    });
    return m_failures;
}

void CsafTestRun::fail(const char* test, const QString& path, const QString& message)
{
    m_failures.append({QString::fromLatin1(test), path, message});
}

QString CsafTestFailure::toString() const
{
    return test + QLatin1Char(' ') + path + QStringLiteral(": ") + message;
}

const QStringList& CsafMandatoryTests::implemented()
{
    static const QStringList tests{QStringLiteral("6.1.1"),     QStringLiteral("6.1.2"),    QStringLiteral("6.1.3"),
                                   QStringLiteral("6.1.4"),     QStringLiteral("6.1.5"),    QStringLiteral("6.1.6"),
                                   QStringLiteral("6.1.7"),     QStringLiteral("6.1.8"),    QStringLiteral("6.1.9"),
                                   QStringLiteral("6.1.10"),    QStringLiteral("6.1.14"),   QStringLiteral("6.1.15"),
                                   QStringLiteral("6.1.16"),    QStringLiteral("6.1.17"),   QStringLiteral("6.1.18"),
                                   QStringLiteral("6.1.19"),    QStringLiteral("6.1.20"),   QStringLiteral("6.1.21"),
                                   QStringLiteral("6.1.22"),    QStringLiteral("6.1.23"),   QStringLiteral("6.1.24"),
                                   QStringLiteral("6.1.25"),    QStringLiteral("6.1.26"),   QStringLiteral("6.1.27.1"),
                                   QStringLiteral("6.1.27.2"),  QStringLiteral("6.1.27.3"), QStringLiteral("6.1.27.4"),
                                   QStringLiteral("6.1.27.5"),  QStringLiteral("6.1.27.6"), QStringLiteral("6.1.27.7"),
                                   QStringLiteral("6.1.27.8"),  QStringLiteral("6.1.27.9"), QStringLiteral("6.1.27.10"),
                                   QStringLiteral("6.1.27.11"), QStringLiteral("6.1.28"),   QStringLiteral("6.1.29"),
                                   QStringLiteral("6.1.30"),    QStringLiteral("6.1.31")};
    return tests;
}

QList<CsafTestFailure> CsafMandatoryTests::run(const QJsonObject& csaf)
{
    return CsafTestRun(csaf).all();
}

QList<CsafTestFailure> CsafMandatoryTests::failuresOf(const QList<CsafTestFailure>& failures, const QString& test)
{
    QList<CsafTestFailure> out;
    for (const auto& f : failures) {
        if (f.test == test)
            out.append(f);
    }
    return out;
}

} // namespace fb
