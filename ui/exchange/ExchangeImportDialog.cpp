// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ExchangeImportDialog.h"

#include "core/base/Clock.h"
#include "core/exchange/IncidentExchange.h"
#include "core/exchange/MispEventReader.h"
#include "ui/job/JobRunner.h"
#include "ui/main/StatusColours.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

ExchangeImportDialog::ExchangeImportDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("exchangeImportDialog"));
    setWindowTitle(tr("Import an incident from a team"));

    auto* intro = new QLabel(tr("A MISP event (JSON) or an IODEF v2 document (XML) becomes a new incident, or goes "
                                "onto the incident it came from or was imported into before. Its indicators become "
                                "observables; what is not an observable is kept in comments. Nothing is stored "
                                "when the document cannot be read."),
                             this);
    intro->setWordWrap(true);
    auto* pathLabel = new QLabel(tr("&Document:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exchangePathLineEdit"));
    pathLabel->setBuddy(m_path);
    auto* choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("exchangeChooseButton"));
    auto* pathRow = new QHBoxLayout();
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    m_lenient =
        new QCheckBox(tr("Accept an IODEF document that deviates from the schema (each deviation a warning)"), this);
    m_lenient->setObjectName(QStringLiteral("exchangeLenientCheckBox"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exchangeImportMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto* warningsLabel = new QLabel(tr("&Warnings:"), this);
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("exchangeWarningsListWidget"));
    warningsLabel->setBuddy(m_warnings);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("exchangeImportButton"));
    m_open = buttons->addButton(tr("&Open ticket"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("exchangeOpenTicketButton"));
    connect(choose, &QPushButton::clicked, this, &ExchangeImportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ExchangeImportDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &ExchangeImportDialog::startImport);
    connect(m_open, &QPushButton::clicked, this, [this]() {
        if (m_ticket != 0) {
            Q_EMIT openTicket(m_ticket);
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addWidget(m_lenient);
    layout->addWidget(m_message);
    layout->addWidget(warningsLabel);
    layout->addWidget(m_warnings, 1);
    layout->addWidget(buttons);

    m_job = new JobRunner(this);
    connect(m_job, &JobRunner::runningChanged, this, [this](bool running) {
        if (running)
            showMessage(tr("Importing the document…"), false);
        updateButtons();
    });
    resize(720, 480);
    updateButtons();
}

ExchangeImportDialog::~ExchangeImportDialog() = default;

void ExchangeImportDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExchangeImportDialog::setLenient(bool lenient)
{
    m_lenient->setChecked(lenient);
}

bool ExchangeImportDialog::busy() const
{
    return m_job->isRunning();
}

QString ExchangeImportDialog::message() const
{
    return m_message->text();
}

QStringList ExchangeImportDialog::warnings() const
{
    QStringList out;
    for (int i = 0; i < m_warnings->count(); ++i)
        out.append(m_warnings->item(i)->text());
    return out;
}

void ExchangeImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import an incident"), QString(),
                                     tr("MISP events and IODEF documents (*.json *.xml *.iodef);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

bool ExchangeImportDialog::startImport()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty() || m_job->isRunning())
        return false;
    m_warnings->clear();
    m_ticket = 0;
    IncidentImportOptions options;
    options.source = QFileInfo(path).fileName();
    options.lenient = m_lenient->isChecked();
    // The job keeps its own clock: it may outlive the dialog and the session's clock.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    m_job->start<IncidentImportReport>(
        m_session.vault(),
        [clock, actor, options, path](Vault& vault, JobControl&) -> Result<IncidentImportReport> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(ErrorCode::Io,
                            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            // The largest document a reader takes; a larger file is not read into memory at all.
            if (file.size() > MispEventReader::kMaxBytes)
                return fail(ErrorCode::BadInput, tr("%1 is %2 MiB; an exchanged incident is at most %3 MiB.")
                                                     .arg(QDir::toNativeSeparators(path))
                                                     .arg(file.size() / (1024 * 1024))
                                                     .arg(MispEventReader::kMaxBytes / (1024 * 1024)));
            const QByteArray bytes = file.readAll();
            return IncidentExchange(ChangeContext{vault, clock, actor}).importDocument(bytes, options);
        },
        [this](Result<IncidentImportReport> result) {
            if (!result) {
                showMessage(tr("Nothing was imported: %1").arg(result.error().message), true);
                updateButtons();
                return;
            }
            m_ticket = result->ticketId;
            const QString format = result->format == ExchangeFormat::Iodef ? tr("IODEF document") : tr("MISP event");
            QString text = result->created ? tr("The %1 became incident #%2.").arg(format).arg(m_ticket)
                                           : tr("The %1 was added to ticket #%2.").arg(format).arg(m_ticket);
            text += QLatin1Char(' ') +
                    tr("%n observable(s) added of %1 in the document.", nullptr, result->observablesAdded)
                        .arg(result->observablesInEvent);
            if (result->notes > 0)
                text += QLatin1Char(' ') + tr("%n comment(s) keep what is not an observable.", nullptr, result->notes);
            showMessage(text, false);
            for (const ExchangeWarning& w : std::as_const(result->warnings))
                m_warnings->addItem(w.where.isEmpty() ? w.message : tr("%1: %2").arg(w.where, w.message));
            updateButtons();
            Q_EMIT imported(m_ticket);
        });
    return true;
}

void ExchangeImportDialog::showMessage(const QString& text, bool bad)
{
    m_message->setText(text);
    m_message->setStyleSheet(bad ? StatusColours::labelStyle(Tone::Bad) : QString());
}

void ExchangeImportDialog::updateButtons()
{
    const bool running = m_job->isRunning();
    m_import->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_open->setEnabled(!running && m_ticket != 0);
}

} // namespace fb
