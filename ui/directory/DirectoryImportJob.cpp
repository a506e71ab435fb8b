// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryImportJob.h"

#include "core/base/Job.h"
#include "core/directory/DirectoryVCard.h"
#include "core/directory/TrustedIntroducerReader.h"

#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QWidget>

namespace fb {

namespace {

constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kMaxImportBytes = 256LL * 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("fb::DirectoryImportJob", text);
}

Result<ParsedImport> readAndParse(DirectoryImportKind kind, const QString& path, JobControl& control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("The import file could not be opened."), path);
    const qint64 size = file.size();
    if (size > kMaxImportBytes)
        return fail(ErrorCode::BadInput, tr("The import file is larger than 256 MiB."), path);
    QByteArray data;
    data.reserve(size);
    while (!file.atEnd()) {
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was changed."));
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(ErrorCode::Io, tr("The import file could not be read."), path);
        data += chunk;
        control.setProgress(data.size(), size + 1, tr("Reading the file…"));
    }
    ParsedImport parsed;
    parsed.kind = kind;
    parsed.path = path;
    control.setProgress(size, size + 1, tr("Reading the entries…"));
    switch (kind) {
    case DirectoryImportKind::TrustedIntroducer:
        parsed.directory = TrustedIntroducerReader::read(data);
        break;
    case DirectoryImportKind::VCard:
        parsed.directory = DirectoryVCard::read(data);
        break;
    case DirectoryImportKind::Keys:
        parsed.armoured = data;
        break;
    }
    if (control.isCancelled())
        return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was changed."));
    control.setProgress(size + 1, size + 1);
    return parsed;
}

} // namespace

DirectoryImportJob::DirectoryImportJob(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
}

DirectoryImportJob::~DirectoryImportJob()
{
    cancel();
}

void DirectoryImportJob::start(DirectoryImportKind kind, const QString& path)
{
    if (m_watcher)
        return;
    m_progress =
        new QProgressDialog(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setObjectName(QStringLiteral("directoryImportProgressDialog"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress.data(), &QProgressDialog::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress.data(), &QProgressDialog::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_progress.data(), &QProgressDialog::setLabelText);
    connect(m_progress.data(), &QProgressDialog::canceled, this, &DirectoryImportJob::cancel);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DirectoryImportJob::onFinished);
    m_watcher->setFuture(startJob<Outcome>([kind, path](JobControl& control) {
        return std::make_shared<Result<ParsedImport>>(readAndParse(kind, path, control));
    }));
}

void DirectoryImportJob::cancel()
{
    if (m_watcher)
        m_watcher->cancel();
}

void DirectoryImportJob::onFinished()
{
    QFutureWatcher<Outcome>* watcher = m_watcher;
    m_watcher = nullptr;
    watcher->deleteLater();
    if (m_progress)
        m_progress->deleteLater();
    const QFuture<Outcome> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT failed(Error{ErrorCode::Cancelled, tr("The import was cancelled; nothing was changed."), {}});
        return;
    }
    const Outcome outcome = future.result();
    if (!*outcome) {
        Q_EMIT failed(outcome->error());
        return;
    }
    Q_EMIT parsed(std::make_shared<ParsedImport>(std::move(**outcome)));
}

} // namespace fb
