// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryCliSupport: JSON and text helpers the directory commands share (linked keys, list recipients).
#pragma once

#include "core/directory/DirectoryKeys.h"
#include "core/directory/DistributionListStore.h"

#include <QJsonObject>
#include <QStringList>

namespace fb {

class DirectoryCliSupport
{
public:
    // A key's warnings and what is missing, as sentences.
    static QStringList keyWarningTexts(const LinkedKey& k);
    static QJsonObject keyJson(const LinkedKey& k);
    static QJsonObject recipientJson(const ListRecipient& r);
};

} // namespace fb
