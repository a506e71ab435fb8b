// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/ImportDialog.h"

#include "core/base/Job.h"
#include "core/mail/MailImportService.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <atomic>

namespace fb {

// Shared between the dialog and its job: the raw byte counts (QFuture's progress is scaled) and our own cancel
// flag, so that a cancelled import still hands back the report of what it did.
struct ImportDialogProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
    QMutex mutex;
    QString text;
};

namespace {

using ImportResult = Result<MailImportReport>;

class ProgressControl final : public JobControl
{
public:
    ProgressControl(JobControl& inner, ImportDialogProgress& progress)
        : m_inner(inner)
        , m_progress(progress)
    {
    }
    bool isCancelled() const override { return m_progress.cancelled || m_inner.isCancelled(); }
    void setProgress(qint64 done, qint64 total, const QString& text = {}) override
    {
        m_progress.done = done;
        m_progress.total = total;
        {
            QMutexLocker lock(&m_progress.mutex);
            m_progress.text = text;
        }
        m_inner.setProgress(done, total, text);
    }

private:
    JobControl& m_inner;
    ImportDialogProgress& m_progress;
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ImportDialog::ImportDialog(WorkspaceSession& session, QStringList paths, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_paths(std::move(paths))
    , m_progress(std::make_shared<ImportDialogProgress>())
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
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

ImportDialog::~ImportDialog()
{
    // A closed dialog stops its job; the watcher (a child) never delivers to a dead dialog.
    m_progress->cancelled = true;
}

bool ImportDialog::start()
{
    auto connection = m_session.vault().openConnection();
    if (!connection) {
        m_count->setText(connection.error().message);
        m_cancel->setText(tr("Close"));
        return false;
    }
    std::shared_ptr<Vault> vault = std::move(*connection);
    // The job keeps its own clock: it may outlive the widget, the session and the clock they use.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    const QStringList paths = m_paths;
    std::shared_ptr<ImportDialogProgress> progress = m_progress;

    auto* watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::progressValueChanged, this, &ImportDialog::updateProgress);
    connect(watcher, &QFutureWatcher<ImportResult>::progressTextChanged, this, &ImportDialog::updateProgress);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_running = false;
        updateProgress();
        if (watcher->future().resultCount() == 0) {
            Q_EMIT failed(Error{ErrorCode::Cancelled, tr("The import was cancelled."), {}});
            accept();
            return;
        }
        const ImportResult result = watcher->future().result();
        if (!result) {
            m_count->setText(result.error().message);
            m_cancel->setText(tr("Close"));
            Q_EMIT failed(result.error());
            return;
        }
        Q_EMIT imported(*result);
        accept();
    });
    m_running = true;
    watcher->setFuture(startJob<ImportResult>([vault, clock, actor, paths, progress](JobControl& job) {
        ProgressControl control(job, *progress);
        // The team key's passphrase: the agent of the user's GnuPG home asks for it.
        return MailImportService(*vault, clock, actor).importPaths(paths, control);
    }));
    return true;
}

void ImportDialog::cancel()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    m_progress->cancelled = true;
    m_cancel->setEnabled(false);
    m_count->setText(tr("Cancelling: the messages read so far are kept…"));
}

void ImportDialog::reject()
{
    // Esc and the window's close button cancel the job first; the dialog closes when it has stopped.
    cancel();
}

void ImportDialog::updateProgress()
{
    const qint64 done = m_progress->done;
    const qint64 total = m_progress->total;
    QString text;
    {
        QMutexLocker lock(&m_progress->mutex);
        text = m_progress->text;
    }
    if (!m_progress->cancelled && !text.isEmpty())
        m_count->setText(text);
    if (total > 0) {
        m_bytes->setText(tr("%1 of %2").arg(sizeText(done), sizeText(total)));
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(done * 1000 / total));
    }
}

} // namespace fb
