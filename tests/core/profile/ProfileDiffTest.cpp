// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileDiff.h"

#include <catch2/catch.hpp>

using namespace fb;

TEST_CASE("ProfileDiff: a minimal edit script from the longest common subsequence")
{
    const QStringList a{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"),
                        QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("a")};
    const QStringList b{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a"),
                        QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
    const QList<DiffLine> d = ProfileDiff::diff(a, b);
    int same = 0;
    QStringList rebuiltOld;
    QStringList rebuiltNew;
    for (const DiffLine& l : d) {
        if (l.kind == DiffLine::Kind::Same)
            ++same;
        if (l.kind != DiffLine::Kind::Added)
            rebuiltOld.append(l.text);
        if (l.kind != DiffLine::Kind::Removed)
            rebuiltNew.append(l.text);
    }
    CHECK(same == 4); // the LCS of the classic Myers example has length 4
    CHECK(rebuiltOld == a);
    CHECK(rebuiltNew == b);
}

TEST_CASE("ProfileDiff: unified output with hunks and context")
{
    QStringList lines;
    for (int i = 1; i <= 20; ++i)
        lines.append(QStringLiteral("line %1").arg(i));
    QStringList changed = lines;
    changed[9] = QStringLiteral("line ten");
    changed.insert(15, QStringLiteral("new line"));
    const QString text = ProfileDiff::unified(lines.join(u'\n') + u'\n', changed.join(u'\n') + u'\n',
                                              QStringLiteral("v1"), QStringLiteral("v2"), 2);
    CHECK(text == QStringLiteral("--- v1\n+++ v2\n"
                                 "@@ -8,5 +8,5 @@\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n"
                                 "@@ -14,4 +14,5 @@\n line 14\n line 15\n+new line\n line 16\n line 17\n"));
    CHECK(ProfileDiff::unified(QStringLiteral("same\n"), QStringLiteral("same\n"), {}, {}).isEmpty());
}

TEST_CASE("ProfileDiff: texts too large for the table still give a correct script")
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < 6000; ++i) {
        a.append(QStringLiteral("a%1").arg(i));
        b.append(QStringLiteral("b%1").arg(i));
    }
    a.prepend(QStringLiteral("same"));
    b.prepend(QStringLiteral("same"));
    const QList<DiffLine> d = ProfileDiff::diff(a, b);
    CHECK(d.size() == 1 + 6000 + 6000);
    CHECK(d.first().kind == DiffLine::Kind::Same);
    CHECK(d.at(1).kind == DiffLine::Kind::Removed);
    CHECK(d.last().kind == DiffLine::Kind::Added);
}
