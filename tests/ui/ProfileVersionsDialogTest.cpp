// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/profile/ProfileFixture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/profile/ProfileSideBySideView.h"
#include "ui/profile/ProfileVersionsDialog.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

ProfileVersion versionOf(int number, TeamProfile profile)
{
    ProfileVersion v;
    v.language = QStringLiteral("en");
    v.version = number;
    v.publishedAt = QDateTime(QDate(2026, 3, number), QTime(10, 0), Qt::UTC);
    v.signer = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    v.profile = std::move(profile);
    return v;
}

// Versions 1 and 2 of the sample profile; version 2 has another text in 3.1. Newest first, as the store gives them.
QList<ProfileVersion> twoVersions()
{
    TeamProfile newer = sampleProfile();
    newer.text.insert(QStringLiteral("3.1"), QStringLiteral("CERT-XX protects the schools."));
    return {versionOf(2, newer), versionOf(1, sampleProfile())};
}

qsizetype rowContaining(const QStringList& rows, const QString& text)
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).contains(text))
            return i;
    return -1;
}

} // namespace

TEST_CASE("Side by side, a change in 3.1 shows the old line left and the new line right on the same row",
          "[ui][profile]")
{
    ProfileVersionsDialog dialog(twoVersions());
    REQUIRE(dialog.compare(1, 2));
    const QStringList left = dialog.sideBySide()->leftRows();
    const QStringList right = dialog.sideBySide()->rightRows();
    REQUIRE(left.size() == right.size());

    const qsizetype oldRow = rowContaining(left, QStringLiteral("CERT-XX helps the public sector"));
    REQUIRE(oldRow >= 0);
    // Aligned: the new text faces the old one, and each carries its marker in the gutter, not only a colour.
    CHECK(right.at(oldRow).contains(QStringLiteral("CERT-XX protects the schools.")));
    CHECK(left.at(oldRow).contains(QStringLiteral(" - ")));
    CHECK(right.at(oldRow).contains(QStringLiteral(" + ")));
    CHECK(rowContaining(right, QStringLiteral("CERT-XX helps")) < 0);
    CHECK(rowContaining(left, QStringLiteral("CERT-XX protects")) < 0);

    // Unchanged lines stay on the same row on both sides and carry no marker.
    const qsizetype same = rowContaining(left, QStringLiteral("Europe/Berlin (CET/CEST)"));
    REQUIRE(same >= 0);
    CHECK(right.at(same) == left.at(same));
    CHECK_FALSE(left.at(same).contains(QStringLiteral(" - ")));

    // The old 3.1 wraps over more lines than the new one: the right side is padded with empty rows, and the
    // next section starts on the same row on both sides.
    const qsizetype next = rowContaining(left, QStringLiteral("The federal administration"));
    REQUIRE(next > oldRow);
    CHECK(rowContaining(right, QStringLiteral("The federal administration")) == next);

    // The changed rows are highlighted as well.
    const auto* leftView = child<QPlainTextEdit>(&dialog, "oldSideTextEdit");
    const auto* rightView = child<QPlainTextEdit>(&dialog, "newSideTextEdit");
    CHECK_FALSE(leftView->extraSelections().isEmpty());
    CHECK_FALSE(rightView->extraSelections().isEmpty());
    CHECK(leftView->isReadOnly());
    CHECK(rightView->isReadOnly());

    // The unified diff is still there, in the second tab.
    auto* tabs = child<QTabWidget>(&dialog, "diffTabs");
    REQUIRE(tabs->count() == 2);
    CHECK(dialog.diffText().contains(QStringLiteral("+++ version 2")));
}

TEST_CASE("Side by side, the same version on both sides shows no change", "[ui][profile]")
{
    ProfileVersionsDialog dialog(twoVersions());
    REQUIRE(dialog.compare(2, 2));
    CHECK(dialog.sideBySide()->leftRows() == dialog.sideBySide()->rightRows());
    CHECK(child<QPlainTextEdit>(&dialog, "oldSideTextEdit")->extraSelections().isEmpty());
    CHECK(dialog.diffText().contains(QStringLiteral("same text")));
}

TEST_CASE("Side by side without any published version shows the message", "[ui][profile]")
{
    ProfileVersionsDialog dialog({});
    CHECK(dialog.sideBySide()->leftRows().join(QLatin1Char('\n')).contains(QStringLiteral("published")));
}

// Renders the dialog for a look: FB_SCREENSHOT=path test-ui "[.screenshot]".
TEST_CASE("Profile versions dialog screenshot", "[.screenshot][versions]")
{
    ProfileVersionsDialog dialog(twoVersions());
    REQUIRE(dialog.compare(1, 2));
    dialog.show();
    QTest::qWait(50);
    const QString path =
        qEnvironmentVariable("FB_SCREENSHOT", QDir::tempPath() + QStringLiteral("/profile-versions.png"));
    CHECK(dialog.grab().save(path));
}
