// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/CsvReader.h"

#include "core/base/CsvWriter.h"

#include <catch2/catch.hpp>

using namespace fb;

namespace {

QList<QStringList> rowsOf(const QByteArray& data, const CsvReader::Limits& limits = {})
{
    const auto read = CsvReader::read(data, limits);
    INFO((read ? QString() : read.error().toString()).toStdString());
    REQUIRE(read);
    return *read;
}

Error errorOf(const QByteArray& data, const CsvReader::Limits& limits = {})
{
    const auto read = CsvReader::read(data, limits);
    REQUIRE_FALSE(read);
    return read.error();
}

// Rows from UTF-8 literals.
QList<QStringList> L(std::initializer_list<std::initializer_list<const char*>> rows)
{
    QList<QStringList> out;
    for (const auto& row : rows) {
        QStringList fields;
        for (const char* field : row)
            fields.append(QString::fromUtf8(field));
        out.append(fields);
    }
    return out;
}

} // namespace

TEST_CASE("CSV: plain, quoted, doubled quotes, embedded line breaks, CRLF and LF, a BOM", "[csv]")
{
    CHECK(rowsOf("a,b\r\n1,2\r\n") == L({{"a", "b"}, {"1", "2"}}));
    CHECK(rowsOf("a,b\n1,2") == L({{"a", "b"}, {"1", "2"}}));
    CHECK(rowsOf("\xEF\xBB\xBFtime,what\r\n") == L({{"time", "what"}}));
    CHECK(rowsOf("\"a,b\",\"say \"\"hi\"\"\"\r\n") == L({{"a,b", "say \"hi\""}}));
    CHECK(rowsOf("x,\"two\r\nlines\"\r\ny,z\r\n") == L({{"x", "two\r\nlines"}, {"y", "z"}}));
    CHECK(rowsOf("a,,\r\n") == L({{"a", "", ""}}));
    CHECK(rowsOf("\r\n\r\na\r\n\r\n") == L({{"a"}})); // blank lines are no rows
    CHECK(rowsOf("Zürich,\t tab\r\n") == L({{"Zürich", "\t tab"}}));
    CHECK(rowsOf("").isEmpty());
}

TEST_CASE("CSV: what CsvWriter writes reads back the same", "[csv]")
{
    const QList<QStringList> rows = L({{"time", "what", "raw"},
                                       {"2026-03-01T10:00:00Z", "a, b", "line one\r\nline \"two\""},
                                       {"", "", "  spaces  "},
                                       {"ünïcødé ✓", "\"", "\n"}});
    CHECK(rowsOf(CsvWriter::write(rows)) == rows);
}

TEST_CASE("CSV: hostile input is refused with the row and column", "[csv]")
{
    SECTION("a quote left open")
    {
        const Error e = errorOf("a,b\r\n1,\"never closed\r\nmore\r\n");
        CHECK(e.where == QStringLiteral("row 2, column 2"));
        CHECK(e.message.contains(QStringLiteral("not closed")));
    }
    SECTION("text after a closing quote")
    {
        CHECK(errorOf("a\r\n\"x\"y\r\n").where == QStringLiteral("row 2, column 1"));
    }
    SECTION("a bare quote inside a field")
    {
        CHECK(errorOf("a,b\r\nx,y\"z\r\n").where == QStringLiteral("row 2, column 2"));
    }
    SECTION("control characters")
    {
        const Error nul = errorOf(QByteArray("a,b\r\n1,x\0y\r\n", 12));
        CHECK(nul.where == QStringLiteral("row 2, column 2"));
        CHECK(nul.message.contains(QStringLiteral("U+0000")));
        CHECK(errorOf("a\r\n\"esc\x1b[31m\"\r\n").where == QStringLiteral("row 2, column 1"));
    }
    SECTION("bad UTF-8")
    {
        const Error e = errorOf("a\r\nb\r\n\xC3\x28\r\n");
        CHECK(e.where == QStringLiteral("line 3"));
        CHECK(e.message.contains(QStringLiteral("UTF-8")));
    }
    SECTION("too large")
    {
        const Error e = errorOf(QByteArray(2000, 'a'), CsvReader::Limits{.maxBytes = 1000});
        CHECK((e.message.contains(QStringLiteral("1,000")) || e.message.contains(QStringLiteral("1000"))));
    }
    SECTION("too many rows")
    {
        QByteArray data;
        for (int i = 0; i < 11; ++i)
            data += "x\r\n";
        CHECK(rowsOf(data.left(30), CsvReader::Limits{.maxRows = 10}).size() == 10);
        CHECK(errorOf(data, CsvReader::Limits{.maxRows = 10}).where == QStringLiteral("row 11"));
    }
}
