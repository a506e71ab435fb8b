// SPDX-License-Identifier: GPL-3.0-or-later
// MispTypes: how Firebreak's observable types and MISP attribute types map onto each other, both ways, in one
// table: the MISP type, category and to_ids flag an observable is exported as, and the observables an imported
// attribute gives (composite types such as "domain|ip" give one per part).
#pragma once

#include "core/observables/Observable.h"

#include <QList>
#include <QString>

#include <optional>

namespace fb {

// Observables record no direction. An export (MISP or IODEF) says for all its addresses whether they are where the
// activity came from (ip-src, the default: the addresses a CSIRT handles are mostly attackers') or where it went
// (ip-dst).
enum class ExchangeAddressRole { Source, Destination };
using MispAddressRole = ExchangeAddressRole;

struct MispAttributeType
{
    QString type;       // "ip-src"
    QString category;   // "Network activity": MISP's default category for the type (describeTypes sane_defaults)
    bool toIds = false; // an indicator a detection system should act on (describeTypes sane_defaults)
};

// One part of an attribute's value: an observable of a fixed type, an address (ipv4, ipv6 or cidr as the value
// says), or nothing Firebreak keeps as an observable (a port, a file name).
struct MispValuePart
{
    enum class Kind { Observable, Address, None };
    Kind kind = Kind::None;
    ObservableType type = ObservableType::Ipv4; // Kind::Observable
};

class MispTypes
{
public:
    MispTypes() = delete;

    static MispAttributeType forObservable(ObservableType type, MispAddressRole addresses);
    // The parts of an attribute type's value ("domain|ip": domain, address); empty for a type that gives no
    // observable (text, link, filename...), kept as a note on import.
    static QList<MispValuePart> partsOf(const QString& mispType);
    // The observable type of an address value: cidr with a '/', ipv6 with a ':', else ipv4.
    static ObservableType addressType(const QString& value);
};

} // namespace fb
