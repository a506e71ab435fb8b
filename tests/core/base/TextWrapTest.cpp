// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/TextWrap.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("TextWrap: keeps paragraphs and indents")
{
    CHECK(TextWrap::wrap(QStringLiteral("aaa bbb ccc"), 9, 2) == QStringLiteral("  aaa bbb\n  ccc"));
    CHECK(TextWrap::wrap(QStringLiteral("a\n\nb"), 72) == QStringLiteral("a\n\nb"));
}

TEST_CASE("TextWrap: continuation lines get their own indent and long words are cut or kept")
{
    CHECK(TextWrap::wrap(QStringLiteral("aaa bbb ccc"), 10, 2, 4) == QStringLiteral("  aaa bbb\n    ccc"));
    CHECK(TextWrap::wrap(QStringLiteral("abcdefghijkl"), 10, 0) == QStringLiteral("abcdefghij\nkl"));
    CHECK(TextWrap::wrap(QStringLiteral("x abcdefghijkl"), 10, 0, -1, true) == QStringLiteral("x\nabcdefghijkl"));
    CHECK(TextWrap::wrap(QStringLiteral("a\nb c"), 72, 1) == QStringLiteral(" a\n b c"));
}
