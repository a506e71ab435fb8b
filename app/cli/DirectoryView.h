// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryView: how `firebreak-cli directory` prints a team, a lookup answer and an import report as text.
#pragma once

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
    static QString team(const Team& team, QDate today);
    static QString contacts(const Team& team);
    static QString report(const ImportReport& report);
};

} // namespace fb
