// SPDX-License-Identifier: GPL-3.0-or-later
// For the exchange tests: validates IODEF files with the real xmllint against the official schema in
// shared/conformance/iodef, offline (--nonet, the schema's imports resolved through its XML catalog).
// Header-only: test executables build their *Test.cpp files.
#pragma once

#include "tests/TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <catch2/catch.hpp>

namespace fb::test {

// xmllint's complaint about `file`; empty when the file validates.
inline QString xmllintProblems(const QString& file)
{
    QProcess xmllint;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XML_CATALOG_FILES"), conformancePath(QStringLiteral("iodef/catalog.xml")));
    xmllint.setProcessEnvironment(env);
    xmllint.start(QStringLiteral("xmllint"),
                  {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                   conformancePath(QStringLiteral("iodef/iodef-2.0.xsd")), file});
    REQUIRE(xmllint.waitForFinished(120000));
    const QString output = QString::fromUtf8(xmllint.readAllStandardError());
    return xmllint.exitCode() == 0 ? QString() : output;
}

} // namespace fb::test
