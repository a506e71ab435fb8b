// SPDX-License-Identifier: GPL-3.0-or-later
// TicketActions: what a handler does to the shown ticket, as actions for the ticket view's toolbar, its tabs
// and the queue's context menu: take it, launch an investigation or countermeasure from an incident (or one
// investigation per responsible team, InvestigationPlanDialog), reply to all its reporters (ReplyAllDialog), link,
// unlink, merge a duplicate report, add and remove observables and tags. Each goes through the core stores
// the CLI commands use (TicketWorkflow, TicketEditor, ObservableStore, TagStore) and shows their refusals.
#pragma once

#include "core/base/Result.h"
#include "core/observables/Observable.h"
#include "core/tickets/Ticket.h"
#include "ui/ticket/TicketPrompts.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace fb {

class InvestigationPlanDialog;
class ReplyAllDialog;
class WorkspaceSession;

class TicketActions : public QObject
{
    Q_OBJECT

public:
    // `parent` owns the actions and is the parent of the dialogs.
    explicit TicketActions(QWidget* parent);

    void setSession(WorkspaceSession* session);
    // The ticket the actions work on (0: none); shows and hides the actions its kind allows.
    void setTicket(qint64 id);
    qint64 ticketId() const { return m_id; }
    void setPrompts(TicketPrompts prompts) { m_prompts = std::move(prompts); }
    TicketPrompts& prompts() { return m_prompts; }
    // Where Unlink and Remove observable find what is selected (0 / nullopt: nothing; they ask then).
    void setSelectedLink(std::function<qint64()> selected) { m_selectedLink = std::move(selected); }
    void setSelectedObservable(std::function<std::optional<Observable>()> selected)
    {
        m_selectedObservable = std::move(selected);
    }

    QAction* takeAction() const { return m_take; }
    QAction* launchInvestigationAction() const { return m_launchInvestigation; }
    QAction* launchCountermeasureAction() const { return m_launchCountermeasure; }
    QAction* launchInvestigationsAction() const { return m_launchInvestigations; }
    QAction* replyToReportersAction() const { return m_replyToReporters; }
    QAction* linkAction() const { return m_link; }
    QAction* unlinkAction() const { return m_unlink; }
    QAction* mergeAction() const { return m_merge; }
    QAction* addObservableAction() const { return m_addObservable; }
    QAction* removeObservableAction() const { return m_removeObservable; }
    QAction* addTagAction() const { return m_addTag; }
    QAction* removeTagAction() const { return m_removeTag; }
    QAction* lessonsAction() const { return m_lessons; }
    QAction* resolutionAction() const { return m_resolution; }
    // The actions for a ticket's context menu, in menu order (nullptr: a separator).
    QList<QAction*> menuActions() const;

    void take();
    // Creates an investigation or countermeasure linked to the shown incident; its number, or 0.
    qint64 launch(TicketKind kind);
    // Opens the plan for launching investigations from the shown incident, or the reply to all its reporters
    // (window-modal, deleted when closed); nullptr when no incident is shown.
    InvestigationPlanDialog* launchInvestigations();
    ReplyAllDialog* replyToReporters();
    void link();
    void unlink();
    void merge();
    void addObservable();
    void removeObservable();
    void addTag();
    void removeTag();
    // Asks for the incident's lessons learned / resolution; an empty answer is refused with a message.
    void setLessonsLearned();
    void setResolution();

Q_SIGNALS:
    // The ticket (and perhaps others) changed: views read it again.
    void changed(qint64 id);
    void statusMessage(const QString& text);

private:
    QAction* makeAction(const QString& text, const char* objectName, void (TicketActions::*slot)());
    QWidget* parentWidget() const;
    // Shows core's refusal in a message; true when `result` is good.
    template <typename T>
    bool check(const Result<T>& result, const QString& title)
    {
        if (result)
            return true;
        refuse(title, result.error().message);
        return false;
    }
    void refuse(const QString& title, const QString& text);
    // The shown ticket as stored; nullopt when none is shown or it cannot be read (then said so).
    std::optional<Ticket> current(const QString& title);
    // Asks for a ticket number; nullopt when cancelled or not a number (then said so).
    std::optional<qint64> askTicket(const QString& title, const QString& label);
    // Picks one of `ids` (described), the selected one when it is among them; nullopt when cancelled.
    std::optional<int> choose(const QString& title, const QString& label, const QStringList& items, int selected);
    void done(const QString& message);
    void setText(const QString& field, const QString& title, const QString& label, const QString& emptyRefusal);

    WorkspaceSession* m_session = nullptr;
    qint64 m_id = 0;
    TicketPrompts m_prompts;
    std::function<qint64()> m_selectedLink;
    std::function<std::optional<Observable>()> m_selectedObservable;
    QAction* m_take = nullptr;
    QAction* m_launchInvestigation = nullptr;
    QAction* m_launchCountermeasure = nullptr;
    QAction* m_launchInvestigations = nullptr;
    QAction* m_replyToReporters = nullptr;
    QAction* m_link = nullptr;
    QAction* m_unlink = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_addObservable = nullptr;
    QAction* m_removeObservable = nullptr;
    QAction* m_addTag = nullptr;
    QAction* m_removeTag = nullptr;
    QAction* m_lessons = nullptr;
    QAction* m_resolution = nullptr;
};

} // namespace fb
