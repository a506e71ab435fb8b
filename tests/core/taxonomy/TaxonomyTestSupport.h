// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the taxonomy tests: QString in Catch2 messages, and reading the JSON data files.
#pragma once

#include "tests/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <catch2/catch.hpp>

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

} // namespace Catch

namespace fb::test {

// The JSON object in the file at path (a resource path ":/..." or a file); an empty object when unreadable.
inline QJsonObject readJsonObject(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

} // namespace fb::test
