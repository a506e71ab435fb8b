// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketSearchQuery.h"

#include "core/tickets/Lifecycle.h"
#include "core/tickets/TicketSearch.h"

#include <QRegularExpression>

namespace fb {

namespace {

const QStringList& observableKeys()
{
    static const QStringList keys{QStringLiteral("ip"),    QStringLiteral("domain"), QStringLiteral("url"),
                                  QStringLiteral("email"), QStringLiteral("hash"),   QStringLiteral("cve"),
                                  QStringLiteral("asn")};
    return keys;
}

const QStringList& fieldKeys()
{
    static const QStringList keys{QStringLiteral("owner"), QStringLiteral("tlp"),   QStringLiteral("state"),
                                  QStringLiteral("kind"),  QStringLiteral("class"), QStringLiteral("task")};
    return keys;
}

bool isKnownState(const QString& state)
{
    for (TicketKind kind :
         {TicketKind::Report, TicketKind::Incident, TicketKind::Investigation, TicketKind::Countermeasure}) {
        if (Lifecycle::of(kind).hasState(state))
            return true;
    }
    return false;
}

// The observable a typed term names, if the value has the type the key promises.
Result<Observable> observableFor(const QString& key, const QString& value)
{
    auto observable = Observables::fromUserInput(value);
    if (key == QLatin1String("domain"))
        observable = Observables::normalise(ObservableType::Domain, value);
    else if (key == QLatin1String("url"))
        observable = Observables::normalise(ObservableType::Url, value);
    else if (key == QLatin1String("email"))
        observable = Observables::normalise(ObservableType::Email, value);
    else if (key == QLatin1String("cve"))
        observable = Observables::normalise(ObservableType::Cve, value);
    else if (key == QLatin1String("asn"))
        observable = Observables::normalise(ObservableType::Asn, value);
    if (!observable)
        return observable;
    const ObservableType type = observable->type;
    const bool fits = (key == QLatin1String("ip") && isAddressType(type)) ||
                      (key == QLatin1String("hash") && (type == ObservableType::Md5 || type == ObservableType::Sha1 ||
                                                        type == ObservableType::Sha256)) ||
                      (key != QLatin1String("ip") && key != QLatin1String("hash"));
    if (!fits)
        return fail(ErrorCode::BadInput, TicketSearchQuery::tr("'%1' is not a value for %2:.").arg(value, key));
    return observable;
}

} // namespace

QStringList TicketSearchQuery::keys()
{
    return observableKeys() + fieldKeys();
}

Result<TicketSearchQuery> TicketSearchQuery::parse(const QString& text, const QString& me)
{
    TicketSearchQuery parsed;
    QStringList words;
    const QStringList tokens = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        if (key.isEmpty() || !(observableKeys().contains(key) || fieldKeys().contains(key))) {
            words.append(token);
            continue;
        }
        const QString value = token.mid(colon + 1).trimmed();
        if (value.isEmpty())
            return fail(ErrorCode::BadInput, tr("Give a value after %1:.").arg(key), token);
        if (observableKeys().contains(key)) {
            auto observable = observableFor(key, value);
            if (!observable)
                return fail(ErrorCode::BadInput, observable.error().message, token);
            parsed.observables.append(*observable);
        } else if (key == QLatin1String("owner")) {
            parsed.owner = value.compare(QLatin1String("me"), Qt::CaseInsensitive) == 0 ? me : value;
        } else if (key == QLatin1String("task")) {
            parsed.openTaskOwner = value.compare(QLatin1String("me"), Qt::CaseInsensitive) == 0 ? me : value;
        } else if (key == QLatin1String("tlp")) {
            parsed.tlp = Tlp::parse(value);
            if (!parsed.tlp)
                return fail(ErrorCode::BadInput, tr("'%1' is not a TLP label.").arg(value), token);
        } else if (key == QLatin1String("state")) {
            // "pending-activation" stands for the state with a space, which a search box cannot hold in one word.
            const QString state = value.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
            if (!isKnownState(state))
                return fail(ErrorCode::BadInput, tr("'%1' is not a ticket state.").arg(value), token);
            parsed.states.append(state);
        } else if (key == QLatin1String("kind")) {
            parsed.kind = TicketEnums::parseKind(value.toLower());
            if (!parsed.kind)
                return fail(ErrorCode::BadInput, tr("'%1' is not a ticket kind.").arg(value), token);
        } else if (key == QLatin1String("class")) {
            parsed.rsitClass = value.toLower();
        }
    }
    parsed.freeText = words.join(QLatin1Char(' '));
    return parsed;
}

bool TicketSearchQuery::isEmpty() const
{
    return freeText.isEmpty() && observables.isEmpty() && !kind && states.isEmpty() && owner.isEmpty() && !tlp &&
           rsitClass.isEmpty() && openTaskOwner.isEmpty();
}

void TicketSearchQuery::narrow(TicketQuery& query) const
{
    if (kind)
        query.kind = kind;
    if (!states.isEmpty())
        query.states = states;
    if (!owner.isEmpty())
        query.owner = owner;
    if (tlp)
        query.tlp = tlp;
    if (!rsitClass.isEmpty())
        query.rsitClass = rsitClass;
    if (!openTaskOwner.isEmpty())
        query.openTaskOwner = openTaskOwner;
}

} // namespace fb
