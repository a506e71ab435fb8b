// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/triage/TriagePage.h"

#include "core/taxonomy/Rsit.h"
#include "core/tickets/Lifecycle.h"
#include "ui/main/Shortcuts.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCompleter>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb {

TriagePage::TriagePage(QWidget* parent)
    : QWidget(parent)
    , m_incidents(new QStringListModel(this))
{
    setObjectName(QStringLiteral("triagePage"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_position = new QLabel(left);
    m_position->setObjectName(QStringLiteral("triagePositionLabel"));
    m_report = new QTextBrowser(left);
    m_report->setObjectName(QStringLiteral("reportTextBrowser"));
    m_report->setFocusPolicy(Qt::NoFocus);
    leftLayout->addWidget(m_position);
    leftLayout->addWidget(m_report, 1);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* linkBox = new QGroupBox(tr("Link to incident (%1)").arg(Shortcuts::text(ShortcutId::TriageLink)), right);
    auto* linkLayout = new QVBoxLayout(linkBox);
    m_incidentEdit = new QLineEdit(linkBox);
    m_incidentEdit->setObjectName(QStringLiteral("incidentLineEdit"));
    m_incidentEdit->setPlaceholderText(tr("Type an incident's number or title…"));
    m_completer = new QCompleter(m_incidents, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_incidentEdit->setCompleter(m_completer);
    linkLayout->addWidget(m_incidentEdit);
    rightLayout->addWidget(linkBox);

    auto* keysBox = new QGroupBox(tr("Keys"), right);
    auto* keysLayout = new QGridLayout(keysBox);
    int row = 0;
    const QList<Shortcut> shortcuts = Shortcuts::all();
    for (const Shortcut& shortcut : shortcuts) {
        if (shortcut.context != ShortcutContext::Triage)
            continue;
        const QString keys = Shortcuts::text(shortcut.id, shortcut.argument);
        keysLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(keys.toHtmlEscaped()), keysBox), row, 0);
        keysLayout->addWidget(new QLabel(shortcut.description, keysBox), row, 1);
        ++row;
    }
    keysLayout->setColumnStretch(1, 1);
    rightLayout->addWidget(keysBox);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("triageStatusLabel"));
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    rightLayout->addStretch();
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    connect(m_incidentEdit, &QLineEdit::returnPressed, this, &TriagePage::linkTyped);
}

void TriagePage::setSession(WorkspaceSession* session)
{
    m_session = session;
    reload();
}

void TriagePage::reload()
{
    m_ids.clear();
    m_index = 0;
    if (m_session) {
        TicketQuery query;
        query.kind = TicketKind::Report;
        query.states = {QStringLiteral("new")};
        query.limit = 10000;
        if (auto tickets = m_session->search().list(query)) {
            for (const Ticket& t : std::as_const(*tickets))
                m_ids.append(t.id);
        }
        loadIncidents();
    }
    m_status->clear();
    showCurrent();
}

void TriagePage::loadIncidents()
{
    TicketQuery query;
    query.kind = TicketKind::Incident;
    query.activeOnly = true;
    query.order = TicketOrder::Id;
    query.descending = true;
    query.limit = 2000;
    QStringList items;
    if (auto incidents = m_session->search().list(query)) {
        for (const Ticket& t : std::as_const(*incidents))
            items.append(tr("#%1 %2").arg(t.id).arg(t.title));
    }
    m_incidents->setStringList(items);
}

qint64 TriagePage::currentReport() const
{
    return m_index >= 0 && m_index < m_ids.size() ? m_ids.at(m_index) : 0;
}

void TriagePage::showCurrent()
{
    const qint64 id = currentReport();
    auto t = m_session && id ? m_session->tickets().get(id) : Result<Ticket>(fail(ErrorCode::NotFound, {}));
    if (!t) {
        m_position->setText(tr("No new reports to triage."));
        m_report->clear();
        return;
    }
    m_position->setText(tr("Report %1 of %2").arg(m_index + 1).arg(m_ids.size()));
    const RsitClass* rsit = Rsit::builtin().findClass(t->rsitClass);
    QString html = QStringLiteral("<h2>#%1 %2</h2>").arg(t->id).arg(t->title.toHtmlEscaped());
    html += QStringLiteral("<p>") +
            tr("State: %1 · TLP: %2 · Severity: %3 · Class: %4")
                .arg(Lifecycle::displayState(t->state), Tlp::label(t->tlp), TicketEnums::severityName(t->severity),
                     rsit ? rsit->name : tr("unclassified"))
                .toHtmlEscaped() +
            QStringLiteral("</p><p>") +
            tr("Reported by %1").arg(t->reporter.isEmpty() ? tr("unknown") : t->reporter).toHtmlEscaped() +
            QStringLiteral("</p><pre style=\"white-space: pre-wrap\">") + t->description.toHtmlEscaped() +
            QStringLiteral("</pre>");
    if (!t->observables.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Observables").toHtmlEscaped() + QStringLiteral("</h3><ul>");
        for (const Observable& o : std::as_const(t->observables))
            html +=
                QStringLiteral("<li>%1: <code>%2</code></li>").arg(observableTypeKey(o.type), o.value.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_report->setHtml(html);
}

void TriagePage::move(int delta)
{
    if (m_ids.isEmpty())
        return;
    m_index = std::clamp(m_index + delta, 0, int(m_ids.size()) - 1);
    m_status->clear();
    showCurrent();
}

void TriagePage::done(const QString& message)
{
    m_status->setText(message);
    Q_EMIT ticketsChanged();
    // The handled report stays in the list (so K goes back to it); move on to the next one.
    if (m_index + 1 < m_ids.size())
        ++m_index;
    showCurrent();
    setFocus();
}

void TriagePage::newIncident()
{
    const qint64 id = currentReport();
    if (!m_session || !id)
        return;
    auto report = m_session->tickets().get(id);
    if (!report)
        return m_status->setText(report.error().message);
    NewTicket incident;
    incident.kind = TicketKind::Incident;
    incident.title = report->title;
    incident.description = report->description;
    incident.tlp = report->tlp;
    incident.rsitClass = report->rsitClass;
    incident.rsitType = report->rsitType;
    incident.severity = report->severity;
    incident.constituency = report->constituency;
    incident.owner = m_session->actor();
    incident.observables = report->observables;
    auto created = m_session->workflow().create(incident);
    if (!created)
        return m_status->setText(created.error().message);
    if (auto status = m_session->workflow().link(id, *created); !status)
        return m_status->setText(status.error().message);
    loadIncidents();
    done(tr("Report %1 is now part of the new incident %2.").arg(id).arg(*created));
}

void TriagePage::linkTyped()
{
    const qint64 id = currentReport();
    const auto match = QRegularExpression(QStringLiteral("^\\s*#?(\\d+)")).match(m_incidentEdit->text());
    if (!m_session || !id || !match.hasMatch()) {
        m_status->setText(tr("Type an incident's number, or pick one from the list."));
        return;
    }
    const qint64 incident = match.captured(1).toLongLong();
    if (auto status = m_session->workflow().link(id, incident); !status)
        return m_status->setText(status.error().message);
    m_incidentEdit->clear();
    done(tr("Report %1 linked to incident %2.").arg(id).arg(incident));
}

void TriagePage::reject()
{
    const qint64 id = currentReport();
    if (!m_session || !id)
        return;
    if (auto status = m_session->workflow().transition(id, QStringLiteral("rejected")); !status)
        return m_status->setText(status.error().message);
    done(tr("Report %1 rejected.").arg(id));
}

void TriagePage::setField(const QString& field, const QString& value)
{
    const qint64 id = currentReport();
    if (!m_session || !id)
        return;
    if (auto status = m_session->editor().setField(id, field, value); !status)
        return m_status->setText(status.error().message);
    m_status->setText(tr("Report %1 updated.").arg(id));
    showCurrent();
    Q_EMIT ticketsChanged();
}

void TriagePage::keyPressEvent(QKeyEvent* event)
{
    if (m_incidentEdit->hasFocus()) {
        if (event->key() == Qt::Key_Escape)
            setFocus();
        return QWidget::keyPressEvent(event);
    }
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QWidget::keyPressEvent(event);
    // Shift does not matter: N and n both make a new incident.
    const auto shortcut = Shortcuts::find(ShortcutContext::Triage, QKeySequence(event->key()));
    if (!shortcut)
        return QWidget::keyPressEvent(event);
    switch (shortcut->id) {
    case ShortcutId::TriageNewIncident:
        return newIncident();
    case ShortcutId::TriageLink:
        m_incidentEdit->setFocus();
        return;
    case ShortcutId::TriageReject:
        return reject();
    case ShortcutId::TriageNext:
        return move(1);
    case ShortcutId::TriagePrevious:
        return move(-1);
    case ShortcutId::TriageSeverity:
        return setField(QStringLiteral("severity"), shortcut->argument);
    case ShortcutId::TriageTlp:
        return setField(QStringLiteral("tlp"), shortcut->argument);
    case ShortcutId::TriageClass:
        return setField(QStringLiteral("rsit"), shortcut->argument);
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace fb
