// SPDX-License-Identifier: GPL-3.0-or-later
// TaxonomyCombos: the TLP and RSIT choosers the ticket view and the ticket dialogs share (the item data is the
// key core takes: "amber", "malicious-code", "c2-server").
#pragma once

#include "core/taxonomy/Tlp.h"

#include <QString>

class QComboBox;
class QWidget;

namespace fb {

class TaxonomyCombos
{
public:
    // Every TLP 2.0 label, `current` chosen.
    static QComboBox* tlp(QWidget* parent, const QString& objectName, TlpLevel current = TlpLevel::Amber);
    // "Unclassified" and the RSIT classes.
    static QComboBox* rsitClass(QWidget* parent, const QString& objectName);
    // Fills `types` with "Any type" and the types of `classKey`, `typeKey` chosen.
    static void fillRsitTypes(QComboBox* types, const QString& classKey, const QString& typeKey = {});
};

} // namespace fb
