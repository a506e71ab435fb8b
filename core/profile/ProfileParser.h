// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileParser: reads an RFC 2350 document, as teams publish it, into a TeamProfile. Headings may be numbered
// ("2.8 Public Keys...", "2.8. PUBLIC KEYS") or not ("Team Name:", underlined titles), with or without inline
// content ("Time Zone: CET"); bodies may be indented or not. Text above the first heading becomes the title;
// sections under headings that map to no RFC 2350 section are kept as UnmappedText, so nothing is lost.
// Clear-signed documents are unwrapped by ProfileVerifier (GnuPG), not here.
#pragma once

#include "core/base/Result.h"
#include "core/profile/TeamProfile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fb {

class ProfileParser
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileParser)

public:
    ProfileParser() = delete;

    // BadInput (where = "line 1") when the text has no RFC 2350 heading at all.
    static Result<TeamProfile> parse(const QString& text);

    // The first date in text: ISO "2024-05-01", "2024/05/01", "01.05.2024", "1 May 2024", "May 1, 2024".
    static std::optional<QDate> findDate(const QString& text);
    // The first OpenPGP v4 fingerprint (40 hex digits, spaces allowed between groups), normalised; empty if none.
    static QString findFingerprint(const QString& text);
    // Every http(s) URL in text, in order, without trailing punctuation.
    static QStringList findUrls(const QString& text);
};

} // namespace fb
