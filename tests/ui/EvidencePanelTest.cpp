// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/EvidencePanel.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/main/EmptyState.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketRelationsPanel.h"
#include "ui/ticket/TicketView.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace fb;
using namespace fb::test;

namespace {

struct Evidence
{
    Evidence()
    {
        view.setSession(f.session.get());
        view.actions()->setPrompts(prompts.prompts());
        view.resize(1200, 800);
        view.show();
        relations = view.findChild<TicketRelationsPanel*>();
        panel = view.findChild<EvidencePanel*>();
        REQUIRE((relations && panel));
        relations->setCurrentWidget(panel);
        list = panel->findChild<QTreeWidget*>(QStringLiteral("evidenceTreeWidget"));
        empty = panel->findChild<EmptyState*>(QStringLiteral("evidenceEmptyState"));
        add = panel->findChild<QPushButton*>(QStringLiteral("addEvidenceButton"));
        exportButton = panel->findChild<QPushButton*>(QStringLiteral("exportEvidenceButton"));
        remove = panel->findChild<QPushButton*>(QStringLiteral("removeEvidenceButton"));
        copy = panel->findChild<QPushButton*>(QStringLiteral("copyEvidenceHashButton"));
        REQUIRE((list && empty && add && exportButton && remove && copy));
    }

    QString tabText() const { return relations->tabText(relations->indexOf(panel)); }
    QString file(const QString& name, const QByteArray& data) const
    {
        const QString path = f.dir.file(name);
        writeAll(path, data);
        return path;
    }
    void waitIdle() const
    {
        REQUIRE(QTest::qWaitFor([&]() { return !panel->busy(); }, 120000));
    }

    SessionFixture f;
    ScriptedPrompts prompts;
    TicketView view;
    TicketRelationsPanel* relations = nullptr;
    EvidencePanel* panel = nullptr;
    QTreeWidget* list = nullptr;
    EmptyState* empty = nullptr;
    QPushButton* add = nullptr;
    QPushButton* exportButton = nullptr;
    QPushButton* remove = nullptr;
    QPushButton* copy = nullptr;
};

} // namespace

TEST_CASE("The Evidence tab adds files as a job, lists them with a shortened SHA-256, copies and exports them")
{
    Evidence e;
    const qint64 id = e.f.make(TicketKind::Incident, QStringLiteral("Ransomware"));
    e.view.showTicket(id);
    CHECK(e.tabText() == QStringLiteral("Evidence"));
    CHECK(e.empty->isVisible());
    CHECK(e.empty->title() == QStringLiteral("No evidence yet"));
    CHECK(e.add->isEnabled());
    CHECK_FALSE(e.exportButton->isEnabled());
    CHECK_FALSE(e.remove->isEnabled());

    QByteArray large(3 * 1024 * 1024 + 5, 'x');
    const QString note = e.file(QStringLiteral("ransom-note.txt"), "Pay up.\n");
    const QString sample = e.file(QStringLiteral("sample.bin"), large);
    REQUIRE(e.panel->addFiles({note, sample}));
    CHECK(e.panel->busy());
    CHECK_FALSE(e.add->isEnabled()); // one job at a time
    e.waitIdle();
    REQUIRE(e.list->topLevelItemCount() == 2);
    CHECK(e.tabText() == QStringLiteral("Evidence (2)"));
    CHECK_FALSE(e.empty->isVisible());
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex());
    QTreeWidgetItem* row = e.list->topLevelItem(1);
    CHECK(row->text(0) == QStringLiteral("sample.bin"));
    CHECK(row->text(2) == sha.left(16) + QChar(0x2026));
    CHECK(row->toolTip(2).contains(sha));
    CHECK(row->text(3) == QStringLiteral("alice"));
    CHECK(row->text(1).endsWith(QStringLiteral("MiB")));
    CHECK(row->toolTip(1).endsWith(QStringLiteral(" bytes")));

    e.list->setCurrentItem(row);
    REQUIRE(e.copy->isEnabled());
    e.copy->click();
    CHECK(QApplication::clipboard()->text() == sha);

    // A folder is refused with the reason; nothing is added.
    REQUIRE(e.panel->addFiles({e.f.dir.path()}));
    e.waitIdle();
    CHECK(e.panel->message().contains(QStringLiteral("is a folder")));
    CHECK(e.list->topLevelItemCount() == 2);

    // Export into a new folder: the files and SHA256SUMS.
    const QString out = e.f.dir.file(QStringLiteral("out"));
    REQUIRE(e.panel->exportTo(out));
    e.waitIdle();
    CHECK(e.panel->message().contains(QStringLiteral("2 file(s) and SHA256SUMS written")));
    CHECK(QDir(out).entryList(QDir::Files, QDir::Name) ==
          QStringList({QStringLiteral("SHA256SUMS"), QStringLiteral("ransom-note.txt"), QStringLiteral("sample.bin")}));
    CHECK(readAll(QDir(out).filePath(QStringLiteral("SHA256SUMS")))
              .contains(QByteArray(sha.toLatin1() + "  sample.bin\n")));
}

TEST_CASE("Files dropped on the Evidence tab are added, removing asks first and keeps the record")
{
    Evidence e;
    const qint64 id = e.f.make(TicketKind::Incident, QStringLiteral("Phishing"));
    e.view.showTicket(id);
    const QString mail = e.file(QStringLiteral("phish.eml"), "From: x@example.org\r\n\r\nClick.");

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(mail)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(e.panel, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(e.panel, &drop);
    CHECK(drop.isAccepted());
    e.waitIdle();
    REQUIRE(e.list->topLevelItemCount() == 1);
    CHECK(e.list->topLevelItem(0)->text(0) == QStringLiteral("phish.eml"));

    e.list->setCurrentItem(e.list->topLevelItem(0));
    REQUIRE(e.remove->isEnabled());
    e.prompts.confirmAnswer = false;
    e.remove->click();
    CHECK(e.list->topLevelItemCount() == 1);
    REQUIRE(e.prompts.asked.size() == 1);
    CHECK(e.prompts.asked.first().contains(QStringLiteral("“phish.eml”")));
    e.prompts.confirmAnswer = true;
    CHECK(e.panel->removeSelected());
    CHECK(e.list->topLevelItemCount() == 0);
    CHECK(e.empty->isVisible());
    CHECK(e.tabText() == QStringLiteral("Evidence"));
    const auto all = e.f.session->stores().evidence.evidence(id, true).value();
    REQUIRE(all.size() == 1);
    CHECK(all.first().removedBy == QStringLiteral("alice"));

    // A merged report's evidence is read-only: no drop, no add.
    const qint64 kept = e.f.make(TicketKind::Report, QStringLiteral("Phish mail"));
    const qint64 duplicate = e.f.make(TicketKind::Report, QStringLiteral("Same phish mail"));
    REQUIRE(e.f.session->workflow().merge(kept, duplicate));
    e.view.showTicket(duplicate);
    CHECK_FALSE(e.add->isEnabled());
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(e.panel, &refused);
    CHECK_FALSE(refused.isAccepted());
}
