// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryView: how `firebreak-cli directory` prints a team, a lookup answer and an import report as text.
#pragma once

#include "core/crypto/KeyInfo.h"
#include "core/directory/DirectoryKeys.h"
#include "core/directory/ImportReport.h"
#include "core/directory/NetworkLookup.h"
#include "core/directory/Team.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace fb {

class DirectoryView
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryView)

public:
    // Everything about a team; its linked keys with what the keyring knows of them, then the warnings.
    static QString team(const Team& team, const QList<LinkedKey>& keys, const QStringList& warnings);
    static QString validityKey(KeyValidity validity);
    static QString contacts(const Team& team);
    static QString report(const ImportReport& report);
};

} // namespace fb
