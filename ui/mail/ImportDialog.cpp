// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/job/KeyPassphrasePrompt.h"
#include "ui/mail/ImportDialog.h"

#include "core/mail/MailImportService.h"
#include "ui/job/JobRunner.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ImportDialog::ImportDialog(WorkspaceSession& session, QStringList paths, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_paths(std::move(paths))
    , m_job(new JobRunner(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Importing mail"));
    auto* layout = new QVBoxLayout(this);
    QStringList names;
    for (const QString& path : std::as_const(m_paths))
        names.append(QFileInfo(path).fileName());
    m_what = new QLabel(tr("Importing %1").arg(QLocale().createSeparatedList(names)), this);
    m_what->setWordWrap(true);
    m_count = new QLabel(tr("Starting…"), this);
    m_count->setObjectName(QStringLiteral("importCountLabel"));
    m_bytes = new QLabel(this);
    m_bytes->setObjectName(QStringLiteral("importBytesLabel"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    layout->addWidget(m_what);
    layout->addWidget(m_count);
    layout->addWidget(m_bytes);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_job, &JobRunner::progressChanged, this, &ImportDialog::updateProgress);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

// A closed dialog cancels its job (the runner, a child, goes with it) and never receives its result.
ImportDialog::~ImportDialog() = default;

void ImportDialog::start()
{
    // The job keeps its own clock: it may outlive the widget, the session and the clock they use.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    const QStringList paths = m_paths;
    const PassphraseCallback keyPassphrase = KeyPassphrasePrompt::callback(this);
    m_job->start<MailImportReport>(
        m_session.vault(),
        [clock, actor, paths, keyPassphrase](Vault& vault, JobControl& job) {
            // Encrypted mail is decrypted with the team key; its passphrase is asked in a dialog when it has one.
            return MailImportService(ChangeContext{vault, clock, actor}, keyPassphrase).importPaths(paths, job);
        },
        [this](Result<MailImportReport> result) {
            if (!result) {
                m_count->setText(result.error().message);
                m_cancel->setText(tr("Close"));
                Q_EMIT failed(result.error());
                return;
            }
            Q_EMIT imported(*result);
            accept();
        });
}

bool ImportDialog::isRunning() const
{
    return m_job->isRunning();
}

void ImportDialog::cancel()
{
    if (!m_job->isRunning()) {
        QDialog::reject();
        return;
    }
    // Stop and keep: the batch in hand is committed, and a re-run completes the import.
    m_job->stop();
    m_cancel->setEnabled(false);
    m_count->setText(tr("Cancelling: the messages read so far are kept…"));
}

void ImportDialog::reject()
{
    // Esc and the window's close button cancel the job first; the dialog closes when it has stopped.
    cancel();
}

void ImportDialog::updateProgress(const JobProgress& progress)
{
    if (!m_job->isStopRequested() && !progress.text.isEmpty())
        m_count->setText(progress.text);
    if (progress.total > 0) {
        m_bytes->setText(tr("%1 of %2").arg(sizeText(progress.done), sizeText(progress.total)));
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(progress.done * 1000 / progress.total));
    }
}

} // namespace fb
