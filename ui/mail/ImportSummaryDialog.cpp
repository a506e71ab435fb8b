// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/ImportSummaryDialog.h"

#include "core/mail/MailStore.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

constexpr qsizetype kShownRawBytes = 16 * 1024;

QString outcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return ImportSummaryDialog::tr("Imported");
    case ImportOutcome::Threaded:
        return ImportSummaryDialog::tr("Threaded");
    case ImportOutcome::Duplicate:
        return ImportSummaryDialog::tr("Duplicate");
    case ImportOutcome::Quarantined:
        return ImportSummaryDialog::tr("Quarantined");
    }
    return {};
}

// Text as text; anything else (control bytes, invalid UTF-8) as a hex dump, 16 bytes a line.
QString readable(const QByteArray& raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(raw);
    int control = 0;
    for (const QChar c : text)
        control += (c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t') ? 1 : 0;
    if (!decoder.hasError() && control == 0)
        return text;
    QString dump;
    for (qsizetype offset = 0; offset < raw.size(); offset += 16) {
        const QByteArray line = raw.mid(offset, 16);
        QString ascii;
        for (const char byte : line)
            ascii += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(byte) : QLatin1Char('.');
        dump += QStringLiteral("%1  %2  %3\n")
                    .arg(offset, 8, 16, QLatin1Char('0'))
                    .arg(QString::fromLatin1(line.toHex(' ')), -47)
                    .arg(ascii);
    }
    return dump;
}

QLabel* countLabel(int count, const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(QLocale().toString(count), parent);
    label->setObjectName(QString::fromLatin1(objectName));
    return label;
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const MailImportReport& report, WorkspaceSession* session, QWidget* parent)
    : QDialog(parent)
    , m_report(report)
    , m_problems(report.problems())
    , m_session(session)
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(tr("Mail import summary"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(report.cancelled ? tr("The import was cancelled; what was read before is kept.")
                                                : tr("The import is complete."),
                               this);
    heading->setObjectName(QStringLiteral("importHeadingLabel"));
    layout->addWidget(heading);
    auto* form = new QFormLayout();
    form->addRow(tr("New reports:"), countLabel(report.imported, "importedCountLabel", this));
    form->addRow(tr("Added to existing tickets:"), countLabel(report.threaded, "threadedCountLabel", this));
    form->addRow(tr("Duplicates (already there):"), countLabel(report.duplicates, "duplicateCountLabel", this));
    form->addRow(tr("Quarantined:"), countLabel(report.quarantined, "quarantinedCountLabel", this));
    form->addRow(tr("Read:"),
                 new QLabel(QLocale().formattedDataSize(report.bytes, 1, QLocale::DataSizeTraditionalFormat), this));
    layout->addLayout(form);

    layout->addWidget(new QLabel(m_problems.isEmpty() ? tr("Nothing needs your attention.")
                                                      : tr("Needs your attention (select one to inspect it):"),
                                 this));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("importProblemsTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Outcome"), tr("Source"), tr("Subject"), tr("Reason or note")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const ImportCase& c : std::as_const(m_problems)) {
        const QString source = c.position.isEmpty() ? QFileInfo(c.source).fileName()
                                                    : tr("%1, %2").arg(QFileInfo(c.source).fileName(), c.position);
        auto* item = new QTreeWidgetItem(
            m_list, {outcomeName(c.outcome), source, c.subject, c.notes.join(QStringLiteral("; "))});
        item->setToolTip(1, c.source);
        item->setToolTip(3, c.notes.join(QLatin1Char('\n')));
    }
    m_list->setVisible(!m_problems.isEmpty());
    layout->addWidget(m_list, 1);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("importDetailTextEdit"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setVisible(!m_problems.isEmpty());
    layout->addWidget(m_detail, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("Open ticket"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openTicketButton"));
    open->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this, open]() {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        inspect(row);
        open->setEnabled(row >= 0 && m_problems.at(row).ticketId > 0);
    });
    connect(open, &QPushButton::clicked, this, [this]() {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0 && m_problems.at(row).ticketId > 0)
            Q_EMIT openTicket(m_problems.at(row).ticketId);
    });
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * (m_problems.isEmpty() ? 14 : 36));
}

void ImportSummaryDialog::inspect(int row)
{
    m_detail->clear();
    if (row < 0 || row >= m_problems.size())
        return;
    const ImportCase& c = m_problems.at(row);
    QString text = c.notes.join(QLatin1Char('\n'));
    if (c.outcome == ImportOutcome::Quarantined && m_session) {
        MailStore store(m_session->vault());
        auto entries = store.quarantineList();
        if (!entries) {
            m_detail->setPlainText(entries.error().message);
            return;
        }
        for (const QuarantineEntry& entry : std::as_const(*entries)) {
            if (entry.source != c.source || entry.position != c.position)
                continue;
            auto full = store.quarantineEntry(entry.id);
            if (!full) {
                text += QLatin1Char('\n') + full.error().message;
                break;
            }
            text += QLatin1String("\n\n") +
                    tr("Kept in the quarantine: %n byte(s); the first of them below.", nullptr, int(full->size)) +
                    QLatin1String("\n\n") + readable(full->raw.left(kShownRawBytes));
            break;
        }
    }
    m_detail->setPlainText(text);
}

} // namespace fb
