// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/IncidentReportDialog.h"

#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "export/IncidentReportFile.h"
#include "ui/job/JobRunner.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb {

IncidentReportDialog::IncidentReportDialog(WorkspaceSession& session, qint64 incidentId, bool redConfirmed,
                                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(incidentId)
    , m_redConfirmed(redConfirmed)
{
    setObjectName(QStringLiteral("incidentReportDialog"));
    setWindowTitle(tr("Export report of incident #%1").arg(incidentId));
    auto* layout = new QHBoxLayout(this);
    auto* side = new QVBoxLayout();
    side->addWidget(new QLabel(tr("Sections"), this));
    const QList<ReportSection> defaults = IncidentReport::defaults();
    for (ReportSection section : IncidentReport::available()) {
        auto* box = new QCheckBox(IncidentReport::displayName(section), this);
        box->setObjectName(IncidentReport::key(section) + QStringLiteral("SectionCheckBox"));
        box->setChecked(defaults.contains(section));
        connect(box, &QCheckBox::toggled, this, &IncidentReportDialog::refresh);
        m_sections.insert(section, box);
        side->addWidget(box);
    }
    side->addSpacing(8);
    side->addWidget(new QLabel(tr("Format"), this));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormatComboBox"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML"), QStringLiteral("html"));
    m_format->addItem(tr("Markdown"), QStringLiteral("md"));
    side->addWidget(m_format);
    side->addStretch();
    layout->addLayout(side);

    auto* main = new QVBoxLayout();
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreviewTextBrowser"));
    m_preview->setOpenLinks(false); // ticket text is never followed from here
    main->addWidget(m_preview, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    main->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    connect(m_save, &QPushButton::clicked, this, &IncidentReportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    main->addWidget(buttons);
    layout->addLayout(main, 1);

    m_job = new JobRunner(this);
    connect(m_job, &JobRunner::runningChanged, this, [this](bool running) {
        m_save->setEnabled(!running && !sections().isEmpty());
        if (running)
            m_message->setText(tr("Writing the report…"));
    });
    resize(900, 640);
    refresh();
}

IncidentReportDialog::~IncidentReportDialog() = default;

QList<ReportSection> IncidentReportDialog::sections() const
{
    QList<ReportSection> chosen;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            chosen.append(it.key());
    }
    return chosen;
}

QString IncidentReportDialog::format() const
{
    return m_format->currentData().toString();
}

QString IncidentReportDialog::previewHtml() const
{
    return m_preview->toHtml();
}

QString IncidentReportDialog::message() const
{
    return m_message->text();
}

bool IncidentReportDialog::busy() const
{
    return m_job->isRunning();
}

void IncidentReportDialog::refresh()
{
    const QList<ReportSection> chosen = sections();
    m_save->setEnabled(!chosen.isEmpty() && !m_job->isRunning());
    if (chosen.isEmpty()) {
        m_preview->clear();
        m_message->setText(tr("Choose at least one section."));
        return;
    }
    auto report = IncidentReport::collect(m_session.change(), m_id, chosen, m_redConfirmed);
    if (!report) {
        m_preview->clear();
        m_save->setEnabled(false);
        m_message->setText(report.error().message);
        return;
    }
    m_message->clear();
    m_preview->setHtml(IncidentReport::toHtml(*report));
}

void IncidentReportDialog::chooseFile()
{
    const QString extension = format();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"),
                                                      QDir::home().filePath(IncidentReport::fileName(m_id, extension)));
    if (!path.isEmpty())
        saveTo(path);
}

bool IncidentReportDialog::saveTo(const QString& path)
{
    const QList<ReportSection> chosen = sections();
    if (chosen.isEmpty() || path.isEmpty() || m_job->isRunning())
        return false;
    // The job keeps its own clock: it may outlive the dialog and the session's clock.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    const qint64 id = m_id;
    const bool red = m_redConfirmed;
    const QString kind = format();
    m_job->start<QString>(
        m_session.vault(),
        [clock, actor, id, chosen, red, kind, path](Vault& vault, JobControl&) -> Result<QString> {
            FB_TRY_ASSIGN(auto report, IncidentReport::collect(ChangeContext{vault, clock, actor}, id, chosen, red));
            FB_TRY_ASSIGN(auto bytes, IncidentReportFile::render(report, kind));
            FB_TRY(AtomicFile::write(path, bytes, AtomicFile::Access::OwnerOnly));
            return path;
        },
        [this](Result<QString> result) {
            if (!result) {
                m_message->setText(result.error().message);
                return;
            }
            m_message->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(*result)));
            Q_EMIT saved(*result);
        });
    return true;
}

} // namespace fb
