// SPDX-License-Identifier: GPL-3.0-or-later
// VCardReader: reads vCard 4.0 (RFC 6350), 3.0 (RFC 2426) and the 2.1 that older exporters still write: line
// unfolding, parameters (quoted, multi-valued, repeated, bare 2.1 TYPE words, RFC 6868 caret escapes), value
// unescaping, QUOTED-PRINTABLE values (with their soft line breaks) and CHARSET. Base64 values (ENCODING=b or
// BASE64) stay base64 text. Text that is not valid UTF-8 (and names no CHARSET) is read as Latin-1 (ISO 8859-1)
// with a warning naming the line, so nothing is silently replaced. A card with a syntax problem is left out and the
// problem reported with its line number; the other cards are read.
#pragma once

#include "core/directory/ImportReport.h"
#include "core/directory/VCard.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fb {

struct VCardReadResult
{
    QList<VCard> cards;
    QList<ImportProblem> problems; // cards left out
    QList<ImportProblem> warnings; // read, but not exactly as written (Latin-1 fallback, unknown character set)
};

class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::VCardReader)

public:
    // sourceName (a file name) is put in front of every position: "contacts.vcf, line 12".
    static VCardReadResult read(const QByteArray& data, const QString& sourceName = {});
    // "line 12", or "contacts.vcf, line 12" with a source name.
    static QString position(const QString& sourceName, int line);
    // Undoes RFC 6350 escaping in one text value: "\\n" "\\N" -> newline, "\\," "\\;" "\\\\" -> the character.
    static QString unescape(QStringView text);
    // Splits at the separator where it is not escaped by a backslash; parts stay escaped.
    static QStringList splitUnescaped(QStringView text, QChar separator);
};

} // namespace fb
