// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryImportProgressDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

DirectoryImportProgressDialog::DirectoryImportProgressDialog(const QString& what, bool canStop, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("directoryImportProgressDialog"));
    setWindowTitle(tr("Importing into the directory"));
    auto* layout = new QVBoxLayout(this);
    auto* whatLabel = new QLabel(what, this);
    whatLabel->setWordWrap(true);
    m_text = new QLabel(tr("Starting…"), this);
    m_text->setObjectName(QStringLiteral("directoryImportProgressLabel"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("directoryImportProgressBar"));
    m_bar->setRange(0, 0);
    auto* buttons = new QDialogButtonBox(this);
    m_stop = buttons->addButton(tr("&Stop and keep"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("directoryImportStopButton"));
    m_stop->setToolTip(tr("Keep the entries merged so far; importing the file again completes the import."));
    m_stop->setVisible(canStop);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("directoryImportCancelButton"));
    m_cancel->setToolTip(tr("Undo the whole import: nothing is changed."));
    layout->addWidget(whatLabel);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    connect(m_stop, &QPushButton::clicked, this, &DirectoryImportProgressDialog::requestStop);
    connect(m_cancel, &QPushButton::clicked, this, &DirectoryImportProgressDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void DirectoryImportProgressDialog::showProgress(const JobProgress& progress)
{
    if (!m_stopping && !progress.text.isEmpty())
        m_text->setText(progress.text);
    if (progress.total > 0) {
        // QProgressBar counts in int: in permille.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(progress.done * 1000 / progress.total));
    }
}

void DirectoryImportProgressDialog::reject()
{
    m_stop->setEnabled(false);
    m_cancel->setEnabled(false);
    m_text->setText(tr("Cancelling: nothing will be changed…"));
    Q_EMIT cancelRequested();
}

void DirectoryImportProgressDialog::requestStop()
{
    m_stopping = true;
    m_stop->setEnabled(false);
    m_text->setText(tr("Stopping: the entries merged so far are kept…"));
    Q_EMIT stopRequested();
}

} // namespace fb
