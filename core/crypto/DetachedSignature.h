// SPDX-License-Identifier: GPL-3.0-or-later
// DetachedSignature: an armored detached signature and its hash, as PGP/MIME (RFC 3156) needs them.
#pragma once

#include <QByteArray>
#include <QString>

namespace fb {

struct DetachedSignature
{
    QByteArray signature; // ASCII-armored, for an application/pgp-signature part
    QString micalg;       // the Content-Type micalg parameter, e.g. "pgp-sha256"
};

} // namespace fb
