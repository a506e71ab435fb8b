// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/EvidencePanel.h"

#include "core/base/Clock.h"
#include "core/tickets/EvidenceStore.h"
#include "core/tickets/TicketStores.h"
#include "ui/job/JobRunner.h"
#include "ui/main/EmptyState.h"
#include "ui/main/Icons.h"
#include "ui/ticket/TicketActions.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

enum Column { NameColumn, SizeColumn, HashColumn, AddedByColumn, AddedColumn };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr qsizetype kShownHashDigits = 16;

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

// The local files among dropped URLs.
QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

// What adding several files came to: those added, and a sentence for each refused one.
struct AddOutcome
{
    int added = 0;
    QStringList refused;
};

} // namespace

EvidencePanel::EvidencePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evidencePanel"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("evidenceTreeWidget"));
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("SHA-256"), tr("Added by"), tr("Added")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {SizeColumn, HashColumn, AddedByColumn, AddedColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    m_empty = EmptyState::over(m_list, QStringLiteral("evidenceEmptyState"));
    m_empty->setIcon(IconId::Attachment);
    m_empty->setMessage(tr("No evidence yet"),
                        tr("Add files, or drop them here. Each is kept inside the workspace with its SHA-256."));
    m_empty->setButton(
        tr("Add files…"), [this]() { chooseFiles(); }, IconId::Add);
    m_empty->setCondition([this]() { return m_id != 0; });

    auto* buttons = new QHBoxLayout();
    m_add = button(tr("Add files…"), "addEvidenceButton", this);
    m_add->setIcon(Icons::icon(IconId::Add));
    m_add->setToolTip(tr("Attach files as evidence (at most %1 each); you can also drop them here.")
                          .arg(EvidenceStore::sizeText(EvidenceStore::kMaxFileSize)));
    m_export = button(tr("Export…"), "exportEvidenceButton", this);
    m_export->setIcon(Icons::icon(IconId::Export));
    m_export->setToolTip(tr("Write the files into a new folder with a SHA256SUMS file"));
    m_copy = button(tr("Copy SHA-256"), "copyEvidenceHashButton", this);
    m_remove = button(tr("Remove…"), "removeEvidenceButton", this);
    m_remove->setIcon(Icons::icon(IconId::Remove));
    m_remove->setToolTip(tr("Delete the file's content; its name, size, SHA-256 and history stay"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_export);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    auto* progressRow = new QHBoxLayout();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("evidenceProgressBar"));
    m_cancel = button(tr("Cancel"), "cancelEvidenceButton", this);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("evidenceMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    m_job = new JobRunner(this);
    connect(m_job, &JobRunner::progressChanged, this, [this](const JobProgress& progress) {
        // Bytes may pass 2 GiB in all: shown in permille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(progress.total > 0 ? int(progress.done * 1000 / progress.total) : 0);
        m_progress->setFormat(progress.text);
    });
    connect(m_job, &JobRunner::runningChanged, this, &EvidencePanel::setRunning);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EvidencePanel::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::chooseFiles);
    connect(m_export, &QPushButton::clicked, this, &EvidencePanel::chooseFolder);
    connect(m_copy, &QPushButton::clicked, this, &EvidencePanel::copySelectedHash);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(m_cancel, &QPushButton::clicked, m_job, &JobRunner::cancel);
    setRunning(false);
    showTicket(0, false);
}

// A closed panel cancels its job (the runner, a child, goes with it) and never receives its result.
EvidencePanel::~EvidencePanel() = default;

void EvidencePanel::setSession(WorkspaceSession* session)
{
    m_job->drop();
    m_session = session;
    showTicket(0, false);
}

void EvidencePanel::showTicket(qint64 ticketId, bool writable)
{
    if (ticketId != m_id)
        m_job->drop(); // a result for another ticket is not wanted here
    m_id = m_session ? ticketId : 0;
    m_writable = writable;
    m_message->hide();
    reload();
}

QString EvidencePanel::title() const
{
    if (m_evidence.isEmpty())
        return tr("Evidence");
    //: The tab of a ticket's evidence files, with their number.
    return tr("Evidence (%1)").arg(m_evidence.size());
}

QString EvidencePanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void EvidencePanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void EvidencePanel::reload()
{
    const qint64 selected = selectedEvidence();
    m_list->clear();
    m_evidence.clear();
    if (m_session && m_id != 0) {
        if (auto evidence = m_session->stores().evidence.evidence(m_id))
            m_evidence = *evidence;
        else
            showMessage(evidence.error().message);
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const TicketEvidence& e : std::as_const(m_evidence)) {
        auto* item = new QTreeWidgetItem(m_list, {e.name, EvidenceStore::sizeText(e.size),
                                                  e.sha256.left(kShownHashDigits) + QChar(0x2026), e.addedBy,
                                                  QLocale().toString(e.addedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(NameColumn, kIdRole, e.id);
        item->setToolTip(NameColumn, e.description.isEmpty() ? e.name : e.name + QLatin1Char('\n') + e.description);
        item->setToolTip(SizeColumn, tr("%L1 bytes").arg(e.size));
        item->setToolTip(HashColumn, tr("SHA-256: %1").arg(e.sha256));
        item->setFont(HashColumn, mono);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!e.mediaType.isEmpty())
            item->setStatusTip(NameColumn, e.mediaType);
        if (e.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_empty->refresh();
    updateButtons();
}

qint64 EvidencePanel::selectedEvidence() const
{
    const QTreeWidgetItem* item = m_list ? m_list->currentItem() : nullptr;
    return item ? item->data(NameColumn, kIdRole).toLongLong() : 0;
}

void EvidencePanel::updateButtons()
{
    const bool idle = !m_job->isRunning();
    const bool chosen = selectedEvidence() != 0;
    m_add->setEnabled(idle && m_writable && m_id != 0);
    m_export->setEnabled(idle && !m_evidence.isEmpty());
    m_copy->setEnabled(chosen);
    m_remove->setEnabled(idle && m_writable && chosen);
    if (m_empty->button())
        m_empty->button()->setEnabled(idle && m_writable);
}

void EvidencePanel::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
    }
    updateButtons();
}

bool EvidencePanel::busy() const
{
    return m_job->isRunning();
}

void EvidencePanel::chooseFiles()
{
    if (!m_writable || m_id == 0)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add evidence to ticket #%1").arg(m_id));
    if (!paths.isEmpty())
        addFiles(paths);
}

void EvidencePanel::chooseFolder()
{
    if (m_evidence.isEmpty())
        return;
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Export the evidence into a folder"));
    if (parent.isEmpty())
        return;
    // A new folder inside the chosen one: the export never mixes with what is there.
    const QDir dir(parent);
    QString name = tr("ticket-%1-evidence").arg(m_id);
    for (int n = 2; dir.exists(name); ++n)
        name = tr("ticket-%1-evidence-%2").arg(m_id).arg(n);
    exportTo(dir.filePath(name));
}

bool EvidencePanel::addFiles(const QStringList& paths)
{
    if (!m_session || m_id == 0 || !m_writable || paths.isEmpty() || m_job->isRunning())
        return false;
    showMessage({});
    // The job keeps its own clock: it may outlive the panel, the session and the clock they use.
    const FixedClock clock(m_session->clock().nowUtc());
    const QString actor = m_session->actor();
    const qint64 ticket = m_id;
    m_job->start<AddOutcome>(
        m_session->vault(),
        [clock, actor, ticket, paths](Vault& vault, JobControl& control) -> Result<AddOutcome> {
            TicketStores stores(ChangeContext{vault, clock, actor});
            AddOutcome outcome;
            for (const QString& path : paths) {
                if (control.isCancelled())
                    break;
                auto added = stores.evidence.addFile(ticket, path, {}, &control);
                if (added)
                    ++outcome.added;
                else if (added.error().code != ErrorCode::Cancelled)
                    outcome.refused.append(added.error().message);
            }
            return outcome;
        },
        [this, ticket](Result<AddOutcome> result) {
            reload();
            if (!result) {
                showMessage(result.error().message);
                return;
            }
            QStringList lines;
            if (result->added > 0 && !result->refused.isEmpty())
                lines.append(tr("%n file(s) added.", nullptr, result->added));
            lines += result->refused;
            showMessage(lines.join(QLatin1Char('\n')));
            if (result->added > 0)
                Q_EMIT changed(ticket);
        });
    return true;
}

bool EvidencePanel::exportTo(const QString& folder)
{
    if (!m_session || m_id == 0 || m_evidence.isEmpty() || m_job->isRunning())
        return false;
    showMessage({});
    const FixedClock clock(m_session->clock().nowUtc());
    const QString actor = m_session->actor();
    const qint64 ticket = m_id;
    m_job->start<EvidenceExport>(
        m_session->vault(),
        [clock, actor, ticket, folder](Vault& vault, JobControl& control) {
            TicketStores stores(ChangeContext{vault, clock, actor});
            return stores.evidence.exportTicket(ticket, folder, &control);
        },
        [this](Result<EvidenceExport> result) {
            if (!result) {
                showMessage(result.error().message);
                return;
            }
            showMessage(tr("%n file(s) and SHA256SUMS written to %1.", nullptr, int(result->files.size()))
                            .arg(QDir::toNativeSeparators(result->folder)));
        });
    return true;
}

bool EvidencePanel::removeSelected()
{
    const qint64 id = selectedEvidence();
    if (!m_session || id == 0 || !m_writable || m_job->isRunning())
        return false;
    const auto e = std::find_if(m_evidence.cbegin(), m_evidence.cend(),
                                [id](const TicketEvidence& item) { return item.id == id; });
    if (e == m_evidence.cend())
        return false;
    const QString question =
        tr("Remove “%1” from ticket #%2? Its content is deleted from the workspace; its name, size, SHA-256 and "
           "history stay.")
            .arg(e->name)
            .arg(m_id);
    if (m_actions && m_actions->prompts().confirm &&
        !m_actions->prompts().confirm(this, tr("Remove evidence"), question))
        return false;
    if (const Status removed = m_session->stores().evidence.remove(id); !removed) {
        showMessage(removed.error().message);
        return false;
    }
    showMessage({});
    reload();
    Q_EMIT changed(m_id);
    return true;
}

bool EvidencePanel::copySelectedHash()
{
    const qint64 id = selectedEvidence();
    for (const TicketEvidence& e : std::as_const(m_evidence)) {
        if (e.id == id) {
            QApplication::clipboard()->setText(e.sha256);
            return true;
        }
    }
    return false;
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_writable && m_id != 0 && !m_job->isRunning() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (addFiles(paths))
        event->acceptProposedAction();
}

} // namespace fb
