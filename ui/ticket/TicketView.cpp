// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TicketView.h"

#include "core/tickets/Lifecycle.h"
#include "core/tickets/SlaPolicy.h"
#include "ui/mail/ComposerDialog.h"
#include "ui/main/FormLayouts.h"
#include "ui/main/Icons.h"
#include "ui/main/Shortcuts.h"
#include "ui/main/StatusColours.h"
#include "ui/ticket/IncidentOutcomePanel.h"
#include "ui/ticket/TaxonomyCombos.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/ReportedMessage.h"
#include "ui/exchange/ExchangeExportDialog.h"
#include "ui/report/IncidentReportDialog.h"
#include "ui/ticket/TicketRelationsPanel.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace fb {

namespace {

QString transitionObjectName(const QString& state)
{
    return QStringLiteral("transitionButton_") + QString(state).replace(QLatin1Char(' '), QLatin1Char('-'));
}

// "2 d 4 h", "3 h 20 min", "12 min": how long, for a countdown.
QString duration(qint64 secs)
{
    const qint64 minutes = secs / 60;
    if (minutes >= 2 * 24 * 60)
        return TicketView::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    if (minutes >= 60)
        return TicketView::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return TicketView::tr("%1 min").arg(minutes);
}

} // namespace

TicketView::TicketView(QWidget* parent)
    : QWidget(parent)
    , m_lessonsPrompt([](QWidget* parentWidget, qint64 id) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            parentWidget, tr("Lessons learned"),
            tr("Resolving incident %1. What should the team do differently next time?").arg(id), QString(), &ok);
        if (!ok)
            return std::nullopt;
        return text;
    })
{
    m_actions = new TicketActions(this);
    setObjectName(QStringLiteral("ticketView"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Select a ticket to see it here."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);
    m_body = new QWidget(this);
    outer->addWidget(m_body, 1);
    auto* layout = new QVBoxLayout(m_body);

    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("ticketTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    auto* summaryRow = new QHBoxLayout();
    m_summary = new QLabel(m_body);
    m_summary->setObjectName(QStringLiteral("ticketSummaryLabel"));
    m_sla = new QLabel(m_body);
    m_sla->setObjectName(QStringLiteral("slaLabel"));
    summaryRow->addWidget(m_summary);
    summaryRow->addStretch();
    summaryRow->addWidget(m_sla);
    layout->addLayout(summaryRow);
    layout->addWidget(buildToolBar());
    m_transitions = new QHBoxLayout();
    m_transitions->addStretch();
    auto* write = new QPushButton(tr("Write mail…"), m_body);
    write->setObjectName(QStringLiteral("writeMailButton"));
    write->setIcon(Icons::icon(IconId::WriteMail));
    write->setToolTip(
        Shortcuts::withKeys(tr("Reply to the reporter, or notify a correspondent or team"), ShortcutId::WriteMail));
    Shortcuts::apply(write, ShortcutId::WriteMail);
    connect(write, &QPushButton::clicked, this, &TicketView::writeMail);
    m_transitions->addWidget(write);
    layout->addLayout(m_transitions);
    m_error = new QLabel(m_body);
    m_error->setObjectName(QStringLiteral("ticketErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* split = new QSplitter(Qt::Horizontal, m_body);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    buildFields(left);
    m_outcome = new IncidentOutcomePanel(*m_actions, left);
    leftLayout->addWidget(m_outcome);
    FormLayouts::alignLabelColumns(left); // the outcome's rows line up with the fields
    m_description = new QTextBrowser(left);
    m_description->setObjectName(QStringLiteral("descriptionTextBrowser"));
    m_description->setOpenLinks(false); // text from outside is never followed from here
    leftLayout->addWidget(new QLabel(tr("Description"), left));
    leftLayout->addWidget(m_description, 1);
    // Long class and type names do not set the form's width: the lists show them whole when opened.
    for (QComboBox* combo : left->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_relations = new TicketRelationsPanel(split);
    // The worklog and correspondence are read, the fields only glanced at: the tabs get the larger share.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 300}); // the same share from the start (scaled to the room there is)
    layout->addWidget(split, 1);
    m_relations->setActions(m_actions);
    connect(m_relations, &TicketRelationsPanel::openTicket, this, [this](qint64 id) {
        showTicket(id);
        Q_EMIT ticketFollowed(id);
    });
    connect(m_relations, &TicketRelationsPanel::changed, this, [this](qint64 id) {
        reload();
        Q_EMIT ticketChanged(id);
    });
    connect(m_actions, &TicketActions::changed, this, [this](qint64 id) {
        reload();
        Q_EMIT ticketChanged(id);
    });
    connect(m_actions, &TicketActions::statusMessage, this, &TicketView::statusMessage);

    m_slaTimer = new QTimer(this);
    m_slaTimer->setInterval(30 * 1000);
    connect(m_slaTimer, &QTimer::timeout, this, &TicketView::updateSla);
    showTicket(0);
}

TicketView::~TicketView() = default;

QWidget* TicketView::buildToolBar()
{
    auto* bar = new QToolBar(tr("Ticket"), m_body);
    bar->setObjectName(QStringLiteral("ticketToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->addAction(m_actions->takeAction());
    bar->addSeparator();
    bar->addAction(m_actions->launchInvestigationAction());
    bar->addAction(m_actions->launchCountermeasureAction());
    bar->addAction(m_actions->launchInvestigationsAction());
    bar->addAction(m_actions->linkAction());
    bar->addAction(m_actions->unlinkAction());
    bar->addAction(m_actions->mergeAction());
    bar->addSeparator();
    m_exportReport = bar->addAction(Icons::icon(IconId::Export), tr("Export report…"));
    m_exportReport->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReport->setToolTip(tr("Write this incident up as PDF, HTML or Markdown, with a preview"));
    connect(m_exportReport, &QAction::triggered, this, [this]() { exportReport(); });
    m_shareIncident = bar->addAction(Icons::icon(IconId::Export), tr("Share with a team…"));
    m_shareIncident->setObjectName(QStringLiteral("shareIncidentAction"));
    m_shareIncident->setToolTip(
        tr("Save this incident's observables as a MISP event or IODEF document for another team, behind the TLP "
           "gate"));
    connect(m_shareIncident, &QAction::triggered, this, [this]() { shareIncident(); });
    return bar;
}

void TicketView::buildFields(QWidget* box)
{
    auto* form = new QFormLayout();
    m_tlp = TaxonomyCombos::tlp(box, QStringLiteral("ticketTlpComboBox"));
    m_rsitClass = TaxonomyCombos::rsitClass(box, QStringLiteral("rsitClassComboBox"));
    m_rsitType = new QComboBox(box);
    m_rsitType->setObjectName(QStringLiteral("rsitTypeComboBox"));
    m_severity = new QComboBox(box);
    m_severity->setObjectName(QStringLiteral("severityComboBox"));
    for (int severity = 1; severity <= 4; ++severity)
        m_severity->addItem(TicketEnums::severityName(severity), severity);
    m_owner = new QComboBox(box);
    m_owner->setObjectName(QStringLiteral("ticketOwnerComboBox"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->setToolTip(tr("Who works on it: someone who already owns tickets here, you, or a new name"));
    m_tags = new QLabel(box);
    m_tags->setObjectName(QStringLiteral("ticketTagsLabel"));
    m_tags->setWordWrap(true);
    m_tags->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_constituency = new QLineEdit(box);
    m_constituency->setObjectName(QStringLiteral("constituencyLineEdit"));
    m_due = new QDateTimeEdit(box);
    m_due->setObjectName(QStringLiteral("dueDateTimeEdit"));
    m_due->setCalendarPopup(true);
    form->addRow(tr("TLP:"), m_tlp);
    auto* rsitRow = new QHBoxLayout();
    rsitRow->addWidget(m_rsitClass, 1);
    rsitRow->addWidget(m_rsitType, 1);
    form->addRow(tr("Class / type:"), rsitRow);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Constituency:"), m_constituency);
    form->addRow(tr("Resolution due:"), m_due);
    auto* tagRow = new QHBoxLayout();
    tagRow->addWidget(m_tags, 1);
    for (QAction* action : {m_actions->addTagAction(), m_actions->removeTagAction()}) {
        auto* button = new QToolButton(box);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        tagRow->addWidget(button);
    }
    form->addRow(tr("Tags:"), tagRow);
    static_cast<QVBoxLayout*>(box->layout())->addLayout(form);

    connect(m_tlp, &QComboBox::activated, this,
            [this]() { setField(QStringLiteral("tlp"), m_tlp->currentData().toString()); });
    connect(m_rsitClass, &QComboBox::activated, this, [this]() {
        TaxonomyCombos::fillRsitTypes(m_rsitType, m_rsitClass->currentData().toString());
        setField(QStringLiteral("rsit"), m_rsitClass->currentData().toString());
    });
    connect(m_rsitType, &QComboBox::activated, this, [this]() {
        const QString type = m_rsitType->currentData().toString();
        setField(QStringLiteral("rsit"),
                 m_rsitClass->currentData().toString() + (type.isEmpty() ? QString() : QLatin1Char('/') + type));
    });
    connect(m_severity, &QComboBox::activated, this,
            [this]() { setField(QStringLiteral("severity"), m_severity->currentData().toString()); });
    connect(m_owner, &QComboBox::activated, this, &TicketView::ownerEdited);
    connect(m_owner->lineEdit(), &QLineEdit::editingFinished, this, &TicketView::ownerEdited);
    connect(m_constituency, &QLineEdit::editingFinished, this,
            [this]() { setField(QStringLiteral("constituency"), m_constituency->text().trimmed()); });
    connect(m_due, &QDateTimeEdit::editingFinished, this,
            [this]() { setField(QStringLiteral("resolve-due"), m_due->dateTime().toUTC().toString(Qt::ISODate)); });
}

void TicketView::setSession(WorkspaceSession* session)
{
    Q_EMIT sessionChanging();
    m_session = session;
    m_relations->setSession(session);
    m_actions->setSession(session);
    showTicket(0);
}

void TicketView::reload()
{
    showTicket(m_id);
}

void TicketView::showTicket(qint64 id)
{
    m_error->hide();
    auto ticket = m_session && id > 0 ? m_session->tickets().get(id) : Result<Ticket>(fail(ErrorCode::NotFound, {}));
    m_id = ticket ? id : 0;
    m_actions->setTicket(m_id);
    m_body->setVisible(bool(ticket));
    m_empty->setVisible(!ticket);
    if (!ticket) {
        m_slaTimer->stop();
        m_relations->showTicket(nullptr);
        m_outcome->showTicket(nullptr);
        return;
    }
    fill(*ticket);
    // As the launch actions: only what the kind allows.
    m_exportReport->setVisible(ticket->kind == TicketKind::Incident);
    m_shareIncident->setVisible(ticket->kind == TicketKind::Incident);
    m_relations->showTicket(&*ticket);
    m_outcome->showTicket(&*ticket);
    m_slaTimer->start();
}

void TicketView::fill(const Ticket& t)
{
    m_loading = true;
    m_title->setText(t.title);
    m_summary->setText(tr("#%1 · %2 · %3 · reported by %4")
                           .arg(t.id)
                           .arg(TicketEnums::displayName(t.kind), Lifecycle::displayState(t.state),
                                t.reporter.isEmpty() ? tr("unknown") : t.reporter));
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    const QStringList targets = Lifecycle::of(t.kind).transitionsFrom(t.state);
    for (const QString& state : targets) {
        auto* button = new QPushButton(tr("Mark %1").arg(Lifecycle::displayState(state)), m_body);
        button->setObjectName(transitionObjectName(state));
        button->setIcon(Icons::forState(state));
        Shortcuts::apply(button, ShortcutId::Transition, state);
        button->setToolTip(Shortcuts::withKeys(button->text().remove(QLatin1Char('&')), ShortcutId::Transition, state));
        connect(button, &QPushButton::clicked, this, [this, state]() { transitionTo(state); });
        m_transitions->insertWidget(m_transitionButtons.size(), button);
        m_transitionButtons.append(button);
    }
    m_tlp->setCurrentIndex(m_tlp->findData(Tlp::key(t.tlp)));
    m_rsitClass->setCurrentIndex(std::max(0, m_rsitClass->findData(t.rsitClass)));
    TaxonomyCombos::fillRsitTypes(m_rsitType, t.rsitClass, t.rsitType);
    m_severity->setCurrentIndex(m_severity->findData(t.severity));
    fillOwners(t.owner);
    m_tags->setText(t.tags.isEmpty() ? tr("None") : t.tags.join(QStringLiteral(", ")));
    m_constituency->setText(t.constituency);
    m_due->setDateTime(t.resolveDue.isValid() ? t.resolveDue.toLocalTime() : QDateTime());
    m_due->setEnabled(t.resolveDue.isValid());
    QString description;
    if (!t.description.trimmed().isEmpty())
        description = QStringLiteral("<pre style=\"white-space: pre-wrap\">") + t.description.toHtmlEscaped() +
                      QStringLiteral("</pre>");
    if (m_session)
        description += ReportedMessage::html(m_session->vault(), t.id);
    m_description->setHtml(description);
    m_loading = false;
    updateSla();
}

void TicketView::fillOwners(const QString& owner)
{
    // The people who work in this workspace: everyone who owns a ticket, and whoever is working now.
    auto owners = m_session->search().owners();
    if (!owners) // the field stays editable; only the list of names is missing
        Q_EMIT statusMessage(tr("The list of owners could not be read: %1").arg(owners.error().message));
    QStringList people = owners.value_or(QStringList());
    for (const QString& name : {m_session->actor(), owner}) {
        if (!name.isEmpty() && !people.contains(name))
            people.append(name);
    }
    people.sort(Qt::CaseInsensitive);
    m_owner->clear();
    m_owner->addItems(people);
    m_owner->setCurrentIndex(owner.isEmpty() ? -1 : int(people.indexOf(owner)));
    m_owner->setEditText(owner);
}

void TicketView::ownerEdited()
{
    if (m_loading || !m_session || m_id == 0)
        return;
    auto ticket = m_session->tickets().get(m_id);
    if (ticket && ticket->owner == m_owner->currentText().trimmed())
        return; // focus left the field without a change
    setField(QStringLiteral("owner"), m_owner->currentText().trimmed());
}

QStringList TicketView::transitionTargets() const
{
    QStringList states;
    for (const QPushButton* button : m_transitionButtons)
        states.append(button->objectName()
                          .mid(QStringLiteral("transitionButton_").size())
                          .replace(QLatin1Char('-'), QLatin1Char(' ')));
    return states;
}

void TicketView::transitionTo(const QString& state)
{
    if (!m_session || m_id == 0)
        return;
    auto ticket = m_session->tickets().get(m_id);
    if (!ticket)
        return showError(ticket.error().message);
    TransitionDetails details;
    if (ticket->kind == TicketKind::Incident && state == QLatin1String("resolved") &&
        ticket->lessonsLearned.trimmed().isEmpty()) {
        const auto lessons = m_lessonsPrompt(this, m_id);
        if (!lessons)
            return;
        if (lessons->trimmed().isEmpty())
            return m_actions->prompts().message(this, tr("Lessons learned"),
                                                tr("Resolving incident %1 needs its lessons learned; it stays %2.")
                                                    .arg(m_id)
                                                    .arg(Lifecycle::displayState(ticket->state)));
        details.lessonsLearned = *lessons;
    }
    if (auto status = m_session->workflow().transition(m_id, state, details); !status)
        return showError(status.error().message);
    reload();
    Q_EMIT ticketChanged(m_id);
}

IncidentReportDialog* TicketView::exportReport()
{
    if (!m_session || m_id == 0)
        return nullptr;
    auto ticket = m_session->tickets().get(m_id);
    if (!ticket || ticket->kind != TicketKind::Incident)
        return nullptr;
    // TLP:RED goes to the people present only: the user confirms before anything is shown or written.
    // The incident or one of its children may be TLP:RED; when that cannot be read, the user is asked too.
    const auto mayHoldRed = IncidentReport::mayHoldRed(m_session->change(), m_id);
    const bool red = !mayHoldRed || *mayHoldRed;
    if (red && !m_actions->prompts().confirm(this, tr("Export a TLP:RED report"),
                                             tr("Incident #%1 or a ticket linked to it is TLP:RED: its report is for "
                                                "the people present only. Write it anyway?")
                                                 .arg(m_id)))
        return nullptr;
    auto* dialog = new IncidentReportDialog(*m_session, m_id, red, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &TicketView::sessionChanging, dialog, &QWidget::close);
    dialog->show();
    return dialog;
}

ExchangeExportDialog* TicketView::shareIncident()
{
    if (!m_session || m_id == 0)
        return nullptr;
    auto ticket = m_session->tickets().get(m_id);
    if (!ticket || ticket->kind != TicketKind::Incident)
        return nullptr;
    auto* dialog = new ExchangeExportDialog(*m_session, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &TicketView::sessionChanging, dialog, &QWidget::close);
    // The export gives the ticket its exchange UUID the first time, a line of its history.
    connect(dialog, &ExchangeExportDialog::saved, this, [this]() { reload(); });
    dialog->show();
    return dialog;
}

ComposerDialog* TicketView::writeMail()
{
    if (!m_session || m_id == 0)
        return nullptr;
    auto* composer = new ComposerDialog(*m_session, m_id, this);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    // A composer must not outlive the session it writes from (locking drops the session).
    connect(this, &TicketView::sessionChanging, composer, &QWidget::close);
    // What was sent shows in the correspondence at once, and a first response stops the SLA clock shown here.
    connect(composer, &ComposerDialog::messageStored, this, [this](qint64 id) {
        if (id == m_id)
            reload();
        Q_EMIT ticketChanged(id); // the queue's SLA column too
    });
    composer->show();
    return composer;
}

void TicketView::setField(const QString& field, const QString& value)
{
    if (m_loading || !m_session || m_id == 0)
        return;
    if (auto status = m_session->editor().setField(m_id, field, value); !status)
        return showError(status.error().message);
    reload();
    Q_EMIT ticketChanged(m_id);
}

void TicketView::updateSla()
{
    if (!m_session || m_id == 0)
        return;
    auto ticket = m_session->tickets().get(m_id);
    if (!ticket)
        return;
    const QDateTime now = m_session->clock().nowUtc();
    const bool active = Lifecycle::of(ticket->kind).isActive(ticket->state);
    const SlaStatus status = SlaPolicy::status(*ticket, active, now);
    QString text;
    if (!active || status == SlaStatus::None) {
        text = SlaPolicy::statusName(status);
    } else {
        const bool awaitingResponse = ticket->responseDue.isValid() && !ticket->firstResponseAt.isValid();
        const QDateTime due = awaitingResponse ? ticket->responseDue : ticket->resolveDue;
        const qint64 secs = now.secsTo(due);
        if (awaitingResponse)
            text = secs >= 0
                       ? tr("First response due in %1 (%2)").arg(duration(secs), SlaPolicy::statusName(status))
                       : tr("First response overdue by %1 (%2)").arg(duration(-secs), SlaPolicy::statusName(status));
        else
            text = secs >= 0 ? tr("Resolution due in %1 (%2)").arg(duration(secs), SlaPolicy::statusName(status))
                             : tr("Resolution overdue by %1 (%2)").arg(duration(-secs), SlaPolicy::statusName(status));
    }
    m_sla->setText(text);
    m_sla->setStyleSheet(StatusColours::labelStyle(StatusColours::slaTone(status)));
}

void TicketView::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace fb
