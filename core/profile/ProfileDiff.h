// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileDiff: a line diff between two texts (two versions of the profile's canonical text), from their longest
// common subsequence, printed as a unified diff with context lines.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based; 0 for added lines
    int newLine = 0; // 1-based; 0 for removed lines
    friend bool operator==(const DiffLine&, const DiffLine&) = default;
};

class ProfileDiff
{
public:
    ProfileDiff() = delete;

    // Largest LCS table (old lines x new lines) computed; about 100 MB.
    static constexpr double kMaxCells = 25e6;

    // Every line of both texts, in order: a minimal edit script (longest common subsequence).
    static QList<DiffLine> diff(const QStringList& oldLines, const QStringList& newLines);
    // Unified diff ("--- a", "+++ b", "@@ -1,3 +1,4 @@" hunks with `context` lines around changes); empty when the
    // texts are equal.
    static QString unified(const QString& oldText, const QString& newText, const QString& oldName,
                           const QString& newName, int context = 3);
};

} // namespace fb
