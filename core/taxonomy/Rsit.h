// SPDX-License-Identifier: GPL-3.0-or-later
// Rsit: the Reference Security Incident Taxonomy (classes and their types), read from MISP machinetag JSON.
#pragma once

#include "core/base/Result.h"
#include "core/taxonomy/RsitClass.h"
#include "core/taxonomy/RsitType.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace fb {

class Rsit
{
    Q_DECLARE_TR_FUNCTIONS(fb::Rsit)

public:
    Rsit() = default; // the empty taxonomy

    // The taxonomy shipped in resources/taxonomy/rsit.json, read once (thread-safe). Names are translated when it
    // is first read, so install translators before the first call. Broken built-in data is a build defect that
    // the tests catch; here it is logged and gives the empty taxonomy.
    static const Rsit& builtin();

    // Reads a MISP machinetag document ("predicates" = classes, "values" = their types). sourceName (a file name)
    // is put in front of Error::where, which names the offset or field at fault.
    static Result<Rsit> fromJson(const QByteArray& json, const QString& sourceName);

    QList<RsitClass> classes() const; // in the order of the data

    // nullptr when there is no such class or type; the pointer lives as long as this Rsit.
    const RsitClass* findClass(const QString& classKey) const;
    const RsitType* findType(const QString& classKey, const QString& typeKey) const;

    // A known class with a known type of that class, or a known class alone (empty typeKey).
    bool isValid(const QString& classKey, const QString& typeKey = {}) const;

    // rsit:malicious-code="c2-server", or rsit:malicious-code for a class alone; empty when !isValid().
    QString machineTag(const QString& classKey, const QString& typeKey = {}) const;

    // The (class key, type key) of a machine tag as machineTag() writes it (type key empty for a class alone);
    // case-insensitive, trimmed. std::nullopt when malformed or not in this taxonomy.
    std::optional<std::pair<QString, QString>> parseMachineTag(const QString& tag) const;

private:
    QList<RsitClass> m_classes;
};

} // namespace fb
