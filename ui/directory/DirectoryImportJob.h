// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryImportJob: reads and parses a directory import file (Trusted Introducer teams.json, vCard, or
// ASCII-armoured keys) as a job on a worker thread, with a progress dialog that can cancel it. The parsed
// result is handed back on the GUI thread, where the page merges it into the workspace in one transaction.
#pragma once

#include "core/base/Result.h"
#include "core/directory/ImportReport.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace fb {

enum class DirectoryImportKind { TrustedIntroducer, VCard, Keys };

struct ParsedImport
{
    DirectoryImportKind kind = DirectoryImportKind::TrustedIntroducer;
    QString path;
    Result<ImportedDirectory> directory = ImportedDirectory{}; // TI and vCard
    QByteArray armoured;                                       // keys
};

class DirectoryImportJob : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryImportJob(QWidget* dialogParent);
    ~DirectoryImportJob() override;

    bool isBusy() const { return m_watcher != nullptr; }
    void start(DirectoryImportKind kind, const QString& path);
    void cancel();

Q_SIGNALS:
    void parsed(std::shared_ptr<fb::ParsedImport> result);
    void failed(const fb::Error& error);

private:
    using Outcome = std::shared_ptr<Result<ParsedImport>>;
    void onFinished();

    QWidget* m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
};

} // namespace fb
