// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailTemplates.h"

#include "core/vault/SettingsStore.h"
#include "tests/core/mail/MailTestSupport.h"

using namespace fb;
using namespace fb::test;

TEST_CASE("Built-in mail templates load and fill every placeholder", "[mail][templates]")
{
    MailWorkspace w;
    MailTemplates templates(*w.vault);
    const QStringList names = MailTemplates::names();
    REQUIRE(names.contains(QStringLiteral("reply-reporter")));
    REQUIRE(names.contains(QStringLiteral("notify-team")));
    REQUIRE(names.contains(QStringLiteral("investigation-request")));
    const TemplateValues values{QStringLiteral("[CERT-XX #42]"),     QStringLiteral("Phishing {team} wave"),
                                QStringLiteral("TLP:AMBER"),         QStringLiteral("Rita Reporter"),
                                QStringLiteral("CERT-XX"),           QStringLiteral("Dear Rita Reporter,"),
                                QStringLiteral("  ipv4   192.0.2.1")};
    for (const QString& name : names) {
        INFO(name.toStdString());
        auto loaded = templates.load(name);
        REQUIRE(loaded);
        CHECK_FALSE(loaded->edited);
        CHECK_FALSE(loaded->subject.isEmpty());
        CHECK(MailTemplates::unknownPlaceholders(MailTemplates::toText(*loaded)).isEmpty());
        const MailTemplate filled = MailTemplates::fill(*loaded, values);
        CHECK(filled.body.contains(QStringLiteral("[CERT-XX #42]")));
        CHECK(filled.body.contains(QStringLiteral("TLP:AMBER")));
        CHECK(filled.body.contains(QStringLiteral("CERT-XX")));
        // Replaced once: a value that looks like a placeholder stays as it is.
        CHECK_FALSE(filled.body.contains(QStringLiteral("{ticket}")));
        CHECK_FALSE(filled.body.contains(QStringLiteral("{tlp}")));
        CHECK_FALSE(filled.body.contains(QStringLiteral("{greeting}")));
    }
    const MailTemplate reply = MailTemplates::fill(*templates.load(QStringLiteral("reply-reporter")), values);
    CHECK(reply.subject == QStringLiteral("Re: Phishing {team} wave"));
    CHECK(reply.body.startsWith(QStringLiteral("Dear Rita Reporter,")));
    const MailTemplate investigate = MailTemplates::fill(*templates.load(QStringLiteral("investigate-team")), values);
    CHECK(investigate.body.contains(QStringLiteral("\n  ipv4   192.0.2.1\n")));
    CHECK(MailTemplates::unknownPlaceholders(QStringLiteral("{observables} {incident}")) ==
          QStringList{QStringLiteral("incident")});
}

TEST_CASE("A workspace keeps its own edited template and reset brings back the built-in one", "[mail][templates]")
{
    MailWorkspace w;
    MailTemplates templates(*w.vault);
    auto original = templates.load(QStringLiteral("notify-team"));
    REQUIRE(original);

    MailTemplate edited = *original;
    edited.subject = QStringLiteral("Heads-up {ticket}");
    edited.body = QStringLiteral("Hello {reporter},\nshort and sweet.\n{team}\n");
    REQUIRE(templates.save(edited));
    auto stored = SettingsStore(*w.vault).value(QStringLiteral("mail.template.notify-team"));
    REQUIRE(stored);
    REQUIRE(*stored);
    auto again = templates.load(QStringLiteral("notify-team"));
    REQUIRE(again);
    CHECK(again->edited);
    CHECK(again->subject == edited.subject);
    CHECK(again->body == edited.body);

    SECTION("an unknown placeholder is refused by name and nothing is stored")
    {
        MailTemplate bad = edited;
        bad.body = QStringLiteral("Dear {recipient},\n");
        auto status = templates.save(bad);
        REQUIRE_FALSE(status);
        CHECK(status.error().code == ErrorCode::BadInput);
        CHECK(status.error().message.contains(QStringLiteral("{recipient}")));
        CHECK(templates.load(QStringLiteral("notify-team"))->body == edited.body);
    }
    SECTION("reset")
    {
        REQUIRE(templates.reset(QStringLiteral("notify-team")));
        auto builtin = templates.load(QStringLiteral("notify-team"));
        REQUIRE(builtin);
        CHECK_FALSE(builtin->edited);
        CHECK(builtin->body == original->body);
    }
    SECTION("an unknown template is not found")
    {
        auto missing = templates.load(QStringLiteral("no-such"));
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == ErrorCode::NotFound);
        MailTemplate other = edited;
        other.name = QStringLiteral("no-such");
        CHECK_FALSE(templates.save(other));
    }
}

TEST_CASE("Template text without a Subject line is all body", "[mail][templates]")
{
    const MailTemplate t = MailTemplates::parse(QStringLiteral("x"), QStringLiteral("Just text\nwith {title}"));
    CHECK(t.subject.isEmpty());
    CHECK(t.body == QStringLiteral("Just text\nwith {title}"));
    const MailTemplate round = MailTemplates::parse(
        QStringLiteral("x"), MailTemplates::toText(MailTemplate{QStringLiteral("x"), QStringLiteral("S {tlp}"),
                                                                QStringLiteral("B\n"), false}));
    CHECK(round.subject == QStringLiteral("S {tlp}"));
    CHECK(round.body == QStringLiteral("B\n"));
}
