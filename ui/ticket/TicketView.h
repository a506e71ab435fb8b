// SPDX-License-Identifier: GPL-3.0-or-later
// TicketView: one ticket: title and state, one button per transition its lifecycle allows from the current
// state, the editable fields, description, SLA countdown, and the relations panel (observables, links,
// history, correspondence), the handler's actions on it (TicketActions) and, for an incident, its resolution
// and lessons learned. Every change goes through TicketEditor and TicketWorkflow.
#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QPushButton;
class QTimer;

namespace fb {

class ComposerDialog;
class ExchangeExportDialog;
class IncidentReportDialog;
class IncidentOutcomePanel;
class TicketActions;
class TicketRelationsPanel;
class WorkspaceSession;
struct Ticket;

class TicketView : public QWidget
{
    Q_OBJECT

public:
    // Asks for an incident's lessons learned before it is resolved; nullopt when the user cancels (an empty
    // answer is refused with a message).
    // A test hook: tests replace the modal dialog with an answer.
    using LessonsPrompt = std::function<std::optional<QString>(QWidget* parent, qint64 ticketId)>;

    explicit TicketView(QWidget* parent = nullptr);
    ~TicketView() override;

    void setSession(WorkspaceSession* session);
    void setLessonsPrompt(LessonsPrompt prompt) { m_lessonsPrompt = std::move(prompt); }
    // Shows a ticket (0: none).
    void showTicket(qint64 id);
    void reload();
    qint64 ticketId() const { return m_id; }
    // The target states of the transition buttons shown, in order.
    QStringList transitionTargets() const;
    // Runs the transition a button stands for (with the lessons prompt for resolving an incident).
    void transitionTo(const QString& state);
    // Opens the mail composer for the shown ticket (non-modal); nullptr when no ticket is shown.
    ComposerDialog* writeMail();
    // Opens the report dialog for the shown incident (after a confirmation for TLP:RED); nullptr when not opened.
    IncidentReportDialog* exportReport();
    // "Share with a team…" of an incident: the MISP/IODEF export dialog; nullptr for another kind.
    ExchangeExportDialog* shareIncident();
    TicketRelationsPanel* relations() const { return m_relations; }
    TicketActions* actions() const { return m_actions; }
    IncidentOutcomePanel* outcome() const { return m_outcome; }

Q_SIGNALS:
    void ticketChanged(qint64 id);
    // The user followed a link (Links tab, other tickets with a value) to ticket `id`, now shown.
    void ticketFollowed(qint64 id);
    // The session is about to change (lock, another workspace): windows tied to it close.
    void sessionChanging();
    void statusMessage(const QString& text);

private:
    void buildFields(QWidget* box);
    QWidget* buildToolBar();
    void fillOwners(const QString& owner);
    void ownerEdited();
    void fill(const Ticket& ticket);
    void setField(const QString& field, const QString& value);
    void updateSla();
    void showError(const QString& text);

    WorkspaceSession* m_session = nullptr;
    qint64 m_id = 0;
    bool m_loading = false;
    LessonsPrompt m_lessonsPrompt;

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_sla = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
    QHBoxLayout* m_transitions = nullptr;
    QList<QPushButton*> m_transitionButtons;
    QComboBox* m_tlp = nullptr;
    QComboBox* m_rsitClass = nullptr;
    QComboBox* m_rsitType = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_tags = nullptr;
    QLineEdit* m_constituency = nullptr;
    QDateTimeEdit* m_due = nullptr;
    // The description, then the message the ticket was reported with (ReportedMessage).
    QTextBrowser* m_description = nullptr;
    TicketRelationsPanel* m_relations = nullptr;
    TicketActions* m_actions = nullptr;
    IncidentOutcomePanel* m_outcome = nullptr;
    QTimer* m_slaTimer = nullptr;
    QAction* m_exportReport = nullptr;
    QAction* m_shareIncident = nullptr;
};

} // namespace fb
