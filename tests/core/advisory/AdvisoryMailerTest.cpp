// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryMailer.h"
#include "core/directory/PersonStore.h"
#include "core/directory/TeamStore.h"
#include "core/directory/DistributionListStore.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailComposer.h"
#include "tests/core/advisory/AdvisoryFixture.h"
#include "tests/core/crypto/GpgTestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

// PGP/MIME signing comes with MailKeys (branch mailpgp); remove the guard after merging.
#include "core/mail/MailKeys.h"

using namespace fb;

namespace {

Channel email(const QString& address)
{
    Channel c;
    c.kind = ChannelKind::Email;
    c.value = address;
    return c;
}

// Our team, and a list "partners": CERT-AM (up to AMBER), CERT-GR (up to GREEN), Ines (inherits AMBER from
// CERT-AM), Una (no level anywhere).
struct MailerFixture : test::AdvisoryFixture
{
    MailerFixture()
    {
        TeamStore directory(ChangeContext{*vault, clock, QStringLiteral("alice")});
        PersonStore people(ChangeContext{*vault, clock, QStringLiteral("alice")});
        Team us;
        us.officialName = QStringLiteral("Firebreak Test CERT");
        us.shortName = QStringLiteral("CERT-FB");
        us.website = QStringLiteral("https://cert.example.org");
        us.channels = {email(QStringLiteral("cert@cert.example.org"))};
        const qint64 usId = ok(directory.addTeam(us));
        REQUIRE(OwnTeam(*vault).setTeam(usId));
        amberTeam =
            addTeam(directory, QStringLiteral("CERT-AM"), QStringLiteral("cert@am.example.org"), TlpLevel::Amber);
        greenTeam =
            addTeam(directory, QStringLiteral("CERT-GR"), QStringLiteral("cert@gr.example.org"), TlpLevel::Green);
        Person ines;
        ines.name = QStringLiteral("Ines Herit");
        ines.channels = {email(QStringLiteral("ines@am.example.org"))};
        ines.memberships = {{amberTeam, {}, {}, {}}};
        inesId = ok(people.addPerson(ines));
        Person una;
        una.name = QStringLiteral("Una Set");
        una.channels = {email(QStringLiteral("una@example.org"))};
        unaId = ok(people.addPerson(una));

        DistributionListStore lists(ChangeContext{*vault, clock, QStringLiteral("alice")});
        partners = ok(lists.create(QStringLiteral("partners")));
        for (const DistributionListMember& m :
             QList<DistributionListMember>{{amberTeam, 0, {}}, {greenTeam, 0, {}}, {0, inesId, {}}, {0, unaId, {}}})
            REQUIRE(lists.addMember(partners, m));
        amberOnly = ok(lists.create(QStringLiteral("amber-cleared")));
        REQUIRE(lists.addMember(amberOnly, {amberTeam, 0, {}}));
        REQUIRE(lists.addMember(amberOnly, {0, inesId, {}}));
        REQUIRE(ok(lists.create(QStringLiteral("empty"))) > 0);
    }

    template <typename T>
    static T ok(Result<T> result)
    {
        INFO((result ? QString() : result.error().toString()).toStdString());
        REQUIRE(result);
        return std::move(*result);
    }

    qint64 addTeam(TeamStore& directory, const QString& name, const QString& address, TlpLevel level)
    {
        Team t;
        t.officialName = name + QStringLiteral(" official");
        t.shortName = name;
        t.channels = {email(address)};
        t.highestTlp = level;
        return ok(directory.addTeam(t));
    }

    Advisory advisory(TlpLevel tlp)
    {
        Advisory a = test::sampleAdvisory();
        a.tlp = tlp;
        return a;
    }

    qint64 amberTeam = 0;
    qint64 greenTeam = 0;
    qint64 inesId = 0;
    qint64 unaId = 0;
    qint64 partners = 0;
    qint64 amberOnly = 0;
};

ListRecipient recipient(std::optional<TlpLevel> level)
{
    ListRecipient r;
    r.name = QStringLiteral("R");
    r.address = QStringLiteral("r@example.org");
    r.highestTlp = level;
    return r;
}

} // namespace

TEST_CASE("AdvisoryMailer: the TLP gate lets a label through only to recipients cleared for it")
{
    using L = TlpLevel;
    const auto [label, level, allowed] = GENERATE(table<L, std::optional<L>, bool>({
        {L::Clear, std::nullopt, true},
        {L::Green, std::nullopt, true},
        {L::Green, L::Clear, true}, // GREEN goes to the whole list: the gate is for labels above it
        {L::Amber, std::nullopt, false},
        {L::Amber, L::Green, false},
        {L::Amber, L::Amber, true},
        {L::Amber, L::Red, true},
        {L::AmberStrict, L::Amber, false},
        {L::AmberStrict, L::AmberStrict, true},
        {L::Red, L::AmberStrict, false},
        {L::Red, L::Red, true},
    }));
    INFO(Tlp::label(label).toStdString() << " to " << (level ? Tlp::label(*level).toStdString() : "unset"));
    CHECK(AdvisoryMailer::mayReceive(label, recipient(level)) == allowed);
}

TEST_CASE("AdvisoryMailer: TLP:AMBER to a mixed list is refused as a whole, naming each refused recipient")
{
    MailerFixture f;
    MailComposer composer(f.change());
    AdvisoryMailer mailer(f.change());
    auto sent = mailer.compose(f.advisory(TlpLevel::Amber), QStringLiteral("partners"), composer, {});
    REQUIRE_FALSE(sent);
    CHECK(sent.error().code == ErrorCode::Conflict);
    const QString message = sent.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("CERT-GR (up to TLP:GREEN)")));
    CHECK(message.contains(QStringLiteral("Una Set (no TLP level set)")));
    CHECK_FALSE(message.contains(QStringLiteral("CERT-AM")));
    CHECK_FALSE(message.contains(QStringLiteral("Ines")));
    CHECK(message.contains(QStringLiteral("partners")));

    // TLP:RED: even the AMBER-cleared are refused, by name.
    auto red = mailer.compose(f.advisory(TlpLevel::Red), QStringLiteral("amber-cleared"), composer, {});
    REQUIRE_FALSE(red);
    CHECK(red.error().code == ErrorCode::Conflict);
    CHECK(red.error().message.contains(QStringLiteral("CERT-AM (up to TLP:AMBER)")));
    CHECK(red.error().message.contains(QStringLiteral("Ines Herit (up to TLP:AMBER)")));

    // No list, an empty list.
    CHECK(mailer.compose(f.advisory(TlpLevel::Green), QStringLiteral("nope"), composer, {}).error().code ==
          ErrorCode::NotFound);
    CHECK(mailer.compose(f.advisory(TlpLevel::Green), QStringLiteral("empty"), composer, {}).error().code ==
          ErrorCode::BadInput);
}

TEST_CASE("AdvisoryMailer: drafts and advisories whose CSAF document is refused are not mailed")
{
    MailerFixture f;
    MailComposer composer(f.change());
    AdvisoryMailer mailer(f.change());
    Advisory draft = f.advisory(TlpLevel::Green);
    draft.status = AdvisoryStatus::Draft;
    draft.version = QStringLiteral("0");
    draft.revisions = {{QStringLiteral("0"), f.clock.nowUtc(), QStringLiteral("Draft created.")}};
    auto refused = mailer.compose(draft, QStringLiteral("partners"), composer, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().where == QStringLiteral("status"));
    CHECK(refused.error().message.contains(QStringLiteral("draft")));

    Advisory noProducts = f.advisory(TlpLevel::Green);
    noProducts.products.clear();
    auto incomplete = mailer.compose(noProducts, QStringLiteral("partners"), composer, {});
    REQUIRE_FALSE(incomplete);
    CHECK(incomplete.error().code == ErrorCode::Conflict);
    CHECK(incomplete.error().where == QStringLiteral("products"));
}

TEST_CASE("AdvisoryMailer: a member without an e-mail address stops the send, by name")
{
    MailerFixture f;
    PersonStore directory(f.change());
    Person silent;
    silent.name = QStringLiteral("Sil Ent");
    silent.highestTlp = TlpLevel::Red;
    const qint64 id = MailerFixture::ok(directory.addPerson(silent));
    DistributionListStore lists(f.change());
    REQUIRE(lists.addMember(f.amberOnly, {0, id, {}}));
    MailComposer composer(f.change());
    auto sent =
        AdvisoryMailer(f.change()).compose(f.advisory(TlpLevel::Amber), QStringLiteral("amber-cleared"), composer, {});
    REQUIRE_FALSE(sent);
    CHECK(sent.error().code == ErrorCode::BadInput);
    CHECK(sent.error().message.contains(QStringLiteral("Sil Ent")));
}

TEST_CASE("AdvisoryMailer: unsigned mail carries the TLP in the subject, the text and the CSAF document")
{
    MailerFixture f;
    MailComposer composer(f.change());
    AdvisoryMailer mailer(f.change());

    SECTION("TLP:GREEN goes to the whole list")
    {
        auto sent = mailer.compose(f.advisory(TlpLevel::Green), QStringLiteral("partners"), composer, {});
        INFO((sent ? QString() : sent.error().toString()).toStdString());
        REQUIRE(sent);
        CHECK(sent->subject ==
              QStringLiteral("TLP:GREEN FIREBREAK-2026-0001: Remote code execution in Example HTTP Server"));
        CHECK(sent->fromAddress == QStringLiteral("cert@cert.example.org"));
        // The members are blind copies: To is our own address, so no member sees the others.
        CHECK(sent->to == QStringLiteral("CERT-FB <cert@cert.example.org>"));
        const QByteArray blind = test::headerField(sent->raw, "Bcc");
        for (const char* address :
             {"cert@am.example.org", "cert@gr.example.org", "ines@am.example.org", "una@example.org"}) {
            CHECK(blind.contains(address));
            CHECK_FALSE(sent->to.contains(QString::fromLatin1(address)));
        }
        CHECK(sent->body.startsWith(QStringLiteral("TLP:GREEN\n")));
        // The label once at the top (not doubled by composer and text) and once at the bottom.
        CHECK(sent->body.count(QStringLiteral("TLP:GREEN")) == 2);
        CHECK(sent->body.startsWith(QStringLiteral("TLP:GREEN\n\n=====")));
        CHECK(sent->body.contains(QStringLiteral("CVE-2026-1234")));
        CHECK_FALSE(sent->isSigned);
        REQUIRE(sent->attachments.size() == 1);
        const MailAttachment& csaf = sent->attachments.first();
        CHECK(csaf.name == QStringLiteral("firebreak-2026-0001.json"));
        CHECK(csaf.mimeType == QStringLiteral("application/json"));
        const QJsonObject document =
            QJsonDocument::fromJson(csaf.content).object().value(QStringLiteral("document")).toObject();
        CHECK(document.value(QStringLiteral("publisher")).toObject().value(QStringLiteral("name")) ==
              QStringLiteral("Firebreak Test CERT"));
        CHECK(document.value(QStringLiteral("distribution"))
                  .toObject()
                  .value(QStringLiteral("tlp"))
                  .toObject()
                  .value(QStringLiteral("label")) == QStringLiteral("GREEN"));
    }
    SECTION("TLP:AMBER goes to a list whose members are all cleared for it, and only to them")
    {
        auto sent = mailer.compose(f.advisory(TlpLevel::Amber), QStringLiteral("amber-cleared"), composer, {});
        INFO((sent ? QString() : sent.error().toString()).toStdString());
        REQUIRE(sent);
        CHECK(sent->subject.startsWith(QStringLiteral("TLP:AMBER ")));
        const QByteArray blind = test::headerField(sent->raw, "Bcc");
        CHECK(blind.contains("cert@am.example.org"));
        CHECK(blind.contains("ines@am.example.org"));
        CHECK_FALSE(sent->raw.contains("gr.example.org"));
        CHECK_FALSE(sent->raw.contains("una@"));
    }
}

TEST_CASE("AdvisoryMailer: mail is PGP/MIME signed with the team key", "[pgpmime]")
{
    MailerFixture f;
    GnupgHome teamHome = test::makeHome();
    const QString teamKey = test::generateKey(teamHome, QStringLiteral("Firebreak Test CERT <cert@cert.example.org>"));
    MailComposer composer(f.change());
    MailKeys keys(test::makeHome(), std::move(teamHome), {});
    composer.setKeys(&keys);
    auto sent =
        AdvisoryMailer(f.change()).compose(f.advisory(TlpLevel::Green), QStringLiteral("partners"), composer, teamKey);
    INFO((sent ? QString() : sent.error().toString()).toStdString());
    REQUIRE(sent);
    CHECK(sent->raw.contains("Content-Type: multipart/signed"));
    CHECK(sent->raw.contains("protocol=\"application/pgp-signature\""));
    CHECK(sent->isSigned);
    CHECK(sent->signatureStatus == QStringLiteral("good"));
    CHECK(sent->signerFingerprint == teamKey);
    CHECK(sent->subject.startsWith(QStringLiteral("TLP:GREEN ")));
    // The CSAF document, and the detached signature the parser lists beside it.
    QStringList names;
    for (const MailAttachment& attachment : sent->attachments)
        names.append(attachment.name);
    CHECK(names == QStringList{QStringLiteral("firebreak-2026-0001.json"), QStringLiteral("signature.asc")});
}
