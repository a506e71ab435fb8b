// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryEditLog.h"

#include "tests/core/directory/DirectoryTestSupport.h"

#include <catch2/catch.hpp>

using namespace fb;
using namespace fb::test;

TEST_CASE("DirectoryEditLog writes create, update and delete rows and per-field edit times")
{
    DirectoryFixture f;
    DirectoryEditLog log(f.change(QStringLiteral("bob")), QStringLiteral("team"), QStringLiteral("name"));
    const FieldTexts created{{QStringLiteral("name"), QStringLiteral("CERT-A")},
                             {QStringLiteral("notes"), QString()},
                             {QStringLiteral("country"), QStringLiteral("DE")}};
    REQUIRE(log.created(7, QStringLiteral("CERT-A"), created, EditOrigin::Import));
    auto edits = log.fieldEdits(7);
    REQUIRE(edits);
    CHECK(edits->keys().size() == 2); // empty fields get no edit time
    CHECK_FALSE(edits->value(QStringLiteral("country")).byUser);

    f.clock.advanceSecs(30);
    FieldTexts changed = created;
    changed[1].second = QStringLiteral("Call first.");
    REQUIRE(log.changed(7, created, changed, EditOrigin::User));
    edits = log.fieldEdits(7);
    CHECK(edits->value(QStringLiteral("notes")).byUser);
    CHECK(edits->value(QStringLiteral("notes")).at == f.clock.nowUtc());
    CHECK_FALSE(edits->value(QStringLiteral("country")).byUser);

    REQUIRE(log.record(QStringLiteral("verify"), 7, QStringLiteral("verified_at"), std::nullopt, QStringLiteral("x")));
    REQUIRE(log.removed(7, QStringLiteral("CERT-A")));
    CHECK(log.fieldEdits(7)->isEmpty());

    auto history = log.history(7);
    REQUIRE(history);
    REQUIRE(history->size() == 4);
    CHECK((*history)[0].action == QStringLiteral("directory.team.create"));
    CHECK((*history)[0].field == QStringLiteral("team/7/name"));
    CHECK((*history)[0].actor == QStringLiteral("bob"));
    CHECK((*history)[1].action == QStringLiteral("directory.team.update"));
    CHECK((*history)[1].field == QStringLiteral("team/7/notes"));
    CHECK((*history)[1].oldValue.value_or(QStringLiteral("?")).isEmpty());
    CHECK((*history)[2].action == QStringLiteral("directory.team.verify"));
    CHECK((*history)[3].action == QStringLiteral("directory.team.delete"));
    CHECK((*history)[3].oldValue == QStringLiteral("CERT-A"));
    CHECK_FALSE((*history)[3].newValue.has_value());
    // Another entity's log does not see these rows.
    DirectoryEditLog people(f.change(QStringLiteral("bob")), QStringLiteral("person"), QStringLiteral("name"));
    CHECK(people.history(7)->isEmpty());
}
