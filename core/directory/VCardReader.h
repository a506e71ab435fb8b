// SPDX-License-Identifier: GPL-3.0-or-later
// VCardReader: a small strict vCard 4.0 (RFC 6350) parser: line unfolding, parameters (quoted, multi-valued,
// RFC 6868 caret escapes), value unescaping. A card with a problem is left out and the problem reported with its
// line number; the other cards are read.
#pragma once

#include "core/directory/ImportReport.h"
#include "core/directory/VCard.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fb {

struct VCardReadResult
{
    QList<VCard> cards;
    QList<ImportProblem> problems;
};

class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::VCardReader)

public:
    static VCardReadResult read(const QByteArray& data);
    // Undoes RFC 6350 escaping in one text value: "\\n" "\\N" -> newline, "\\," "\\;" "\\\\" -> the character.
    static QString unescape(QStringView text);
    // Splits at the separator where it is not escaped by a backslash; parts stay escaped.
    static QStringList splitUnescaped(QStringView text, QChar separator);
};

} // namespace fb
