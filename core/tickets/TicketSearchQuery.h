// SPDX-License-Identifier: GPL-3.0-or-later
// TicketSearchQuery: what a person types into a search box (GUI or CLI), parsed: free words for full-text
// search and typed terms such as ip:192.0.2.0/24, domain:example.org, cve:CVE-2024-3094, owner:me, tlp:red,
// state:open, kind:incident, class:malicious-code, task:me (tickets with open tasks of that owner).
// TicketSearch::resolve() turns it into a TicketQuery.
#pragma once

#include "core/base/Result.h"
#include "core/taxonomy/Tlp.h"
#include "core/observables/Observable.h"
#include "core/tickets/TicketKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

struct TicketQuery;

class TicketSearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(fb::TicketSearchQuery)

public:
    // `me` is who "owner:me" means. A malformed typed term (tlp:pink, ip:example) is a BadInput error that names
    // the term; a word whose prefix is not a known key (http://...) is free text.
    static Result<TicketSearchQuery> parse(const QString& text, const QString& me);
    // The typed keys, for help texts: ip, domain, url, email, hash, cve, asn, owner, tlp, state, kind, class, task.
    static QStringList keys();

    bool isEmpty() const;
    // Whether the query needs full-text or observable hits (and so a TicketQuery::ids list).
    bool needsHits() const { return !freeText.isEmpty() || !observables.isEmpty(); }
    // Narrows `query` by the typed field terms (kind, states, owner, TLP, class); the hits are not applied here.
    void narrow(TicketQuery& query) const;

    QString freeText;              // the words left over, for FTS
    QList<Observable> observables; // every one must match (normalised)
    std::optional<TicketKind> kind;
    QStringList states;
    QString owner;
    std::optional<TlpLevel> tlp;
    QString rsitClass;
    QString openTaskOwner; // task:NAME, task:me
};

} // namespace fb
