// SPDX-License-Identifier: GPL-3.0-or-later
// MispEventReader: a MISP event (MISP core format JSON, {"Event": {...}} or the bare event) read into what a ticket
// can hold: observables from the attributes (objects' attributes too), TLP and RSIT from the tags, the rtir
// object's fields, and everything else as note lines. Structural faults refuse the file; a single odd attribute or
// tag is kept as a note line and reported as a warning naming its place ("Event.Attribute[4]").
#pragma once

#include "core/base/Result.h"
#include "core/exchange/ExchangeWarning.h"
#include "core/observables/Observable.h"
#include "core/taxonomy/Tlp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>

namespace fb {

struct MispEvent
{
    QUuid uuid; // null when the event has none (a warning says so)
    QString info;
    QDate date;
    std::optional<int> threatLevel;                  // 1 high ... 4 undefined
    std::optional<TlpLevel> tlp;                     // the most restrictive tlp: tag of the event or an attribute
    std::optional<std::pair<QString, QString>> rsit; // (class, type) of the first rsit: tag in our taxonomy
    QStringList tags;                                // every other event tag, as written
    QString organisation;                            // Orgc.name, the event's creator
    QList<Observable> observables;                   // each once, in the order first seen
    QStringList noteLines;                           // attributes and values that are not observables
    QString constituency;                            // the rtir object's constituency
    int attributeCount = 0;                          // attributes read, objects' included
    QList<ExchangeWarning> warnings;
};

class MispEventReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::MispEventReader)

public:
    MispEventReader() = delete;

    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024; // a larger file is refused before it is parsed
    static constexpr int kMaxAttributes = 100000;            // attributes of the event and its objects together
    static constexpr int kMaxObjects = 20000;
    static constexpr int kMaxTags = 1000;
    static constexpr qsizetype kMaxValueLength = 64 * 1024; // characters of one attribute value

    static Result<MispEvent> read(const QByteArray& bytes);
};

} // namespace fb
