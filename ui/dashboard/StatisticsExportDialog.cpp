// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/StatisticsExportDialog.h"

#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "core/taxonomy/Rsit.h"
#include "ui/job/JobRunner.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

QString className(const QString& key)
{
    const RsitClass* known = Rsit::builtin().findClass(key);
    return known ? known->name : key;
}

QString typeName(const QString& classKey, const QString& typeKey)
{
    const RsitType* known = Rsit::builtin().findType(classKey, typeKey);
    return known ? known->name : typeKey;
}

} // namespace

StatisticsExportDialog::StatisticsExportDialog(WorkspaceSession& session, QDate from, QDate to, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("statisticsExportDialog"));
    setWindowTitle(tr("Shareable statistics"));
    auto* layout = new QHBoxLayout(this);

    auto* side = new QVBoxLayout();
    auto* form = new QFormLayout();
    m_from = new QDateEdit(from, this);
    m_from->setObjectName(QStringLiteral("statsFromDateEdit"));
    m_to = new QDateEdit(to, this);
    m_to->setObjectName(QStringLiteral("statsToDateEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    m_k = new QSpinBox(this);
    m_k->setObjectName(QStringLiteral("thresholdSpinBox"));
    m_k->setRange(SharedStatistics::kMinimumThreshold, 1000);
    m_k->setValue(SharedStatistics::kDefaultThreshold);
    m_k->setToolTip(tr("Counts from 1 to k-1 are suppressed."));
    form->addRow(tr("Threshold &k:"), m_k);
    m_grain = new QComboBox(this);
    m_grain->setObjectName(QStringLiteral("grainComboBox"));
    for (StatisticsGrain grain : {StatisticsGrain::Sector, StatisticsGrain::Country})
        m_grain->addItem(SharedStatistics::grainName(grain), SharedStatistics::grainKey(grain));
    form->addRow(tr("&By:"), m_grain);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("statsFormatComboBox"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    form->addRow(tr("F&ormat:"), m_format);
    side->addLayout(form);
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("suppressionRuleLabel"));
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::PlainText);
    m_rule->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_rule->setMaximumWidth(fontMetrics().averageCharWidth() * 44);
    side->addWidget(m_rule);
    side->addStretch(1);
    layout->addLayout(side);

    auto* main = new QVBoxLayout();
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("statisticsPreviewTableWidget"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    main->addWidget(m_preview, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("statsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    main->addWidget(m_message);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("statsExportProgressBar"));
    m_progress->hide();
    main->addWidget(m_progress);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportStatisticsButton"));
    m_cancel = buttons->addButton(tr("C&ancel export"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancel->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &StatisticsExportDialog::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, &StatisticsExportDialog::cancelExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    main->addWidget(buttons);
    layout->addLayout(main, 1);

    m_previewJob = new JobRunner(this);
    m_exportJob = new JobRunner(this);
    connect(m_exportJob, &JobRunner::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        if (running) {
            m_progress->setRange(0, 0);
            m_message->setText(tr("Writing the statistics…"));
        }
        updateButtons();
    });
    connect(m_exportJob, &JobRunner::progressChanged, this, [this](const JobProgress& progress) {
        if (progress.total > 0) {
            m_progress->setRange(0, int(progress.total));
            m_progress->setValue(int(progress.done));
        }
        if (!progress.text.isEmpty())
            m_message->setText(progress.text);
    });
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsExportDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsExportDialog::refresh);
    connect(m_k, &QSpinBox::valueChanged, this, &StatisticsExportDialog::refresh);
    connect(m_grain, &QComboBox::currentIndexChanged, this, &StatisticsExportDialog::refresh);
    resize(960, 600);
    refresh();
}

StatisticsExportDialog::~StatisticsExportDialog() = default;

SharedStatisticsRequest StatisticsExportDialog::request() const
{
    SharedStatisticsRequest r;
    r.from = m_from->date();
    r.to = m_to->date();
    r.k = m_k->value();
    r.grain = SharedStatistics::parseGrain(m_grain->currentData().toString()).value_or(StatisticsGrain::Sector);
    return r;
}

void StatisticsExportDialog::setRequest(const SharedStatisticsRequest& request)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QSignalBlocker blockK(m_k);
    const QSignalBlocker blockGrain(m_grain);
    m_from->setDate(request.from);
    m_to->setDate(request.to);
    m_k->setValue(request.k);
    m_grain->setCurrentIndex(m_grain->findData(SharedStatistics::grainKey(request.grain)));
    refresh();
}

QString StatisticsExportDialog::format() const
{
    return m_format->currentData().toString();
}

void StatisticsExportDialog::setFormat(const QString& format)
{
    const int index = m_format->findData(format);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QList<QStringList> StatisticsExportDialog::previewRows() const
{
    QList<QStringList> rows;
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_preview->columnCount(); ++column) {
            const QTableWidgetItem* item = m_preview->item(row, column);
            cells.append(item ? item->text() : QString());
        }
        rows.append(cells);
    }
    return rows;
}

bool StatisticsExportDialog::previewBusy() const
{
    return m_previewJob->isRunning();
}

bool StatisticsExportDialog::busy() const
{
    return m_exportJob->isRunning();
}

QString StatisticsExportDialog::message() const
{
    return m_message->text();
}

void StatisticsExportDialog::updateButtons()
{
    m_export->setEnabled(m_previewOk && !m_exportJob->isRunning());
    m_cancel->setEnabled(m_exportJob->isRunning());
}

void StatisticsExportDialog::refresh()
{
    const SharedStatisticsRequest r = request();
    m_rule->setText(SharedStatistics::ruleText(r.k));
    m_previewOk = false;
    updateButtons();
    if (auto valid = SharedStatistics::check(r); !valid) {
        m_previewJob->drop();
        m_preview->clearContents();
        m_preview->setRowCount(0);
        m_message->setText(valid.error().message);
        return;
    }
    const FixedClock clock(m_session.clock().nowUtc());
    m_message->setText(tr("Counting…"));
    m_previewJob->start<SharedStatisticsTable>(
        m_session.vault(),
        [clock, r](Vault& vault, JobControl& control) { return SharedStatistics::collect(vault, clock, r, &control); },
        [this](Result<SharedStatisticsTable> table) { showPreview(table); });
}

void StatisticsExportDialog::showPreview(const Result<SharedStatisticsTable>& table)
{
    m_preview->clearContents();
    m_preview->setRowCount(0);
    if (!table) {
        m_message->setText(table.error().message);
        Q_EMIT previewShown();
        return;
    }
    const SharedStatisticsRequest& r = table->request;
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels(
        {tr("RSIT class"), tr("RSIT type"), tr("Month"), SharedStatistics::grainName(r.grain), tr("Incidents")});
    m_preview->setRowCount(int(table->cells.size()));
    QFont marked = m_preview->font();
    marked.setItalic(true);
    for (int row = 0; row < int(table->cells.size()); ++row) {
        const SharedStatisticsCell& cell = table->cells.at(row);
        const QStringList texts{className(cell.rsitClass), typeName(cell.rsitClass, cell.rsitType), cell.month,
                                cell.group,
                                cell.count ? QLocale().toString(*cell.count) : tr("suppressed (< %1)").arg(r.k)};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            if (column == 4) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (cell.suppressed()) {
                    item->setFont(marked);
                    item->setToolTip(tr("Between 1 and %1 incidents: left out of the file.").arg(r.k - 1));
                }
            }
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_previewOk = true;
    if (table->cells.isEmpty())
        m_message->setText(tr("No incidents in this period: the file will list no cells."));
    else
        m_message->setText(
            tr("%n cell(s), of which %1 suppressed. No totals are written.", nullptr, int(table->cells.size()))
                .arg(table->suppressedCount()));
    updateButtons();
    Q_EMIT previewShown();
}

void StatisticsExportDialog::chooseFile()
{
    const QString extension = format();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the statistics"), QDir::home().filePath(SharedStatistics::fileName(request(), extension)));
    if (!path.isEmpty())
        exportTo(path);
}

bool StatisticsExportDialog::exportTo(const QString& path)
{
    const SharedStatisticsRequest r = request();
    if (path.isEmpty() || m_exportJob->isRunning() || !SharedStatistics::check(r))
        return false;
    // The job keeps its own clock: it may outlive the dialog and the session's clock.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString kind = format();
    m_exportJob->start<QString>(
        m_session.vault(),
        [clock, r, kind, path](Vault& vault, JobControl& control) -> Result<QString> {
            FB_TRY_ASSIGN(auto table, SharedStatistics::collect(vault, clock, r, &control));
            FB_TRY_ASSIGN(auto bytes, SharedStatistics::render(table, kind));
            if (control.isCancelled())
                return fail(ErrorCode::Cancelled, tr("The statistics export was cancelled."));
            FB_TRY(AtomicFile::write(path, bytes, AtomicFile::Access::OwnerOnly));
            return path;
        },
        [this](Result<QString> result) {
            if (!result)
                m_message->setText(result.error().code == ErrorCode::Cancelled ? tr("The export was cancelled.")
                                                                               : result.error().message);
            else
                m_message->setText(tr("Statistics written to %1.").arg(QDir::toNativeSeparators(*result)));
            updateButtons();
            if (result)
                Q_EMIT exported(*result);
            Q_EMIT exportEnded();
        });
    return true;
}

void StatisticsExportDialog::cancelExport()
{
    if (m_exportJob->isRunning())
        m_exportJob->cancel();
}

} // namespace fb
