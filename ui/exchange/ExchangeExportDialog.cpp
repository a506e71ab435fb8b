// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ExchangeExportDialog.h"

#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "core/directory/TeamReader.h"
#include "core/exchange/IncidentExchange.h"
#include "ui/job/JobRunner.h"
#include "ui/main/StatusColours.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

namespace {

constexpr int kUnknownRecipient = -1;

QString fileNameOf(qint64 id, const QString& format)
{
    return format == QLatin1String("iodef") ? QStringLiteral("incident-%1-iodef.xml").arg(id)
                                            : QStringLiteral("incident-%1-misp.json").arg(id);
}

} // namespace

ExchangeExportDialog::ExchangeExportDialog(WorkspaceSession& session, qint64 incidentId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(incidentId)
{
    setObjectName(QStringLiteral("exchangeExportDialog"));
    setWindowTitle(tr("Share incident #%1 with a team").arg(incidentId));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exchangeFormatComboBox"));
    m_format->addItem(tr("MISP event (JSON)"), QStringLiteral("misp"));
    m_format->addItem(tr("IODEF v2 document (XML, RFC 7970)"), QStringLiteral("iodef"));

    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("exchangeRecipientComboBox"));
    m_recipient->addItem(tr("Someone not in the directory (TLP:CLEAR and TLP:GREEN only)"), kUnknownRecipient);
    if (auto teams = TeamReader(session.vault()).teams())
        m_teams = *teams;
    for (int i = 0; i < m_teams.size(); ++i) {
        const Team& team = m_teams.at(i);
        m_recipient->addItem(team.highestTlp ? tr("%1 (up to %2)").arg(team.displayName(), Tlp::label(*team.highestTlp))
                                             : tr("%1 (TLP:CLEAR and TLP:GREEN only)").arg(team.displayName()),
                             i);
    }

    m_addresses = new QComboBox(this);
    m_addresses->setObjectName(QStringLiteral("exchangeAddressesComboBox"));
    m_addresses->addItem(tr("Sources (where attacks come from)"), int(ExchangeAddressRole::Source));
    m_addresses->addItem(tr("Targets (what was attacked)"), int(ExchangeAddressRole::Destination));

    m_distribution = new QComboBox(this);
    m_distribution->setObjectName(QStringLiteral("exchangeDistributionComboBox"));
    m_distribution->addItem(tr("Your organisation only"), 0);
    m_distribution->addItem(tr("This community only"), 1);
    m_distribution->addItem(tr("Connected communities"), 2);
    m_distribution->addItem(tr("All communities"), 3);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("exchangePurposeComboBox"));
    m_purpose->addItem(tr("Reporting"), int(IodefPurpose::Reporting));
    m_purpose->addItem(tr("Mitigation (asking the recipient to act)"), int(IodefPurpose::Mitigation));

    auto* form = new QFormLayout();
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(tr("&Addresses are:"), m_addresses);
    form->addRow(tr("MISP &distribution:"), m_distribution);
    form->addRow(tr("IODEF &purpose:"), m_purpose);

    auto* note = new QLabel(tr("The document carries the incident's observables and those of its reports, "
                               "investigations and countermeasures, labelled with the most restrictive TLP among "
                               "them. It is refused when the recipient may not receive that label."),
                            this);
    note->setWordWrap(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exchangeMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_written = new QPlainTextEdit(this);
    m_written->setObjectName(QStringLiteral("exchangeWrittenTextEdit"));
    m_written->setReadOnly(true);
    m_written->setPlaceholderText(tr("What was written appears here."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveExchangeButton"));
    connect(m_save, &QPushButton::clicked, this, &ExchangeExportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_written, 1);
    layout->addWidget(buttons);

    m_job = new JobRunner(this);
    connect(m_job, &JobRunner::runningChanged, this, [this](bool running) {
        m_save->setEnabled(!running);
        if (running)
            showMessage(tr("Writing the document…"), false);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExchangeExportDialog::formatChanged);
    formatChanged();
    resize(720, 560);
}

ExchangeExportDialog::~ExchangeExportDialog() = default;

QString ExchangeExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExchangeExportDialog::setFormat(const QString& key)
{
    const int index = m_format->findData(key);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

bool ExchangeExportDialog::setRecipient(const QString& teamName)
{
    for (int i = 0; i < m_teams.size(); ++i) {
        const Team& team = m_teams.at(i);
        if (team.shortName.compare(teamName, Qt::CaseInsensitive) == 0 ||
            team.officialName.compare(teamName, Qt::CaseInsensitive) == 0) {
            m_recipient->setCurrentIndex(m_recipient->findData(i));
            return true;
        }
    }
    return false;
}

bool ExchangeExportDialog::busy() const
{
    return m_job->isRunning();
}

QString ExchangeExportDialog::message() const
{
    return m_message->text();
}

QString ExchangeExportDialog::writtenText() const
{
    return m_written->toPlainText();
}

void ExchangeExportDialog::formatChanged()
{
    const bool misp = format() == QLatin1String("misp");
    m_distribution->setEnabled(misp);
    m_purpose->setEnabled(!misp);
}

void ExchangeExportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the document"), QDir::home().filePath(fileNameOf(m_id, format())));
    if (!path.isEmpty())
        saveTo(path);
}

bool ExchangeExportDialog::saveTo(const QString& path)
{
    if (path.isEmpty() || m_job->isRunning())
        return false;
    IncidentExportOptions options;
    options.format = IncidentExchange::parseFormat(format()).value_or(ExchangeFormat::Misp);
    if (const int team = m_recipient->currentData().toInt(); team != kUnknownRecipient) {
        options.recipient.clearance = m_teams.at(team).highestTlp;
        options.recipient.name = m_teams.at(team).displayName();
    }
    options.addresses = ExchangeAddressRole(m_addresses->currentData().toInt());
    options.distribution = m_distribution->currentData().toInt();
    options.purpose = IodefPurpose(m_purpose->currentData().toInt());
    // The job keeps its own clock: it may outlive the dialog and the session's clock.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    const qint64 id = m_id;
    m_written->clear();
    m_job->start<IncidentExportResult>(
        m_session.vault(),
        [clock, actor, id, options, path](Vault& vault, JobControl&) -> Result<IncidentExportResult> {
            FB_TRY_ASSIGN(auto exported,
                          IncidentExchange(ChangeContext{vault, clock, actor}).exportIncident(id, options));
            FB_TRY(AtomicFile::write(path, exported.bytes, AtomicFile::Access::OwnerOnly));
            return exported;
        },
        [this, path](Result<IncidentExportResult> result) {
            if (!result) {
                showMessage(result.error().message, true);
                return;
            }
            showMessage(tr("Wrote %1: %n observable(s) from %2 ticket(s), labelled %3.", nullptr, result->observables)
                            .arg(QDir::toNativeSeparators(path))
                            .arg(result->tickets.size())
                            .arg(Tlp::label(result->tlp)),
                        false);
            m_written->setPlainText(QString::fromUtf8(result->bytes));
            Q_EMIT saved(path);
        });
    return true;
}

void ExchangeExportDialog::showMessage(const QString& text, bool bad)
{
    m_message->setText(text);
    m_message->setStyleSheet(bad ? StatusColours::labelStyle(Tone::Bad) : QString());
}

} // namespace fb
