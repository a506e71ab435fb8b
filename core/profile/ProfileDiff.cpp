// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileDiff.h"

#include <vector>

namespace fb {

QList<DiffLine> ProfileDiff::diff(const QStringList& a, const QStringList& b)
{
    // Common prefix and suffix first: versions of a profile differ in a few places.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    // lcs[i][j]: length of the longest common subsequence of a[prefix+i..] and b[prefix+j..] (middle part).
    // Texts too large for the table (not profiles) get a correct but not minimal script: all out, all in.
    const bool tooLarge = static_cast<double>(n + 1) * static_cast<double>(m + 1) > kMaxCells;
    std::vector<std::vector<int>> lcs(tooLarge ? 1 : static_cast<size_t>(n + 1),
                                      std::vector<int>(tooLarge ? 1 : static_cast<size_t>(m + 1), 0));
    for (qsizetype i = tooLarge ? -1 : n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);

    QList<DiffLine> out;
    int oldNo = 0;
    int newNo = 0;
    auto same = [&](const QString& text) { out.append({DiffLine::Kind::Same, text, ++oldNo, ++newNo}); };
    for (qsizetype k = 0; k < prefix; ++k)
        same(a[k]);
    qsizetype i = 0;
    qsizetype j = 0;
    while (tooLarge && i < n)
        out.append({DiffLine::Kind::Removed, a[prefix + i++], ++oldNo, 0});
    while (tooLarge && j < m)
        out.append({DiffLine::Kind::Added, b[prefix + j++], 0, ++newNo});
    while (i < n || j < m) {
        if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
            same(a[prefix + i]);
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.append({DiffLine::Kind::Added, b[prefix + j], 0, ++newNo});
            ++j;
        } else {
            out.append({DiffLine::Kind::Removed, a[prefix + i], ++oldNo, 0});
            ++i;
        }
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        same(a[k]);
    // Removals before additions within a run of changes, as diff(1) prints them.
    for (qsizetype k = 0; k < out.size();) {
        if (out[k].kind == DiffLine::Kind::Same) {
            ++k;
            continue;
        }
        qsizetype end = k;
        while (end < out.size() && out[end].kind != DiffLine::Kind::Same)
            ++end;
        std::stable_partition(out.begin() + k, out.begin() + end,
                              [](const DiffLine& l) { return l.kind == DiffLine::Kind::Removed; });
        k = end;
    }
    return out;
}

QString ProfileDiff::unified(const QString& oldText, const QString& newText, const QString& oldName,
                             const QString& newName, int context)
{
    auto lines = [](const QString& text) {
        QStringList l = text.split(QLatin1Char('\n'));
        if (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        return l;
    };
    const QList<DiffLine> d = diff(lines(oldText), lines(newText));
    QList<qsizetype> changes;
    for (qsizetype k = 0; k < d.size(); ++k)
        if (d[k].kind != DiffLine::Kind::Same)
            changes.append(k);
    if (changes.isEmpty())
        return {};
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
    qsizetype c = 0;
    while (c < changes.size()) {
        const qsizetype start = std::max<qsizetype>(0, changes[c] - context);
        qsizetype end = changes[c];
        while (c < changes.size() && changes[c] <= end + 2 * context + 1) {
            end = changes[c];
            ++c;
        }
        end = std::min<qsizetype>(d.size() - 1, end + context);
        int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
        QString body;
        for (qsizetype k = start; k <= end; ++k) {
            const DiffLine& l = d[k];
            if (l.kind != DiffLine::Kind::Added) {
                if (!oldStart)
                    oldStart = l.oldLine;
                ++oldCount;
            }
            if (l.kind != DiffLine::Kind::Removed) {
                if (!newStart)
                    newStart = l.newLine;
                ++newCount;
            }
            body += (l.kind == DiffLine::Kind::Same      ? QLatin1Char(' ')
                     : l.kind == DiffLine::Kind::Removed ? QLatin1Char('-')
                                                         : QLatin1Char('+')) +
                    l.text + QLatin1Char('\n');
        }
        // An empty side starts at the line before, as diff -u writes it.
        if (!oldStart) {
            for (qsizetype k = start; k >= 0; --k)
                if (d[k].oldLine) {
                    oldStart = d[k].oldLine;
                    break;
                }
        }
        if (!newStart) {
            for (qsizetype k = start; k >= 0; --k)
                if (d[k].newLine) {
                    newStart = d[k].newLine;
                    break;
                }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount) + body;
    }
    return out;
}

} // namespace fb
