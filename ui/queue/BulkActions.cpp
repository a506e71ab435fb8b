// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/BulkActions.h"

#include "core/taxonomy/Rsit.h"
#include "core/tickets/Lifecycle.h"
#include "core/tickets/TicketBulk.h"
#include "core/tickets/TicketTime.h"
#include "ui/ticket/TicketNumber.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QMenu>

#include <functional>

namespace fb {

namespace {

constexpr qsizetype kRefusalsShown = 15;

} // namespace

BulkActions::BulkActions(WorkspaceSession& session, TicketPrompts& prompts, QWidget* parent)
    : m_session(session)
    , m_prompts(prompts)
    , m_parent(parent)
{
}

void BulkActions::addTo(QMenu* menu, const QList<qint64>& ids, std::function<void(const QString&)> done)
{
    const int count = int(ids.size());
    menu->addSection(tr("%n selected ticket(s)", nullptr, count));
    auto add = [this, menu, done](const QString& text, const char* name, std::function<bool()> step) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        QObject::connect(action, &QAction::triggered, menu, [this, step, done]() {
            step();
            done(m_lastMessage);
        });
    };
    add(tr("Reject…"), "bulkRejectAction", [this, ids]() { return transition(ids, QStringLiteral("rejected")); });
    add(tr("Resolve…"), "bulkResolveAction", [this, ids]() { return transition(ids, QStringLiteral("resolved")); });
    add(tr("Abandon…"), "bulkAbandonAction", [this, ids]() { return transition(ids, QStringLiteral("abandoned")); });
    add(tr("Assign to…"), "bulkAssignAction", [this, ids]() { return assign(ids); });
    QMenu* tlp = menu->addMenu(tr("Set TLP"));
    for (TlpLevel level : Tlp::all()) {
        QAction* action = tlp->addAction(Tlp::label(level));
        QObject::connect(action, &QAction::triggered, menu, [this, ids, level, done]() {
            setTlp(ids, Tlp::key(level));
            done(m_lastMessage);
        });
    }
    add(tr("Set class…"), "bulkClassAction", [this, ids]() { return setClass(ids); });
    add(tr("Link to incident…"), "bulkLinkAction", [this, ids]() { return link(ids); });
}

bool BulkActions::transition(const QList<qint64>& ids, const QString& state)
{
    const QString shown = Lifecycle::displayState(state);
    const auto resolution = m_prompts.line(m_parent, tr("Make %n ticket(s) %1", nullptr, int(ids.size())).arg(shown),
                                           state == QLatin1String("rejected")
                                               ? tr("Why are they rejected? (Kept as each ticket's resolution.)")
                                               : tr("Resolution (kept on each ticket):"),
                                           QString());
    if (!resolution)
        return false;
    if (state == QLatin1String("rejected") && resolution->trimmed().isEmpty()) {
        m_lastMessage = tr("Say why the tickets are rejected; nothing was changed.");
        m_prompts.message(m_parent, tr("Reject"), m_lastMessage);
        return false;
    }
    BulkChange change;
    change.kind = BulkChange::Kind::Transition;
    change.state = state;
    change.details.resolution = resolution->trimmed();
    return apply(ids, change, tr("%n ticket(s) now %1.", nullptr, int(ids.size())).arg(shown));
}

bool BulkActions::assign(const QList<qint64>& ids)
{
    QStringList people{m_session.actor()};
    if (auto owners = m_session.search().owners()) {
        for (const QString& owner : std::as_const(*owners)) {
            if (!people.contains(owner))
                people.append(owner);
        }
    }
    const auto owner =
        m_prompts.text(m_parent, tr("Assign"), tr("Owner of the %n ticket(s):", nullptr, int(ids.size())), people);
    if (!owner)
        return false;
    BulkChange change;
    change.kind = BulkChange::Kind::SetField;
    change.field = QStringLiteral("owner");
    change.value = *owner;
    return apply(ids, change, tr("%n ticket(s) assigned to %1.", nullptr, int(ids.size())).arg(*owner));
}

bool BulkActions::setTlp(const QList<qint64>& ids, const QString& tlpKey)
{
    BulkChange change;
    change.kind = BulkChange::Kind::SetField;
    change.field = QStringLiteral("tlp");
    change.value = tlpKey;
    const QString label = Tlp::label(Tlp::parse(tlpKey).value_or(TlpLevel::Amber));
    return apply(ids, change, tr("%n ticket(s) now %1.", nullptr, int(ids.size())).arg(label));
}

bool BulkActions::setClass(const QList<qint64>& ids)
{
    QStringList items;
    QStringList keys;
    for (const RsitClass& rsit : Rsit::builtin().classes()) {
        for (const RsitType& type : rsit.types) {
            items.append(tr("%1 / %2").arg(rsit.name, type.name));
            keys.append(rsit.key + QLatin1Char('/') + type.key);
        }
    }
    const auto picked = m_prompts.text(m_parent, tr("Set class"),
                                       tr("Class and type of the %n ticket(s):", nullptr, int(ids.size())), items);
    if (!picked || !items.contains(*picked))
        return false;
    BulkChange change;
    change.kind = BulkChange::Kind::SetField;
    change.field = QStringLiteral("rsit");
    change.value = keys.at(items.indexOf(*picked));
    return apply(ids, change, tr("%n ticket(s) now %1.", nullptr, int(ids.size())).arg(*picked));
}

bool BulkActions::link(const QList<qint64>& ids)
{
    const auto typed = m_prompts.text(m_parent, tr("Link to incident"),
                                      tr("Number of the incident for the %n ticket(s):", nullptr, int(ids.size())), {});
    if (!typed)
        return false;
    const auto incident = TicketNumber::parse(*typed);
    if (!incident) {
        m_lastMessage = tr("'%1' is not a ticket number; nothing was changed.").arg(*typed);
        m_prompts.message(m_parent, tr("Link to incident"), m_lastMessage);
        return false;
    }
    BulkChange change;
    change.kind = BulkChange::Kind::Link;
    change.incidentId = *incident;
    return apply(ids, change,
                 tr("%n ticket(s) linked to incident %1.", nullptr, int(ids.size())).arg(ticketRef(*incident)));
}

bool BulkActions::apply(const QList<qint64>& ids, const BulkChange& change, const QString& what)
{
    if (!m_prompts.confirm(m_parent, tr("Change %n ticket(s)", nullptr, int(ids.size())),
                           tr("%1\n\nAll of them change in one step, or none does.").arg(what)))
        return false;
    auto outcome = TicketBulk(m_session.stores()).apply(ids, change);
    if (!outcome) {
        m_lastMessage = outcome.error().message;
        m_prompts.message(m_parent, tr("Nothing was changed"), m_lastMessage);
        return false;
    }
    if (!outcome->applied()) {
        QStringList lines;
        for (const BulkRefusal& refusal :
             std::as_const(outcome->refusals).first(std::min(kRefusalsShown, outcome->refusals.size())))
            lines.append(tr("%1: %2").arg(ticketRef(refusal.ticketId), refusal.error.message));
        if (outcome->refusals.size() > kRefusalsShown)
            lines.append(tr("…and %n more.", nullptr, int(outcome->refusals.size() - kRefusalsShown)));
        m_lastMessage = tr("Nothing was changed: %n ticket(s) refused.", nullptr, int(outcome->refusals.size()));
        m_prompts.message(m_parent, tr("Nothing was changed"),
                          m_lastMessage + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
        return false;
    }
    m_lastMessage = what;
    return true;
}

} // namespace fb
