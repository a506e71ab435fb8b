// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TicketActions.h"

#include "core/tickets/Lifecycle.h"
#include "ui/main/Icons.h"
#include "ui/main/Shortcuts.h"
#include "ui/ticket/InvestigationPlanDialog.h"
#include "ui/ticket/ReplyAllDialog.h"
#include "ui/ticket/TicketNumber.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QAction>
#include <QWidget>

namespace fb {

TicketActions::TicketActions(QWidget* parent)
    : QObject(parent)
    , m_prompts(TicketPrompts::dialogs())
{
    m_take = makeAction(tr("&Take"), "takeTicketAction", &TicketActions::take);
    Shortcuts::apply(m_take, ShortcutId::TakeTicket);
    Icons::apply(m_take, IconId::Take);
    m_take->setToolTip(Shortcuts::withKeys(tr("Make me the owner of this ticket"), ShortcutId::TakeTicket));
    m_launchInvestigation = new QAction(tr("Launch &investigation…"), parent);
    m_launchInvestigation->setObjectName(QStringLiteral("launchInvestigationAction"));
    m_launchInvestigation->setIcon(Icons::forKind(TicketKind::Investigation));
    m_launchInvestigation->setToolTip(tr("Open an investigation for this incident, linked to it"));
    connect(m_launchInvestigation, &QAction::triggered, this, [this]() { launch(TicketKind::Investigation); });
    m_launchCountermeasure = new QAction(tr("Launch &countermeasure…"), parent);
    m_launchCountermeasure->setObjectName(QStringLiteral("launchCountermeasureAction"));
    m_launchCountermeasure->setIcon(Icons::forKind(TicketKind::Countermeasure));
    m_launchCountermeasure->setToolTip(tr("Open a countermeasure (a block, a takedown) for this incident"));
    connect(m_launchCountermeasure, &QAction::triggered, this, [this]() { launch(TicketKind::Countermeasure); });
    m_launchInvestigations = new QAction(tr("Launch in&vestigations…"), parent);
    m_launchInvestigations->setObjectName(QStringLiteral("launchInvestigationsAction"));
    m_launchInvestigations->setIcon(Icons::forKind(TicketKind::Investigation));
    m_launchInvestigations->setToolTip(
        tr("Ask every team responsible for the incident's observables: one investigation and notification each"));
    connect(m_launchInvestigations, &QAction::triggered, this, [this]() { launchInvestigations(); });
    m_replyToReporters = new QAction(tr("Reply to all re&porters…"), parent);
    m_replyToReporters->setObjectName(QStringLiteral("replyToReportersAction"));
    Icons::apply(m_replyToReporters, IconId::Reply);
    m_replyToReporters->setToolTip(tr("Write one reply to each reporter of the incident's reports"));
    connect(m_replyToReporters, &QAction::triggered, this, [this]() { replyToReporters(); });
    m_link = makeAction(tr("&Link to ticket…"), "linkTicketAction", &TicketActions::link);
    m_unlink = makeAction(tr("&Unlink"), "unlinkTicketAction", &TicketActions::unlink);
    m_merge = makeAction(tr("&Merge into…"), "mergeTicketAction", &TicketActions::merge);
    Icons::apply(m_link, IconId::Link);
    Icons::apply(m_unlink, IconId::Unlink);
    Icons::apply(m_merge, IconId::Merge);
    m_merge->setToolTip(tr("Fold this duplicate report into another report"));
    m_addObservable = makeAction(tr("Add &observable…"), "addObservableAction", &TicketActions::addObservable);
    m_removeObservable =
        makeAction(tr("&Remove observable"), "removeObservableAction", &TicketActions::removeObservable);
    m_addTag = makeAction(tr("Add t&ag…"), "addTagAction", &TicketActions::addTag);
    m_removeTag = makeAction(tr("Remove ta&g…"), "removeTagAction", &TicketActions::removeTag);
    m_lessons = makeAction(tr("Set &lessons learned…"), "setLessonsAction", &TicketActions::setLessonsLearned);
    m_resolution = makeAction(tr("Set re&solution…"), "setResolutionAction", &TicketActions::setResolution);
    Icons::apply(m_addObservable, IconId::Add);
    Icons::apply(m_removeObservable, IconId::Remove);
    Icons::apply(m_addTag, IconId::AddTag);
    Icons::apply(m_removeTag, IconId::RemoveTag);
    Icons::apply(m_lessons, IconId::EditText);
    Icons::apply(m_resolution, IconId::EditText);
    setTicket(0);
}

QAction* TicketActions::makeAction(const QString& text, const char* objectName, void (TicketActions::*slot)())
{
    auto* action = new QAction(text, parentWidget());
    action->setObjectName(QString::fromLatin1(objectName));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QWidget* TicketActions::parentWidget() const
{
    return static_cast<QWidget*>(parent());
}

QList<QAction*> TicketActions::menuActions() const
{
    return {m_take,
            m_launchInvestigation,
            m_launchCountermeasure,
            m_launchInvestigations,
            m_replyToReporters,
            nullptr,
            m_link,
            m_unlink,
            m_merge,
            nullptr,
            m_addObservable,
            m_addTag};
}

void TicketActions::setSession(WorkspaceSession* session)
{
    m_session = session;
    setTicket(0);
}

void TicketActions::setTicket(qint64 id)
{
    auto ticket = m_session && id > 0 ? m_session->tickets().get(id) : Result<Ticket>(fail(ErrorCode::NotFound, {}));
    m_id = ticket ? id : 0;
    const bool open = ticket && !ticket->mergedInto;
    const bool incident = open && ticket->kind == TicketKind::Incident;
    for (QAction* action : {m_take, m_link, m_unlink, m_addObservable, m_removeObservable, m_addTag, m_removeTag,
                            m_lessons, m_resolution})
        action->setEnabled(open);
    for (QAction* action :
         {m_launchInvestigation, m_launchCountermeasure, m_launchInvestigations, m_replyToReporters}) {
        action->setVisible(incident);
        action->setEnabled(incident);
    }
    m_merge->setVisible(!ticket || ticket->kind == TicketKind::Report);
    m_merge->setEnabled(open && ticket->kind == TicketKind::Report);
    m_link->setText(incident ? tr("&Link a ticket…") : tr("&Link to incident…"));
    if (ticket) {
        auto linked = incident ? m_session->workflow().childrenOf(id) : m_session->workflow().incidentsOf(id);
        m_unlink->setEnabled(open && (!linked || !linked->isEmpty())); // on a read error, let it say why
        m_removeTag->setEnabled(open && !ticket->tags.isEmpty());
        m_removeObservable->setEnabled(open && !ticket->observables.isEmpty());
        m_take->setEnabled(open && ticket->owner != m_session->actor());
    }
}

std::optional<Ticket> TicketActions::current(const QString& title)
{
    if (!m_session || m_id == 0)
        return std::nullopt;
    auto ticket = m_session->tickets().get(m_id);
    if (!check(ticket, title))
        return std::nullopt;
    return *ticket;
}

void TicketActions::refuse(const QString& title, const QString& text)
{
    m_prompts.message(parentWidget(), title, text);
}

void TicketActions::done(const QString& message)
{
    const qint64 id = m_id;
    setTicket(id);
    Q_EMIT changed(id);
    Q_EMIT statusMessage(message);
}

std::optional<qint64> TicketActions::askTicket(const QString& title, const QString& label)
{
    const auto text = m_prompts.text(parentWidget(), title, label, {});
    if (!text)
        return std::nullopt;
    const auto id = TicketNumber::parse(*text);
    if (!id)
        refuse(title, tr("'%1' is not a ticket number.").arg(text->trimmed()));
    return id;
}

std::optional<int> TicketActions::choose(const QString& title, const QString& label, const QStringList& items,
                                         int selected)
{
    if (selected >= 0)
        return selected;
    if (items.size() == 1)
        return 0;
    const auto picked = m_prompts.text(parentWidget(), title, label, items);
    if (!picked || !items.contains(*picked))
        return std::nullopt;
    return int(items.indexOf(*picked));
}

void TicketActions::take()
{
    if (!m_session || m_id == 0)
        return;
    if (check(m_session->editor().setField(m_id, QStringLiteral("owner"), m_session->actor()), tr("Take ticket")))
        done(tr("Ticket #%1 is now yours.").arg(m_id));
}

qint64 TicketActions::launch(TicketKind kind)
{
    const QString title = kind == TicketKind::Countermeasure ? tr("Launch countermeasure") : tr("Launch investigation");
    const auto incident = current(title);
    if (!incident)
        return 0;
    const auto answer = m_prompts.launch(parentWidget(), kind, *incident);
    if (!answer)
        return 0;
    // As `ticket create --kind KIND --incident ID` does: one new ticket, linked in the same transaction.
    NewTicket ticket;
    ticket.kind = kind;
    ticket.title = answer->title;
    ticket.tlp = answer->tlp;
    ticket.owner = m_session->actor();
    ticket.incidentId = m_id;
    auto created = m_session->workflow().create(ticket);
    if (!check(created, title))
        return 0;
    done(tr("%1 #%2 launched for incident #%3.").arg(TicketEnums::displayName(kind)).arg(*created).arg(m_id));
    return *created;
}

InvestigationPlanDialog* TicketActions::launchInvestigations()
{
    const auto incident = current(tr("Launch investigations"));
    if (!incident || incident->kind != TicketKind::Incident)
        return nullptr;
    auto* dialog = new InvestigationPlanDialog(*m_session, m_id, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_id;
    connect(dialog, &InvestigationPlanDialog::investigationsLaunched, this, [this, id](const QList<qint64>& ids) {
        QStringList numbers;
        for (qint64 created : ids)
            numbers.append(QStringLiteral("#%1").arg(created));
        if (m_id == id)
            done(tr("Investigations %1 launched for incident #%2.").arg(numbers.join(QStringLiteral(", "))).arg(id));
    });
    dialog->open();
    return dialog;
}

ReplyAllDialog* TicketActions::replyToReporters()
{
    const auto incident = current(tr("Reply to all reporters"));
    if (!incident || incident->kind != TicketKind::Incident)
        return nullptr;
    auto* dialog = new ReplyAllDialog(*m_session, m_id, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_id;
    connect(dialog, &ReplyAllDialog::repliesStored, this, [this, id](const QList<qint64>& reports) {
        if (m_id == id)
            done(tr("Replies stored on %n report(s) of incident #%1.", nullptr, int(reports.size())).arg(id));
    });
    dialog->open();
    return dialog;
}

void TicketActions::link()
{
    const auto ticket = current(tr("Link"));
    if (!ticket)
        return;
    const bool incident = ticket->kind == TicketKind::Incident;
    const auto other = askTicket(tr("Link"), incident ? tr("Number of the report, investigation or countermeasure "
                                                           "to put under incident #%1:")
                                                            .arg(m_id)
                                                      : tr("Number of the incident to link #%1 to:").arg(m_id));
    if (!other)
        return;
    const qint64 child = incident ? *other : m_id;
    const qint64 parentIncident = incident ? m_id : *other;
    if (check(m_session->workflow().link(child, parentIncident), tr("Link")))
        done(tr("Ticket #%1 linked to incident #%2.").arg(child).arg(parentIncident));
}

void TicketActions::unlink()
{
    const auto ticket = current(tr("Unlink"));
    if (!ticket)
        return;
    const bool incident = ticket->kind == TicketKind::Incident;
    auto linked = incident ? m_session->workflow().childrenOf(m_id) : m_session->workflow().incidentsOf(m_id);
    if (!check(linked, tr("Unlink")))
        return;
    if (linked->isEmpty()) {
        refuse(tr("Unlink"), tr("Ticket #%1 is not linked to any ticket.").arg(m_id));
        return;
    }
    QStringList items;
    for (qint64 id : std::as_const(*linked)) {
        auto other = m_session->tickets().get(id);
        items.append(other ? tr("#%1 %2").arg(id).arg(other->title) : tr("#%1").arg(id));
    }
    const qint64 selected = m_selectedLink ? m_selectedLink() : 0;
    const auto index =
        choose(tr("Unlink"), tr("Unlink which ticket from #%1?").arg(m_id), items, int(linked->indexOf(selected)));
    if (!index)
        return;
    const qint64 other = linked->at(*index);
    const qint64 child = incident ? other : m_id;
    const qint64 parentIncident = incident ? m_id : other;
    if (check(m_session->workflow().unlink(child, parentIncident), tr("Unlink")))
        done(tr("Ticket #%1 unlinked from incident #%2.").arg(child).arg(parentIncident));
}

void TicketActions::merge()
{
    if (!m_session || m_id == 0)
        return;
    const auto into =
        askTicket(tr("Merge into"), tr("Number of the report that stays (#%1 is merged into it):").arg(m_id));
    if (!into)
        return;
    auto target = m_session->tickets().get(*into);
    const QString what = target ? tr("#%1 %2").arg(*into).arg(target->title) : tr("#%1").arg(*into);
    if (!m_prompts.confirm(parentWidget(), tr("Merge into"),
                           tr("Merge report #%1 into %2? Its observables, tags, links and description move over, and "
                              "#%1 is marked as merged.")
                               .arg(m_id)
                               .arg(what)))
        return;
    if (check(m_session->workflow().merge(*into, m_id), tr("Merge into")))
        done(tr("Ticket #%1 merged into #%2.").arg(m_id).arg(*into));
}

void TicketActions::addObservable()
{
    if (!m_session || m_id == 0)
        return;
    const auto answer = m_prompts.observable(parentWidget());
    if (!answer)
        return;
    // As `ticket observe` does: the type guessed from the value, or the value checked against the given type.
    Result<Observable> observable = Observables::fromUserInput(answer->value);
    if (!answer->type.isEmpty()) {
        const auto type = parseObservableType(answer->type);
        observable = type ? Observables::normalise(*type, answer->value)
                          : Result<Observable>(
                                fail(ErrorCode::BadInput, tr("'%1' is not an observable type.").arg(answer->type)));
    }
    if (!check(observable, tr("Add observable")))
        return;
    if (check(m_session->observables().addObservable(m_id, *observable), tr("Add observable")))
        done(tr("Ticket #%1: %2 %3 added.").arg(m_id).arg(observableTypeKey(observable->type), observable->value));
}

void TicketActions::removeObservable()
{
    const auto ticket = current(tr("Remove observable"));
    if (!ticket)
        return;
    if (ticket->observables.isEmpty()) {
        refuse(tr("Remove observable"), tr("Ticket #%1 has no observables.").arg(m_id));
        return;
    }
    QStringList items;
    for (const Observable& o : std::as_const(ticket->observables))
        items.append(observableTypeKey(o.type) + QLatin1Char(' ') + o.value);
    const auto selected = m_selectedObservable ? m_selectedObservable() : std::nullopt;
    const auto index = choose(tr("Remove observable"), tr("Remove which observable from #%1?").arg(m_id), items,
                              selected ? int(ticket->observables.indexOf(*selected)) : -1);
    if (!index)
        return;
    const Observable observable = ticket->observables.at(*index);
    if (check(m_session->observables().removeObservable(m_id, observable), tr("Remove observable")))
        done(tr("Ticket #%1: %2 %3 removed.").arg(m_id).arg(observableTypeKey(observable.type), observable.value));
}

void TicketActions::addTag()
{
    if (!m_session || m_id == 0)
        return;
    const auto tag = m_prompts.text(parentWidget(), tr("Add tag"), tr("Tag for ticket #%1:").arg(m_id), {});
    if (!tag)
        return;
    if (check(m_session->tags().addTag(m_id, *tag), tr("Add tag")))
        done(tr("Ticket #%1: tag added.").arg(m_id));
}

void TicketActions::removeTag()
{
    const auto ticket = current(tr("Remove tag"));
    if (!ticket)
        return;
    if (ticket->tags.isEmpty()) {
        refuse(tr("Remove tag"), tr("Ticket #%1 has no tags.").arg(m_id));
        return;
    }
    const auto tag =
        m_prompts.text(parentWidget(), tr("Remove tag"), tr("Tag to remove from #%1:").arg(m_id), ticket->tags);
    if (!tag)
        return;
    if (check(m_session->tags().removeTag(m_id, *tag), tr("Remove tag")))
        done(tr("Ticket #%1: tag removed.").arg(m_id));
}

void TicketActions::setLessonsLearned()
{
    setText(QStringLiteral("lessons-learned"), tr("Lessons learned"),
            tr("What should the team do differently next time?"),
            tr("Lessons learned cannot be empty: write what the team learned. Nothing was changed."));
}

void TicketActions::setResolution()
{
    setText(QStringLiteral("resolution"), tr("Resolution"), tr("How was it resolved?"),
            tr("The resolution cannot be empty: write how it was resolved. Nothing was changed."));
}

void TicketActions::setText(const QString& field, const QString& title, const QString& label,
                            const QString& emptyRefusal)
{
    const auto ticket = current(title);
    if (!ticket)
        return;
    const QString initial = field == QLatin1String("resolution") ? ticket->resolution : ticket->lessonsLearned;
    const auto text = m_prompts.longText(parentWidget(), title, tr("Ticket #%1. %2").arg(m_id).arg(label), initial);
    if (!text)
        return;
    if (text->trimmed().isEmpty())
        return refuse(title, emptyRefusal);
    if (check(m_session->editor().setField(m_id, field, *text), title))
        done(tr("Ticket #%1: %2 set.").arg(m_id).arg(title));
}

} // namespace fb
