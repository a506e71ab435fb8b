// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ConstituencyReportDialog.h"

#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "export/ConstituencyReportFile.h"
#include "ui/job/JobRunner.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb {

ConstituencyReportDialog::ConstituencyReportDialog(WorkspaceSession& session, const StatisticsFilter& filter,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("constituencyReportDialog"));
    setWindowTitle(tr("Constituency report"));
    auto* layout = new QHBoxLayout(this);

    auto* side = new QFormLayout();
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFromDateEdit"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportToDateEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    side->addRow(tr("&From:"), m_from);
    side->addRow(tr("&To:"), m_to);
    m_constituency = new QComboBox(this);
    m_constituency->setObjectName(QStringLiteral("reportConstituencyComboBox"));
    side->addRow(tr("&Constituency:"), m_constituency);
    m_previewKind = new QComboBox(this);
    m_previewKind->setObjectName(QStringLiteral("previewKindComboBox"));
    m_previewKind->addItem(tr("Formatted"), QStringLiteral("html"));
    m_previewKind->addItem(tr("Plain text"), QStringLiteral("text"));
    side->addRow(tr("&Preview:"), m_previewKind);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormatComboBox"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML"), QStringLiteral("html"));
    m_format->addItem(tr("Plain text"), QStringLiteral("text"));
    m_format->addItem(tr("CSV (one row per number)"), QStringLiteral("csv"));
    side->addRow(tr("Export &as:"), m_format);
    auto* note = new QLabel(tr("Counts only, no ticket content: the report is labelled TLP:AMBER."), this);
    note->setWordWrap(true);
    side->addRow(note);
    layout->addLayout(side);

    auto* main = new QVBoxLayout();
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("constituencyPreviewTextBrowser"));
    m_preview->setOpenLinks(false);
    main->addWidget(m_preview, 1);
    auto* status = new QHBoxLayout();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height());
    status->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("C&ancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReportPushButton"));
    status->addWidget(m_cancel);
    main->addLayout(status);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("constituencyReportMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    main->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportReportPushButton"));
    connect(m_export, &QPushButton::clicked, this, &ConstituencyReportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    main->addWidget(buttons);
    layout->addLayout(main, 1);

    m_job = new JobRunner(this);
    connect(m_job, &JobRunner::runningChanged, this, &ConstituencyReportDialog::setBusy);
    connect(m_job, &JobRunner::progressChanged, this, [this](const JobProgress& progress) {
        m_progress->setMaximum(int(std::max<qint64>(progress.total, 1)));
        m_progress->setValue(int(progress.done));
    });
    connect(m_cancel, &QPushButton::clicked, this, &ConstituencyReportDialog::cancel);
    connect(m_previewKind, &QComboBox::currentIndexChanged, this, &ConstituencyReportDialog::showPreview);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this]() {
            if (!m_filling)
                refresh();
        });
    connect(m_constituency, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_filling)
            refresh();
    });

    resize(960, 680);
    m_preview->setFocus(); // reading the report comes first; the filters are a Shift+Tab away
    setBusy(false);
    setFilter(filter);
}

ConstituencyReportDialog::~ConstituencyReportDialog() = default;

void ConstituencyReportDialog::fillConstituencies(const QString& chosen)
{
    m_constituency->clear();
    m_constituency->addItem(tr("All constituencies"), QString());
    auto names = TicketStatistics(m_session.vault()).constituencies();
    if (names) {
        for (const QString& name : std::as_const(*names))
            m_constituency->addItem(name, name);
    }
    m_constituency->setCurrentIndex(std::max(0, m_constituency->findData(chosen)));
}

StatisticsFilter ConstituencyReportDialog::filter() const
{
    return StatisticsFilter{m_from->date(), m_to->date(), m_constituency->currentData().toString()};
}

void ConstituencyReportDialog::setFilter(const StatisticsFilter& filter)
{
    m_filling = true;
    m_from->setDate(filter.from);
    m_to->setDate(filter.to);
    fillConstituencies(filter.constituency);
    m_filling = false;
    refresh();
}

QString ConstituencyReportDialog::format() const
{
    return m_format->currentData().toString();
}

void ConstituencyReportDialog::setFormat(const QString& format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

void ConstituencyReportDialog::setPlainPreview(bool plain)
{
    m_previewKind->setCurrentIndex(plain ? 1 : 0);
}

QString ConstituencyReportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ConstituencyReportDialog::message() const
{
    return m_message->text();
}

bool ConstituencyReportDialog::busy() const
{
    return m_job->isRunning();
}

void ConstituencyReportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    // The filters stay live: a change starts a new count that replaces the running one.
    m_export->setEnabled(!busy && m_report.has_value());
}

void ConstituencyReportDialog::cancel()
{
    m_job->cancel();
}

void ConstituencyReportDialog::refresh()
{
    m_report.reset();
    m_preview->clear();
    const StatisticsFilter chosen = filter();
    if (chosen.from > chosen.to) {
        m_job->drop();
        m_message->setText(tr("The first day is after the last day."));
        setBusy(false);
        return;
    }
    m_message->setText(tr("Counting tickets…"));
    // The job keeps its own clock: it may outlive the dialog and the session's clock.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    m_job->start<ConstituencyReportData>(
        m_session.vault(),
        [clock, actor, chosen](Vault& vault, JobControl& control) {
            return ConstituencyReport::collect(vault, clock, actor, chosen, control);
        },
        [this](Result<ConstituencyReportData> result) {
            if (!result) {
                m_message->setText(result.error().message);
                setBusy(false);
                Q_EMIT failed(result.error().message);
                return;
            }
            m_report = std::move(*result);
            m_message->clear();
            showPreview();
            setBusy(false);
            Q_EMIT previewReady();
        });
}

void ConstituencyReportDialog::showPreview()
{
    if (!m_report) {
        m_preview->clear();
        return;
    }
    if (m_previewKind->currentData().toString() == QLatin1String("text")) {
        m_preview->setPlainText(ConstituencyReport::toText(*m_report));
        m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    } else {
        m_preview->setFont(font());
        m_preview->setHtml(ConstituencyReport::toHtml(*m_report));
    }
}

void ConstituencyReportDialog::chooseFile()
{
    if (!m_report)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the constituency report"),
                                     QDir::home().filePath(ConstituencyReport::fileName(*m_report, format())));
    if (!path.isEmpty())
        saveTo(path);
}

bool ConstituencyReportDialog::saveTo(const QString& path)
{
    if (!m_report || path.isEmpty() || m_job->isRunning())
        return false;
    const ConstituencyReportData report = *m_report;
    const QString kind = format();
    m_message->setText(tr("Writing the report…"));
    m_job->start<QString>(
        [report, kind, path](JobControl& control) -> Result<QString> {
            control.setProgress(0, 1);
            FB_TRY_ASSIGN(auto bytes, ConstituencyReportFile::render(report, kind));
            if (control.isCancelled())
                return fail(ErrorCode::Cancelled, tr("Cancelled."));
            FB_TRY(AtomicFile::write(path, bytes, AtomicFile::Access::OwnerOnly));
            control.setProgress(1, 1);
            return path;
        },
        [this](Result<QString> result) {
            setBusy(false);
            if (!result) {
                m_message->setText(result.error().message);
                Q_EMIT failed(result.error().message);
                return;
            }
            m_message->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(*result)));
            Q_EMIT saved(*result);
        });
    return true;
}

} // namespace fb
