// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: firebreak-cli directory dlist ...: lists of teams and people, the TLP each may receive, exit codes.
#include "tests/e2e/CliRunner.h"

#include <catch2/catch.hpp>

using namespace fb::test;

TEST_CASE("directory dlist add show list member-add member-remove")
{
    TempDir dir;
    CliRunner cli(dir);
    cli.ok(args({"init"}));
    cli.ok(args({"directory", "add", "CERT Amber", "--short", "CERT-AM", "--set", "highest_tlp=amber", "--email",
                 "cert@am.example.org"}));
    cli.ok(args({"directory", "add", "Ines Herit", "--person", "--team", "CERT-AM", "--email", "ines@am.example.org"}));
    cli.ok(args({"directory", "add", "Olga Wn", "--person", "--highest-tlp", "red"}));
    CHECK(cli.run(args({"directory", "add", "Pat Ink", "--person", "--highest-tlp", "pink"})).exitCode == 2);

    const CliResult added =
        cli.run(args({"directory", "dlist", "add", "isps", "--description", "Providers", "--json"}));
    REQUIRE(added.exitCode == 0);
    CHECK(added.object().value(QStringLiteral("id")).toInteger() == 1);
    cli.ok(args({"directory", "dlist", "member-add", "isps", "--team", "CERT-AM", "--person", "Ines Herit", "--person",
                 "Olga Wn"}));

    const QJsonObject shown =
        QJsonDocument::fromJson(cli.ok(args({"directory", "dlist", "show", "ISPS", "--json"}))).object();
    CHECK(shown.value(QStringLiteral("description")).toString() == QStringLiteral("Providers"));
    const QJsonArray members = shown.value(QStringLiteral("members")).toArray();
    REQUIRE(members.size() == 3);
    CHECK(members[0].toObject().value(QStringLiteral("address")).toString() == QStringLiteral("cert@am.example.org"));
    CHECK(members[0].toObject().value(QStringLiteral("highestTlp")).toString() == QStringLiteral("amber"));
    CHECK(members[1].toObject().value(QStringLiteral("highestTlp")).toString() == QStringLiteral("amber")); // inherited
    CHECK(members[1].toObject().value(QStringLiteral("tlpFrom")).toString() == QStringLiteral("CERT-AM"));
    CHECK(members[2].toObject().value(QStringLiteral("highestTlp")).toString() == QStringLiteral("red"));
    const QByteArray text = cli.ok(args({"directory", "dlist", "show", "1"}));
    CHECK(text.contains("TLP:AMBER"));
    CHECK(text.contains("(no e-mail)"));

    const QJsonArray lists = QJsonDocument::fromJson(cli.ok(args({"directory", "dlist", "list", "--json"}))).array();
    REQUIRE(lists.size() == 1);
    CHECK(lists[0].toObject().value(QStringLiteral("members")).toArray().size() == 3);

    // Errors: a second member-add with one duplicate adds nothing at all.
    cli.ok(args({"directory", "add", "Bo Th", "--person"}));
    const CliResult duplicate =
        cli.run(args({"directory", "dlist", "member-add", "isps", "--person", "Bo Th", "--team", "CERT-AM"}));
    CHECK(duplicate.exitCode == 4);
    CHECK(duplicate.err.contains("CERT-AM"));
    CHECK(QJsonDocument::fromJson(cli.ok(args({"directory", "dlist", "show", "isps", "--json"})))
              .object()
              .value(QStringLiteral("members"))
              .toArray()
              .size() == 3);
    CHECK(cli.run(args({"directory", "dlist", "add", "ISPs"})).exitCode == 4);
    CHECK(cli.run(args({"directory", "dlist", "show", "nope"})).exitCode == 4);
    CHECK(cli.run(args({"directory", "dlist", "member-add", "isps", "--team", "NOPE"})).exitCode == 4);
    CHECK(cli.run(args({"directory", "dlist", "member-add", "isps"})).exitCode == 1);
    CHECK(cli.run(args({"directory", "dlist", "frobnicate"})).exitCode == 1);
    CHECK(cli.run(args({"directory", "dlist"})).exitCode == 1);
    CHECK(cli.run(args({"directory", "dlist", "add", "7"})).exitCode == 2);

    cli.ok(args({"directory", "dlist", "member-remove", "isps", "--person", "Olga Wn"}));
    CHECK(cli.run(args({"directory", "dlist", "member-remove", "isps", "--person", "Olga Wn"})).exitCode == 4);
    cli.ok(args({"directory", "dlist", "remove", "isps"}));
    CHECK(QJsonDocument::fromJson(cli.ok(args({"directory", "dlist", "list", "--json"}))).array().isEmpty());
    CHECK(cli.ok(args({"directory", "dlist", "--help"})).contains("member-add"));
}
