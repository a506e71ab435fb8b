// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TimelinePanel.h"

#include "core/mail/MailImporter.h"
#include "tests/core/mail/MailTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/main/EmptyState.h"
#include "ui/ticket/CorrespondencePanel.h"
#include "ui/ticket/TicketRelationsPanel.h"
#include "ui/ticket/TicketView.h"
#include "ui/ticket/TimelineChart.h"
#include "ui/ticket/TimelineEventDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC);
}

struct Timeline
{
    Timeline()
    {
        view.setSession(f.session.get());
        view.resize(1200, 800);
        view.show();
        relations = view.findChild<TicketRelationsPanel*>();
        panel = view.findChild<TimelinePanel*>();
        REQUIRE((relations && panel));
        relations->setCurrentWidget(panel);
        table = child<QTableWidget>(panel, "timelineTableWidget");
        status = child<QLabel>(panel, "timelineStatusLabel");
        add = child<QPushButton>(panel, "addTimelineEventButton");
        edit = child<QPushButton>(panel, "editTimelineEventButton");
        remove = child<QPushButton>(panel, "removeTimelineEventButton");
        importButton = child<QPushButton>(panel, "importTimelineButton");
        exportButton = child<QPushButton>(panel, "exportTimelineButton");
        empty = child<EmptyState>(panel, "timelineEmptyState");
        // The dialog's answer: the draft with what the test says.
        panel->setEventPrompt([this](QWidget*, const NewTimelineEvent& draft, bool editing) {
            drafts.append(draft);
            lastEditing = editing;
            if (!answer)
                return std::optional<NewTimelineEvent>();
            NewTimelineEvent event = draft;
            if (answer->occurredAt.isValid())
                event.occurredAt = answer->occurredAt;
            event.endedAt = answer->endedAt;
            if (!answer->title.isEmpty())
                event.title = answer->title;
            if (!answer->raw.isEmpty())
                event.raw = answer->raw;
            return std::optional<NewTimelineEvent>(event);
        });
        panel->setPathPrompt([this](QWidget*, bool) { return path; });
    }

    qint64 incident() { return f.make(TicketKind::Incident, QStringLiteral("Web shell")); }
    QString tabText() const { return relations->tabText(relations->indexOf(panel)); }
    QString cell(int row, int column) const { return table->item(row, column)->text(); }
    void writeCsv(const QByteArray& data)
    {
        path = f.dir.file(QStringLiteral("events.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }

    SessionFixture f;
    TicketView view;
    TicketRelationsPanel* relations = nullptr;
    TimelinePanel* panel = nullptr;
    QTableWidget* table = nullptr;
    QLabel* status = nullptr;
    QPushButton* add = nullptr;
    QPushButton* edit = nullptr;
    QPushButton* remove = nullptr;
    QPushButton* importButton = nullptr;
    QPushButton* exportButton = nullptr;
    EmptyState* empty = nullptr;
    std::optional<NewTimelineEvent> answer;
    QList<NewTimelineEvent> drafts;
    bool lastEditing = false;
    QString path;
};

} // namespace

TEST_CASE_METHOD(Timeline,
                 "Events added by hand show in the table by time and on the chart, and are changed and removed",
                 "[ui][ticket][timeline]")
{
    const qint64 id = incident();
    view.showTicket(id);
    CHECK(table->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(tabText() == QStringLiteral("Timeline"));
    CHECK(add->isEnabled());
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(exportButton->isEnabled());

    answer = NewTimelineEvent{};
    answer->occurredAt = utc(2, 10);
    answer->title = QStringLiteral("Web shell uploaded");
    answer->raw = QStringLiteral("POST /upload.php from 203.0.113.50");
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(drafts.size() == 1);
    CHECK_FALSE(lastEditing);
    CHECK(drafts.first().source == QStringLiteral("by hand"));
    CHECK(drafts.first().occurredAt == f.clock.nowUtc());
    CHECK(status->text() == QStringLiteral("1 observable(s) added to the ticket."));
    answer->occurredAt = utc(1, 22);
    answer->endedAt = utc(1, 23, 30);
    answer->title = QStringLiteral("First scan");
    answer->raw.clear();
    NewTimelineEvent someDraft;
    someDraft.occurredAt = utc(1, 1);
    someDraft.source = QStringLiteral("by hand");
    REQUIRE(panel->addEvent(someDraft));

    REQUIRE(table->rowCount() == 2);
    CHECK_FALSE(empty->isVisible());
    CHECK(cell(0, TimelinePanel::WhatColumn) == QStringLiteral("First scan"));
    CHECK(cell(1, TimelinePanel::WhatColumn) == QStringLiteral("Web shell uploaded"));
    CHECK(cell(0, TimelinePanel::EndColumn).isEmpty() == false);
    CHECK(tabText() == QStringLiteral("Timeline (2)"));
    CHECK(f.get(id).observables.size() == 1);
    // Sorted by another column and back by time.
    table->sortByColumn(TimelinePanel::WhatColumn, Qt::DescendingOrder);
    CHECK(cell(0, TimelinePanel::WhatColumn) == QStringLiteral("Web shell uploaded"));
    table->sortByColumn(TimelinePanel::TimeColumn, Qt::AscendingOrder);
    CHECK(cell(0, TimelinePanel::WhatColumn) == QStringLiteral("First scan"));

    // The chart: a dot per event, the span drawn, hours as buckets for a day and a half.
    TimelineChart* chart = panel->chart();
    CHECK(chart->points().size() == 2);
    CHECK(chart->spanCount() == 1);
    CHECK(chart->bucketSeconds() == 3600);

    // Change the selected one, then remove it.
    table->selectRow(1);
    CHECK(edit->isEnabled());
    answer = NewTimelineEvent{};
    answer->title = QStringLiteral("Web shell found");
    QTest::mouseClick(edit, Qt::LeftButton);
    CHECK(lastEditing);
    CHECK(drafts.last().title == QStringLiteral("Web shell uploaded"));
    CHECK(cell(1, TimelinePanel::WhatColumn) == QStringLiteral("Web shell found"));
    table->selectRow(0);
    QTest::mouseClick(remove, Qt::LeftButton);
    REQUIRE(table->rowCount() == 1);
    CHECK(cell(0, TimelinePanel::WhatColumn) == QStringLiteral("Web shell found"));
    CHECK(f.session->stores().timeline.events(id).value().size() == 1);
    const auto history = f.session->tickets().history().forTicket(id).value();
    CHECK(history.last().action == QStringLiteral("timeline"));
    CHECK(history.last().field == QStringLiteral("remove"));

    // A cancelled dialog adds nothing.
    answer.reset();
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(table->rowCount() == 1);

    // Exported as CSV.
    path = f.dir.file(QStringLiteral("out.csv"));
    REQUIRE(exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFile out(path);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(
        out.readAll().startsWith("time,end,what,description,source,raw\r\n2026-03-02T10:00:00.000Z,,Web shell found"));
    CHECK(status->text().contains(QStringLiteral("1 event(s) written")));
}

TEST_CASE_METHOD(Timeline, "A CSV import runs as a job, a bad file shows its row and column and adds nothing",
                 "[ui][ticket][timeline]")
{
    const qint64 id = incident();
    view.showTicket(id);
    writeCsv("time,what\r\n2026-03-01T10:00:00Z,ok\r\n2026-03-01T11:00:00,no zone\r\n");
    QTest::mouseClick(importButton, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&]() { return !panel->isImporting(); }, 120000));
    CHECK(panel->statusText().startsWith(QStringLiteral("Nothing was imported: Row 3, column 1 (time)")));
    CHECK(table->rowCount() == 0);
    CHECK(f.session->stores().timeline.events(id).value().isEmpty());

    // Many events over weeks: days as buckets, every event a dot.
    QByteArray csv = "time,what,source,raw,analyst\r\n";
    for (int i = 0; i < 600; ++i)
        csv += QDateTime(QDate(2026, 2, 1).addDays(i % 30), QTime(i % 24, 0), Qt::UTC).toString(Qt::ISODate).toUtf8() +
               ",event " + QByteArray::number(i) + ",ids,alert from 198.51.100." + QByteArray::number(i % 3) +
               ",bob\r\n";
    writeCsv(csv);
    panel->importCsv();
    CHECK(panel->isImporting());
    CHECK_FALSE(importButton->isEnabled());
    REQUIRE(QTest::qWaitFor([&]() { return !panel->isImporting(); }, 120000));
    INFO(panel->statusText().toStdString());
    CHECK(panel->statusText() ==
          QStringLiteral("600 event(s) imported. 3 observable(s) added to the ticket. Columns not read: analyst."));
    CHECK(table->rowCount() == 600);
    CHECK(tabText() == QStringLiteral("Timeline (600)"));
    CHECK(panel->chart()->points().size() == 600);
    CHECK(panel->chart()->bucketSeconds() == 86400);
    CHECK(f.get(id).observables.size() == 3);
}

TEST_CASE_METHOD(Timeline,
                 "Add to timeline from a message takes its date, subject and sender, from an observable its value",
                 "[ui][ticket][timeline]")
{
    MailImporter importer(ChangeContext{f.session->vault(), f.clock, QStringLiteral("alice")});
    auto imported = importer.importBytes(
        plainMessage("scan-1@isp.example.net", "Scans from 192.0.2.7", "Scans from 192.0.2.7 all night.\n"),
        QStringLiteral("test"));
    REQUIRE(imported);
    const qint64 id = imported->ticketId;
    view.showTicket(id);
    auto* correspondence = relations->correspondence();
    relations->setCurrentWidget(correspondence);
    auto* toTimeline = child<QPushButton>(correspondence, "messageToTimelineButton");
    REQUIRE(toTimeline->isEnabled());
    answer = NewTimelineEvent{};
    QTest::mouseClick(toTimeline, Qt::LeftButton);
    REQUIRE(drafts.size() == 1);
    CHECK(relations->currentWidget() == panel);
    const NewTimelineEvent& draft = drafts.first();
    CHECK(draft.title == QStringLiteral("Scans from 192.0.2.7"));
    CHECK(draft.occurredAt == utc(2, 9));
    CHECK(draft.source.startsWith(QStringLiteral("mail #")));
    CHECK(draft.source.contains(QStringLiteral(" from ")));
    CHECK(draft.source.contains(QStringLiteral("reporter@isp.example.net")));
    CHECK(draft.raw.contains(QStringLiteral("all night")));
    REQUIRE(draft.messageId);
    const auto events = f.session->stores().timeline.events(id).value();
    REQUIRE(events.size() == 1);
    CHECK(events.first().event.messageId == draft.messageId);
    CHECK(cell(0, TimelinePanel::SourceColumn) == draft.source);

    // From the observables tab.
    auto* fromObservable = child<QPushButton>(relations, "observableToTimelineButton");
    REQUIRE(fromObservable->isEnabled());
    QTest::mouseClick(fromObservable, Qt::LeftButton);
    REQUIRE(drafts.size() == 2);
    CHECK(drafts.last().observable.has_value());
    CHECK(drafts.last().title.contains(QStringLiteral("192.0.2.7")));
    CHECK(f.session->stores().timeline.events(id).value().size() == 2);
}

TEST_CASE("The event dialog refuses an end before the start and says why", "[ui][ticket][timeline]")
{
    NewTimelineEvent draft;
    draft.occurredAt = utc(2, 10);
    draft.title = QStringLiteral("Exfiltration");
    TimelineEventDialog dialog(draft, false);
    dialog.show();
    auto* hasEnd = child<QCheckBox>(&dialog, "timelineEndCheckBox");
    auto* end = child<QDateTimeEdit>(&dialog, "timelineEndDateTimeEdit");
    auto* error = child<QLabel>(&dialog, "timelineEventErrorLabel");
    CHECK_FALSE(end->isEnabled());
    hasEnd->setChecked(true);
    CHECK(end->isEnabled());
    end->setDateTime(utc(2, 9).toLocalTime());
    dialog.accept();
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("before it begins")));
    CHECK(dialog.result() != QDialog::Accepted);

    end->setDateTime(utc(2, 11).toLocalTime());
    child<QLineEdit>(&dialog, "timelineWhatLineEdit")->setText(QStringLiteral("  "));
    dialog.accept();
    CHECK(error->text().contains(QStringLiteral("title")));

    child<QLineEdit>(&dialog, "timelineWhatLineEdit")->setText(QStringLiteral("Exfiltration"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.event().endedAt == utc(2, 11));
    CHECK(dialog.event().occurredAt == utc(2, 10));
}
