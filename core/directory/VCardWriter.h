// SPDX-License-Identifier: GPL-3.0-or-later
// VCardWriter: writes vCard 4.0 (RFC 6350): escaping, RFC 6868 parameter encoding, CRLF, folding at 75 octets
// without splitting a UTF-8 sequence.
#pragma once

#include "core/directory/VCard.h"

#include <QByteArray>

namespace fb {

class VCardWriter
{
public:
    static QByteArray write(const QList<VCard>& cards);
    // "\\", ",", ";" and newlines escaped for a text value.
    static QString escape(const QString& text);
};

} // namespace fb
