// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/job/KeyPassphrasePrompt.h"
#include "ui/advisory/AdvisoryPage.h"

#include "core/advisory/AdvisoryStore.h"
#include "core/advisory/CsafReader.h"
#include "core/directory/DistributionListStore.h"
#include "core/directory/OwnTeam.h"
#include "ui/advisory/AdvisoryEditor.h"
#include "ui/advisory/AdvisoryPreview.h"
#include "ui/advisory/AdvisoryPublishJob.h"
#include "ui/advisory/PublishDialog.h"
#include "ui/job/JobRunner.h"
#include "ui/main/EmptyState.h"
#include "ui/main/StatusColours.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace fb {

namespace {

AdvisoryStore storeOf(WorkspaceSession& session)
{
    return AdvisoryStore(session.change());
}

} // namespace

AdvisoryPage::AdvisoryPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("advisoryPage"));
    m_publishJob = new JobRunner(this);
    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("advisorySplitter"));

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Advisories"), left));
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("advisoriesListWidget"));
    EmptyState* none = EmptyState::over(m_list, QStringLiteral("advisoriesEmptyState"));
    none->setIcon(IconId::Advisories);
    // The buttons just below make one; the empty state points to them rather than repeating them.
    none->setMessage(tr("No advisories yet"),
                     tr("Write one with New advisory below, or start from a vendor's CSAF document with Import "
                        "CSAF…"));
    leftLayout->addWidget(m_list);
    auto* add = new QPushButton(tr("&New advisory"), left);
    add->setObjectName(QStringLiteral("newAdvisoryButton"));
    leftLayout->addWidget(add);
    auto* import = new QPushButton(tr("&Import CSAF…"), left);
    import->setObjectName(QStringLiteral("importCsafButton"));
    import->setToolTip(tr("Start an advisory from a CSAF 2.0 document, e.g. a vendor's."));
    leftLayout->addWidget(import);

    auto* middle = new QWidget(split);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(middle);
    scroll->setWidgetResizable(true);
    m_editor = new AdvisoryEditor(scroll);
    scroll->setWidget(m_editor);
    middleLayout->addWidget(scroll, 1);
    m_message = new QLabel(middle);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    middleLayout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), middle);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_publish = new QPushButton(tr("&Publish…"), middle);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_publish);
    middleLayout->addLayout(buttons);

    m_preview = new AdvisoryPreview(split);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    const int em = fontMetrics().averageCharWidth();
    split->setSizes({em * 34, em * 100, em * 80});
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &AdvisoryPage::showSelected);
    connect(add, &QPushButton::clicked, this, &AdvisoryPage::newAdvisory);
    connect(import, &QPushButton::clicked, this, &AdvisoryPage::askImport);
    connect(m_editor, &AdvisoryEditor::changed, this, &AdvisoryPage::edited);
    connect(m_save, &QPushButton::clicked, this, &AdvisoryPage::save);
    connect(m_publish, &QPushButton::clicked, this, &AdvisoryPage::askPublish);
    updateButtons();
}

void AdvisoryPage::setSession(WorkspaceSession* session)
{
    m_session = session;
    m_current = {};
    m_dirty = false;
    reload();
}

void AdvisoryPage::reload()
{
    const qint64 keep = m_current.id;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_session) {
        m_preview->clear();
        m_editor->setAdvisory({});
        updateButtons();
        return;
    }
    if (auto lists = DistributionListStore(m_session->change()).lists()) {
        QStringList names;
        for (const DistributionList& l : std::as_const(*lists))
            names.append(l.name);
        m_editor->setAudienceChoices(names);
    }
    auto entries = storeOf(*m_session).list();
    if (!entries) {
        setMessage(entries.error().toString(), true);
        return;
    }
    for (const AdvisoryListEntry& e : std::as_const(*entries)) {
        auto* item = new QListWidgetItem(tr("%1 %2\n%3").arg(e.identifier, Tlp::label(e.tlp), e.title), m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(tr("%1, version %2").arg(advisoryStatusKey(e.status), e.version));
    }
    if (!select(keep) && m_list->count() > 0) {
        m_list->setCurrentRow(0);
        showSelected();
    } else if (m_list->count() == 0) {
        m_current = {};
        m_editor->setAdvisory({});
        m_preview->clear();
    }
    updateButtons();
}

bool AdvisoryPage::select(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            showSelected();
            return true;
        }
    }
    return false;
}

void AdvisoryPage::showSelected()
{
    if (!m_session || !m_list->currentItem())
        return;
    auto advisory = storeOf(*m_session).get(m_list->currentItem()->data(Qt::UserRole).toLongLong());
    if (!advisory) {
        setMessage(advisory.error().toString(), true);
        return;
    }
    m_current = *advisory;
    m_dirty = false;
    m_editor->setAdvisory(m_current);
    m_preview->showAdvisory(m_current);
    setMessage({}, false);
    updateButtons();
}

void AdvisoryPage::edited()
{
    m_dirty = true;
    m_preview->showAdvisory(m_editor->advisory());
    updateButtons();
}

bool AdvisoryPage::canPublish() const
{
    return m_session && m_current.id != 0 && !m_publishing && !AdvisoryLint::hasErrors(m_preview->findings());
}

QString AdvisoryPage::message() const
{
    return m_message->text();
}

void AdvisoryPage::updateButtons()
{
    m_save->setEnabled(m_session && m_current.id != 0 && m_dirty && !m_publishing);
    m_publish->setEnabled(canPublish());
    m_publish->setToolTip(AdvisoryLint::hasErrors(m_preview->findings())
                              ? tr("Fix the errors listed under Checks before publishing.")
                              : tr("Publish a new revision and write its files into a folder."));
}

void AdvisoryPage::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(StatusColours::labelStyle(problem ? std::optional(Tone::Bad) : std::nullopt));
}

bool AdvisoryPage::save()
{
    if (!m_session || m_current.id == 0)
        return false;
    const Advisory edited = m_editor->advisory();
    // The audience names distribution lists of the directory.
    DistributionListStore lists(m_session->change());
    for (const QString& name : edited.audience) {
        if (m_current.audience.contains(name))
            continue;
        if (auto found = lists.find(name); !found) {
            setMessage(tr("Not saved: %1").arg(found.error().message), true);
            return false;
        }
    }
    if (auto status = storeOf(*m_session).update(edited); !status) {
        setMessage(tr("Not saved: %1").arg(status.error().toString()), true);
        return false;
    }
    m_dirty = false;
    setMessage(tr("Saved %1.").arg(edited.identifier), false);
    reload();
    return true;
}

void AdvisoryPage::newAdvisory()
{
    if (!m_session)
        return;
    Advisory draft;
    draft.title = tr("New advisory");
    auto created = storeOf(*m_session).create(draft);
    if (!created) {
        setMessage(created.error().toString(), true);
        return;
    }
    m_current = *created;
    reload();
    select(created->id);
    setMessage(tr("Created %1.").arg(created->identifier), false);
}

void AdvisoryPage::askImport()
{
    if (!m_session)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a CSAF 2.0 document"), QString(), tr("CSAF documents (*.json)"));
    if (!path.isEmpty())
        importCsaf(path);
}

bool AdvisoryPage::importCsaf(const QString& path)
{
    if (!m_session)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(tr("Cannot read “%1”: %2.").arg(path, file.errorString()), true);
        return false;
    }
    auto read = CsafReader::read(file.readAll());
    if (!read) {
        setMessage(tr("Not imported: %1").arg(read.error().toString()), true);
        return false;
    }
    auto created = storeOf(*m_session).create(read->advisory);
    if (!created) {
        setMessage(tr("Not imported: %1").arg(created.error().toString()), true);
        return false;
    }
    m_current = *created;
    reload();
    select(created->id);
    QString text = tr("Created %1 from %2 of %3.")
                       .arg(created->identifier, created->provenance.trackingId, created->provenance.publisher);
    for (const QString& warning : std::as_const(read->warnings))
        text += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
    setMessage(text, false);
    return true;
}

void AdvisoryPage::askPublish()
{
    if (!canPublish())
        return;
    auto teamKey = OwnTeam(m_session->vault()).signingKey();
    PublishDialog dialog(m_current, teamKey && !teamKey->isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    publishTo(dialog.folder(), dialog.status(), dialog.revisionSummary(), dialog.sign());
}

void AdvisoryPage::publishTo(const QString& folder, AdvisoryStatus status, const QString& revisionSummary, bool sign)
{
    if (!canPublish())
        return;
    if (m_dirty && !save())
        return;
    const AdvisoryPublishRequest request{{m_current.id, status, revisionSummary, folder, sign},
                                         m_session->actor(),
                                         m_session->clock().nowUtc(),
                                         KeyPassphrasePrompt::callback(this)};
    m_publishing = true;
    updateButtons();
    setMessage(tr("Publishing %1 and writing its files…").arg(m_current.identifier), false);
    m_publishJob->start<PublishedRevision>(
        m_session->vault(),
        [request](Vault& vault, JobControl& control) { return AdvisoryPublishJob::run(vault, request, control); },
        [this](AdvisoryPublishOutcome outcome) { finishPublish(outcome); });
}

void AdvisoryPage::finishPublish(const AdvisoryPublishOutcome& outcome)
{
    m_publishing = false;
    if (!outcome) {
        updateButtons();
        setMessage(tr("Not published: %1").arg(outcome.error().toString()), true);
        Q_EMIT publishFinished({}, outcome.error().toString());
        return;
    }
    if (m_session) {
        m_current = outcome->advisory;
        reload();
    }
    updateButtons();
    if (!outcome->files) {
        setMessage(tr("Published, but the files were not written: %1").arg(outcome->files.error().toString()), true);
        Q_EMIT publishFinished({}, outcome->files.error().toString());
        return;
    }
    const bool pdfError = !outcome->pdf;
    const int count = int(outcome->files->size());
    setMessage(pdfError ? tr("Wrote %n file(s); the PDF could not be laid out.", nullptr, count)
                        : tr("Wrote %n file(s).", nullptr, count),
               pdfError);
    Q_EMIT publishFinished(*outcome->files, {});
}

} // namespace fb
