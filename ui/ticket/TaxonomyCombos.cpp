// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TaxonomyCombos.h"

#include "core/taxonomy/Rsit.h"

#include <QComboBox>
#include <QCoreApplication>

namespace fb {

QComboBox* TaxonomyCombos::tlp(QWidget* parent, const QString& objectName, TlpLevel current)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (TlpLevel level : Tlp::all())
        combo->addItem(Tlp::label(level), Tlp::key(level));
    combo->setCurrentIndex(combo->findData(Tlp::key(current)));
    return combo;
}

QComboBox* TaxonomyCombos::rsitClass(QWidget* parent, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(QCoreApplication::translate("fb::TicketView", "Unclassified"), QString());
    for (const RsitClass& rsit : Rsit::builtin().classes())
        combo->addItem(rsit.name, rsit.key);
    return combo;
}

void TaxonomyCombos::fillRsitTypes(QComboBox* types, const QString& classKey, const QString& typeKey)
{
    types->clear();
    types->addItem(QCoreApplication::translate("fb::TicketView", "Any type"), QString());
    if (const RsitClass* rsit = Rsit::builtin().findClass(classKey)) {
        for (const RsitType& type : rsit->types)
            types->addItem(type.name, type.key);
    }
    types->setCurrentIndex(std::max(0, types->findData(typeKey)));
}

} // namespace fb
