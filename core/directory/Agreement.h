// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement: a signed NDA, MoU or code of conduct with a team, and when it runs out.
#pragma once

#include "core/directory/DirectoryTypes.h"

#include <QDate>
#include <QString>

namespace fb {

struct Agreement
{
    AgreementKind kind = AgreementKind::Nda;
    QString party; // who signed on the other side
    QDate signedOn;
    QDate expires; // invalid: does not expire
    QString notes;

    bool isExpired(QDate today) const { return expires.isValid() && expires < today; }
    friend bool operator==(const Agreement&, const Agreement&) = default;
};

} // namespace fb
