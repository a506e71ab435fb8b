// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/triage/TriagePage.h"

#include "core/taxonomy/Rsit.h"
#include "core/tickets/Lifecycle.h"
#include "core/tickets/TicketTime.h"
#include "ui/main/EmptyState.h"
#include "ui/main/Shortcuts.h"
#include "ui/ticket/ReportedMessage.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCompleter>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace fb {

TriagePage::TriagePage(QWidget* parent)
    : QWidget(parent)
    , m_prompts(TicketPrompts::dialogs())
    , m_incidents(new QStringListModel(this))
{
    setObjectName(QStringLiteral("triagePage"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QHBoxLayout(this);
    m_split = new QSplitter(Qt::Horizontal, this);
    auto* split = m_split;
    layout->addWidget(split);
    // With no new report the page says so, and offers to import mail (the window gives the action).
    m_empty = new EmptyState(this);
    m_empty->setObjectName(QStringLiteral("triageEmptyState"));
    m_empty->setIcon(IconId::Triage);
    m_empty->setMessage(tr("No new reports to triage"),
                        tr("Reports arrive with mail: import it with File → Import mail files…, or wait for the next "
                           "report."));
    m_empty->hide();
    layout->addWidget(m_empty);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_position = new QLabel(left);
    m_position->setObjectName(QStringLiteral("triagePositionLabel"));
    m_report = new QTextBrowser(left);
    m_report->setObjectName(QStringLiteral("reportTextBrowser"));
    m_report->setFocusPolicy(Qt::NoFocus);
    leftLayout->addWidget(m_position);
    m_undoBar = new QWidget(left);
    m_undoBar->setObjectName(QStringLiteral("triageUndoBar"));
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setObjectName(QStringLiteral("triageUndoLabel"));
    m_undoText->setWordWrap(true);
    m_undoButton = new QPushButton(tr("Undo"), m_undoBar);
    m_undoButton->setObjectName(QStringLiteral("triageUndoButton"));
    m_undoButton->setFocusPolicy(Qt::NoFocus); // the page keeps the keys
    m_undoButton->setToolTip(Shortcuts::text(ShortcutId::TriageUndo));
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();
    leftLayout->addWidget(m_undoBar);
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

    auto* keysBox = new QGroupBox(tr("Keys"));
    keysBox->setFlat(true);
    auto* keysLayout = new QGridLayout(keysBox);
    int row = 0;
    const QList<Shortcut> shortcuts = Shortcuts::all();
    for (const Shortcut& shortcut : shortcuts) {
        if (shortcut.context != ShortcutContext::Triage)
            continue;
        const QString keys = Shortcuts::text(shortcut.id, shortcut.argument);
        keysLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(keys.toHtmlEscaped()), keysBox), row, 0);
        auto* what = new QLabel(shortcut.description, keysBox);
        what->setWordWrap(true); // the report, not the key list, gets the room
        keysLayout->addWidget(what, row, 1);
        ++row;
    }
    keysLayout->setColumnStretch(1, 1);
    // On a short screen the list scrolls rather than squeezing its wrapped lines into each other.
    auto* keysScroll = new QScrollArea(right);
    keysScroll->setObjectName(QStringLiteral("triageKeysScrollArea"));
    keysScroll->setWidgetResizable(true);
    keysScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    keysScroll->setFocusPolicy(Qt::NoFocus); // the page keeps the keys
    keysScroll->setWidget(keysBox);
    rightLayout->addWidget(keysScroll, 1);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("triageStatusLabel"));
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    rightLayout->addStretch();
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    connect(m_incidentEdit, &QLineEdit::returnPressed, this, &TriagePage::linkTyped);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(10 * 1000);
    // The bar goes after a while; Ctrl+Z still undoes the last decision until the next one.
    connect(m_undoTimer, &QTimer::timeout, m_undoBar, &QWidget::hide);
    connect(m_undoButton, &QPushButton::clicked, this, &TriagePage::undo);
    for (const QKeySequence& keys : Shortcuts::keys(ShortcutId::TriageUndo)) {
        auto* undoKey = new QShortcut(keys, this);
        undoKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(undoKey, &QShortcut::activated, this, [this]() {
            if (!m_incidentEdit->hasFocus())
                undo();
        });
    }
}

void TriagePage::setSession(WorkspaceSession* session)
{
    m_session = session;
    m_ids.clear();
    m_undo = {};
    m_undoBar->hide();
    reload();
}

void TriagePage::reload()
{
    // After an import or a change elsewhere: stay on the report shown when it is still new, else at its place.
    const qint64 shown = currentReport();
    const int place = m_index;
    m_ids.clear();
    m_handled.clear();
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
    const qsizetype at = m_ids.indexOf(shown);
    m_index = at >= 0 ? int(at) : std::clamp(place, 0, std::max(0, int(m_ids.size()) - 1));
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
        m_position->setText(tr("No new reports to triage. Import mail (Ctrl+I) or wait for the next report."));
        m_report->clear();
        m_split->hide();
        m_empty->show();
        return;
    }
    m_empty->hide();
    m_split->show();
    if (!m_ids.isEmpty() && m_handled.size() == m_ids.size())
        m_position->setText(tr("All new reports triaged (%n handled here; K goes back).", nullptr, int(m_ids.size())));
    else
        m_position->setText(tr("Report %1 of %2 (%3 still new)")
                                .arg(m_index + 1)
                                .arg(m_ids.size())
                                .arg(m_ids.size() - m_handled.size()));
    const RsitClass* rsit = Rsit::builtin().findClass(t->rsitClass);
    QString html = QStringLiteral("<h2>#%1 %2</h2>").arg(t->id).arg(t->title.toHtmlEscaped());
    html += QStringLiteral("<p>") +
            tr("State: %1 · TLP: %2 · Severity: %3 · Class: %4")
                .arg(Lifecycle::displayState(t->state), Tlp::label(t->tlp), TicketEnums::severityName(t->severity),
                     rsit ? rsit->name : tr("unclassified"))
                .toHtmlEscaped() +
            QStringLiteral("</p><p>") +
            tr("Reported by %1").arg(t->reporter.isEmpty() ? tr("unknown") : t->reporter).toHtmlEscaped() +
            QStringLiteral("</p>");
    if (!t->description.trimmed().isEmpty())
        html += QStringLiteral("<pre style=\"white-space: pre-wrap\">") + t->description.toHtmlEscaped() +
                QStringLiteral("</pre>");
    // A report that came by mail is triaged on its mail: the first message received, its quotes folded.
    html += ReportedMessage::html(m_session->vault(), id);
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

void TriagePage::decided(const TriageUndo& undo, bool handled)
{
    const qint64 id = currentReport();
    if (handled)
        m_handled.insert(id);
    if (undo) {
        m_undo = undo;
        showUndo(undo.summary);
    }
    m_status->clear();
    Q_EMIT ticketsChanged();
    if (!handled) {
        showCurrent();
        return;
    }
    // The handled report stays in the list (so K goes back to it); move on to the next one not handled yet.
    for (int i = m_index + 1; i < m_ids.size(); ++i) {
        if (!m_handled.contains(m_ids.at(i))) {
            m_index = i;
            break;
        }
    }
    showCurrent();
    setFocus();
}

void TriagePage::showUndo(const QString& text)
{
    m_undoText->setText(text);
    m_undoBar->show();
    m_undoTimer->start();
}

bool TriagePage::undo()
{
    if (!m_session || !m_undo)
        return false;
    const TriageUndo undone = m_undo;
    if (auto status = Triage(m_session->stores()).undo(undone); !status) {
        m_status->setText(status.error().message);
        return false;
    }
    m_undo = {};
    m_undoTimer->stop();
    m_undoBar->hide();
    m_status->setText(tr("Undone: %1").arg(undone.summary));
    if (undone.kind != TriageUndo::Kind::Field) {
        m_handled.remove(undone.reportId);
        if (const qsizetype at = m_ids.indexOf(undone.reportId); at >= 0)
            m_index = int(at);
    }
    if (undone.kind == TriageUndo::Kind::NewIncident)
        loadIncidents();
    showCurrent();
    Q_EMIT ticketsChanged();
    setFocus();
    return true;
}

void TriagePage::newIncident()
{
    const qint64 id = currentReport();
    if (!m_session || !id)
        return;
    auto report = m_session->tickets().get(id);
    if (!report)
        return m_status->setText(report.error().message);
    const auto title = m_prompts.line(this, tr("New incident"),
                                      tr("Title of the new incident for report %1:").arg(ticketRef(id)), report->title);
    if (!title)
        return;
    if (title->trimmed().isEmpty())
        return m_status->setText(tr("An incident needs a title; nothing was made."));
    auto made = Triage(m_session->stores()).newIncident(id, *title, m_session->actor());
    if (!made)
        return m_status->setText(made.error().message);
    loadIncidents();
    decided(*made, true);
}

void TriagePage::linkTyped()
{
    const qint64 id = currentReport();
    const auto match = QRegularExpression(QStringLiteral("^\\s*#?(\\d+)")).match(m_incidentEdit->text());
    if (!m_session || !id || !match.hasMatch()) {
        m_status->setText(tr("Type an incident's number, or pick one from the list."));
        return;
    }
    auto linked = Triage(m_session->stores()).link(id, match.captured(1).toLongLong());
    if (!linked)
        return m_status->setText(linked.error().message);
    m_incidentEdit->clear();
    decided(*linked, true);
}

void TriagePage::reject()
{
    const qint64 id = currentReport();
    if (!m_session || !id)
        return;
    const auto reason = m_prompts.line(
        this, tr("Reject report"),
        tr("Why is report %1 rejected? (For example: spam, not an incident, outside our constituency, duplicate.)")
            .arg(ticketRef(id)),
        QString());
    if (!reason)
        return;
    auto rejected = Triage(m_session->stores()).reject(id, *reason);
    if (!rejected)
        return m_status->setText(rejected.error().message);
    decided(*rejected, true);
}

void TriagePage::setField(const QString& field, const QString& value)
{
    const qint64 id = currentReport();
    if (!m_session || !id)
        return;
    if (field == QLatin1String("tlp") && value == Tlp::key(TlpLevel::Red) &&
        !m_prompts.confirm(this, tr("TLP:RED"),
                           tr("Mark report %1 TLP:RED? It may then be shared only with the people present, never "
                              "mailed unencrypted.")
                               .arg(ticketRef(id))))
        return;
    auto changed = Triage(m_session->stores()).setField(id, field, value);
    if (!changed)
        return m_status->setText(changed.error().message);
    decided(*changed, false);
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
