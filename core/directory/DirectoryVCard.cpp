// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryVCard.h"

#include "core/directory/TeamFields.h"
#include "core/directory/VCardReader.h"
#include "core/directory/VCardWriter.h"

namespace fb {

namespace {

const QString kUrnUuid = QStringLiteral("urn:uuid:");
const QString kOpenPgp = QStringLiteral("openpgp4fpr:");

QString uidValue(const QString& uid)
{
    return kUrnUuid + uid;
}

QString stripUrn(const QString& value)
{
    return value.startsWith(kUrnUuid, Qt::CaseInsensitive) ? value.mid(kUrnUuid.size()) : value;
}

QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

VCardProperty text(const char* name, const QString& value)
{
    return VCardProperty::make(QString::fromLatin1(name), value);
}

void addChannels(VCard& card, const QList<Channel>& channels)
{
    for (const Channel& c : channels) {
        const char* name = c.kind == ChannelKind::Email   ? "EMAIL"
                           : c.kind == ChannelKind::Phone ? "TEL"
                                                          : "X-FB-CHANNEL";
        VCardProperty p = text(name, c.value);
        if (c.kind == ChannelKind::Phone) {
            p.with(QStringLiteral("VALUE"), QStringLiteral("text"));
            if (c.usage == ChannelUsage::Fax)
                p.with(QStringLiteral("TYPE"), QStringLiteral("fax"));
            else if (c.usage == ChannelUsage::Voice)
                p.with(QStringLiteral("TYPE"), QStringLiteral("voice"));
        }
        p.with(QStringLiteral("X-FB-USAGE"), DirectoryTypes::key(c.usage));
        if (!c.comment.isEmpty())
            p.with(QStringLiteral("X-FB-COMMENT"), c.comment);
        if (c.outOfBand)
            p.with(QStringLiteral("X-FB-OOB"), QStringLiteral("yes"));
        card.properties.append(p);
    }
}

void addVerified(VCard& card, const QDateTime& at, const QString& by)
{
    if (!at.isValid())
        return;
    VCardProperty p = text("X-FB-VERIFIED", timeText(at));
    if (!by.isEmpty())
        p.with(QStringLiteral("X-FB-BY"), by);
    card.properties.append(p);
}

QString escapedList(const QStringList& items)
{
    QStringList escaped;
    for (const QString& item : items)
        escaped.append(VCardWriter::escape(item));
    return escaped.join(u',');
}

// Reading: collects the first problem of a card.
class CardReader
{
public:
    explicit CardReader(const VCard& card)
        : m_card(card)
    {
    }

    ImportProblem problem;
    bool ok() const { return problem.message.isEmpty(); }

    void bad(const VCardProperty& p, const QString& message)
    {
        if (ok())
            problem = ImportProblem{DirectoryVCard::tr("line %1").arg(p.line), p.name + QStringLiteral(": ") + message};
    }

    QDate date(const VCardProperty& p, const QString& value)
    {
        auto parsed = TeamFields::parseDate(value, p.name);
        if (!parsed)
            bad(p, parsed.error().message);
        return parsed.value_or(QDate());
    }

    QDateTime time(const VCardProperty& p, const QString& value)
    {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!at.isValid())
            bad(p, DirectoryVCard::tr("“%1” is not an ISO 8601 time.").arg(value.left(40)));
        return at.toUTC();
    }

    std::optional<Channel> channel(const VCardProperty& p)
    {
        Channel c;
        c.kind = p.name == QLatin1String("EMAIL") ? ChannelKind::Email
                 : p.name == QLatin1String("TEL") ? ChannelKind::Phone
                                                  : ChannelKind::Other;
        c.value = p.value();
        if (c.kind == ChannelKind::Phone && c.value.startsWith(QLatin1String("tel:")))
            c.value = c.value.mid(4);
        c.usage = c.kind == ChannelKind::Phone ? ChannelUsage::Voice : ChannelUsage::Contact;
        if (p.parameter(QStringLiteral("TYPE")).contains(QLatin1String("fax"), Qt::CaseInsensitive))
            c.usage = ChannelUsage::Fax;
        if (const QString usage = p.parameter(QStringLiteral("X-FB-USAGE")); !usage.isEmpty()) {
            const auto parsed = DirectoryTypes::parseChannelUsage(usage);
            if (!parsed) {
                bad(p, DirectoryVCard::tr("“%1” is not a channel usage.").arg(usage.left(40)));
                return std::nullopt;
            }
            c.usage = *parsed;
        }
        c.comment = p.parameter(QStringLiteral("X-FB-COMMENT"));
        c.outOfBand = p.parameter(QStringLiteral("X-FB-OOB")) == QLatin1String("yes");
        return c;
    }

    ImportedTeam team()
    {
        ImportedTeam imported;
        imported.position = DirectoryVCard::tr("line %1").arg(m_card.line);
        Team& t = imported.team;
        for (const VCardProperty& p : m_card.properties) {
            const QString& n = p.name;
            const QString v = p.value();
            if (n == QLatin1String("UID"))
                t.uid = stripUrn(v);
            else if (n == QLatin1String("FN"))
                t.officialName = v;
            else if (n == QLatin1String("NICKNAME"))
                t.shortName = v;
            else if (n == QLatin1String("ORG"))
                t.hostOrganisation = v;
            else if (n == QLatin1String("X-FB-SOURCE"))
                t.source = v;
            else if (n == QLatin1String("X-FB-COUNTRY") || n == QLatin1String("X-FB-TEAM-TYPE") ||
                     n == QLatin1String("X-FB-TLP") || n == QLatin1String("X-FB-24X7")) {
                const QString field = n == QLatin1String("X-FB-COUNTRY")     ? QStringLiteral("country")
                                      : n == QLatin1String("X-FB-TEAM-TYPE") ? QStringLiteral("type")
                                      : n == QLatin1String("X-FB-TLP")       ? QStringLiteral("highest_tlp")
                                                                             : QStringLiteral("available_24x7");
                if (auto status = TeamFields::set(t, field, v); !status)
                    bad(p, status.error().message);
            } else if (n == QLatin1String("CATEGORIES"))
                t.sectors.append(p.listValue());
            else if (n == QLatin1String("X-FB-ESTABLISHED"))
                t.established = date(p, v);
            else if (n == QLatin1String("X-FB-TI-STATUS")) {
                if (auto status = TeamFields::set(t, QStringLiteral("ti_status"), v); !status)
                    bad(p, status.error().message);
                t.tiSince = date(p, p.parameter(QStringLiteral("X-FB-SINCE")));
            } else if (n == QLatin1String("X-FB-MEMBERSHIP"))
                t.memberships.append(v);
            else if (n == QLatin1String("LANG"))
                t.languages.append(v);
            else if (n == QLatin1String("X-FB-BUSINESS-HOURS"))
                t.businessHours = v;
            else if (n == QLatin1String("TZ"))
                t.timeZone = v;
            else if (n == QLatin1String("ADR"))
                t.postalAddress = p.parts.value(2);
            else if (n == QLatin1String("URL"))
                t.website = p.rawValue;
            else if (n == QLatin1String("X-FB-RFC2350"))
                t.rfc2350Url = p.rawValue;
            else if (n == QLatin1String("X-FB-CONSTITUENCY-DESC"))
                t.constituencyDescription = v;
            else if (n == QLatin1String("X-FB-CONSTITUENCY")) {
                const auto kind = DirectoryTypes::parseConstituencyKind(p.parameter(QStringLiteral("X-FB-KIND")));
                auto entry = kind ? Constituency::parse(*kind, v) : Constituency::guess(v);
                if (entry)
                    t.constituency.append(*entry);
                else
                    bad(p, entry.error().message);
            } else if (n == QLatin1String("EMAIL") || n == QLatin1String("TEL") || n == QLatin1String("X-FB-CHANNEL")) {
                if (auto c = channel(p))
                    t.channels.append(*c);
            } else if (n == QLatin1String("KEY")) {
                auto fpr = TeamFields::normaliseFingerprint(stripKey(p.rawValue));
                if (fpr)
                    t.keyFingerprints.append(*fpr);
                else
                    bad(p, fpr.error().message);
            } else if (n == QLatin1String("X-FB-AGREEMENT")) {
                Agreement a;
                const auto kind = DirectoryTypes::parseAgreementKind(p.parameter(QStringLiteral("X-FB-KIND")));
                if (!kind)
                    bad(p, DirectoryVCard::tr("The agreement kind is missing or unknown."));
                a.kind = kind.value_or(AgreementKind::Other);
                a.party = p.parameter(QStringLiteral("X-FB-PARTY"));
                a.signedOn = date(p, p.parameter(QStringLiteral("X-FB-SIGNED")));
                a.expires = date(p, p.parameter(QStringLiteral("X-FB-EXPIRES")));
                a.notes = v;
                t.agreements.append(a);
            } else if (n == QLatin1String("X-FB-INTRODUCED-BY"))
                t.introducedBy = v;
            else if (n == QLatin1String("NOTE"))
                t.notes = v;
            else if (n == QLatin1String("X-FB-VERIFIED")) {
                t.verifiedAt = time(p, v);
                t.verifiedBy = p.parameter(QStringLiteral("X-FB-BY"));
            } else if (n == QLatin1String("REV"))
                imported.modified = time(p, v);
        }
        if (ok())
            if (auto status = TeamFields::validate(t); !status)
                problem = ImportProblem{imported.position, status.error().toString()};
        return imported;
    }

    ImportedPerson person()
    {
        ImportedPerson imported;
        imported.position = DirectoryVCard::tr("line %1").arg(m_card.line);
        Person& person = imported.person;
        for (const VCardProperty& p : m_card.properties) {
            const QString& n = p.name;
            const QString v = p.value();
            if (n == QLatin1String("UID"))
                person.uid = stripUrn(v);
            else if (n == QLatin1String("FN"))
                person.name = v;
            else if (n == QLatin1String("EMAIL") || n == QLatin1String("TEL") || n == QLatin1String("X-FB-CHANNEL")) {
                if (auto c = channel(p))
                    person.channels.append(*c);
            } else if (n == QLatin1String("KEY")) {
                auto fpr = TeamFields::normaliseFingerprint(stripKey(p.rawValue));
                if (fpr)
                    person.keyFingerprint = *fpr;
                else
                    bad(p, fpr.error().message);
            } else if (n == QLatin1String("NOTE"))
                person.notes = v;
            else if (n == QLatin1String("X-FB-VERIFIED")) {
                person.verifiedAt = time(p, v);
                person.verifiedBy = p.parameter(QStringLiteral("X-FB-BY"));
            } else if (n == QLatin1String("X-FB-MEMBER-OF")) {
                TeamMembership m;
                m.role = p.parameter(QStringLiteral("X-FB-ROLE"));
                m.from = date(p, p.parameter(QStringLiteral("X-FB-FROM")));
                m.until = date(p, p.parameter(QStringLiteral("X-FB-UNTIL")));
                person.memberships.append(m);
                imported.teamUids.append(stripUrn(v));
            }
        }
        if (ok() && person.name.trimmed().isEmpty())
            problem = ImportProblem{imported.position, DirectoryVCard::tr("A person needs a name (FN).")};
        return imported;
    }

private:
    static QString stripKey(const QString& value)
    {
        return value.startsWith(kOpenPgp, Qt::CaseInsensitive) ? value.mid(kOpenPgp.size()) : value;
    }

    const VCard& m_card;
};

} // namespace

VCard DirectoryVCard::teamCard(const Team& t)
{
    VCard card;
    auto add = [&](const char* name, const QString& value) {
        if (!value.isEmpty())
            card.properties.append(text(name, value));
    };
    add("KIND", QStringLiteral("org"));
    add("UID", uidValue(t.uid));
    add("FN", t.officialName);
    add("NICKNAME", t.shortName);
    add("ORG", t.hostOrganisation);
    add("X-FB-SOURCE", t.source);
    add("X-FB-COUNTRY", t.country);
    add("X-FB-TEAM-TYPE", DirectoryTypes::key(t.type));
    if (!t.sectors.isEmpty()) {
        VCardProperty p = text("CATEGORIES", {});
        p.rawValue = escapedList(t.sectors);
        card.properties.append(p);
    }
    add("X-FB-ESTABLISHED", TeamFields::dateText(t.established));
    if (t.tiStatus != TiStatus::None) {
        VCardProperty p = text("X-FB-TI-STATUS", DirectoryTypes::key(t.tiStatus));
        if (t.tiSince.isValid())
            p.with(QStringLiteral("X-FB-SINCE"), TeamFields::dateText(t.tiSince));
        card.properties.append(p);
    }
    for (const QString& m : t.memberships)
        add("X-FB-MEMBERSHIP", m);
    for (qsizetype i = 0; i < t.languages.size(); ++i)
        card.properties.append(text("LANG", t.languages[i]).with(QStringLiteral("PREF"), QString::number(i + 1)));
    add("X-FB-BUSINESS-HOURS", t.businessHours);
    add("TZ", t.timeZone);
    if (t.available24x7)
        add("X-FB-24X7", QStringLiteral("yes"));
    if (!t.postalAddress.isEmpty()) {
        VCardProperty p = text("ADR", {});
        p.parts = QStringList{QString(), QString(), t.postalAddress, QString(), QString(), QString(), QString()};
        card.properties.append(p);
    }
    if (!t.website.isEmpty()) {
        VCardProperty p = text("URL", {});
        p.rawValue = t.website; // a URI: not escaped
        card.properties.append(p);
    }
    if (!t.rfc2350Url.isEmpty()) {
        VCardProperty p = text("X-FB-RFC2350", {});
        p.rawValue = t.rfc2350Url;
        card.properties.append(p);
    }
    add("X-FB-CONSTITUENCY-DESC", t.constituencyDescription);
    for (const ConstituencyEntry& e : t.constituency)
        card.properties.append(
            text("X-FB-CONSTITUENCY", e.value).with(QStringLiteral("X-FB-KIND"), DirectoryTypes::key(e.kind)));
    addChannels(card, t.channels);
    for (const QString& fpr : t.keyFingerprints) {
        VCardProperty p = text("KEY", {});
        p.with(QStringLiteral("VALUE"), QStringLiteral("uri"));
        p.rawValue = kOpenPgp + fpr;
        card.properties.append(p);
    }
    if (t.highestTlp)
        add("X-FB-TLP", Tlp::key(*t.highestTlp));
    for (const Agreement& a : t.agreements) {
        VCardProperty p = text("X-FB-AGREEMENT", a.notes);
        p.with(QStringLiteral("X-FB-KIND"), DirectoryTypes::key(a.kind));
        if (!a.party.isEmpty())
            p.with(QStringLiteral("X-FB-PARTY"), a.party);
        if (a.signedOn.isValid())
            p.with(QStringLiteral("X-FB-SIGNED"), TeamFields::dateText(a.signedOn));
        if (a.expires.isValid())
            p.with(QStringLiteral("X-FB-EXPIRES"), TeamFields::dateText(a.expires));
        card.properties.append(p);
    }
    add("X-FB-INTRODUCED-BY", t.introducedBy);
    add("NOTE", t.notes);
    addVerified(card, t.verifiedAt, t.verifiedBy);
    if (t.updatedAt.isValid())
        add("REV", timeText(t.updatedAt));
    return card;
}

VCard DirectoryVCard::personCard(const Person& person, const QHash<qint64, QString>& teamUids)
{
    VCard card;
    card.properties.append(text("KIND", QStringLiteral("individual")));
    card.properties.append(text("UID", uidValue(person.uid)));
    card.properties.append(text("FN", person.name));
    addChannels(card, person.channels);
    if (!person.keyFingerprint.isEmpty()) {
        VCardProperty p = text("KEY", {});
        p.with(QStringLiteral("VALUE"), QStringLiteral("uri"));
        p.rawValue = kOpenPgp + person.keyFingerprint;
        card.properties.append(p);
    }
    if (!person.notes.isEmpty())
        card.properties.append(text("NOTE", person.notes));
    addVerified(card, person.verifiedAt, person.verifiedBy);
    for (const TeamMembership& m : person.memberships) {
        VCardProperty p = text("X-FB-MEMBER-OF", uidValue(teamUids.value(m.teamId)));
        if (!m.role.isEmpty())
            p.with(QStringLiteral("X-FB-ROLE"), m.role);
        if (m.from.isValid())
            p.with(QStringLiteral("X-FB-FROM"), TeamFields::dateText(m.from));
        if (m.until.isValid())
            p.with(QStringLiteral("X-FB-UNTIL"), TeamFields::dateText(m.until));
        card.properties.append(p);
    }
    return card;
}

QByteArray DirectoryVCard::write(const QList<Team>& teams, const QList<Person>& people,
                                 const QHash<qint64, QString>& teamUids)
{
    QHash<qint64, QString> uids = teamUids;
    QList<VCard> cards;
    for (const Team& t : teams) {
        uids.insert(t.id, t.uid);
        cards.append(teamCard(t));
    }
    for (const Person& p : people)
        cards.append(personCard(p, uids));
    return VCardWriter::write(cards);
}

ImportedDirectory DirectoryVCard::read(const QByteArray& data)
{
    ImportedDirectory result;
    VCardReadResult parsed = VCardReader::read(data);
    result.problems = parsed.problems;
    for (const VCard& card : std::as_const(parsed.cards)) {
        const VCardProperty* kind = card.first(QStringLiteral("KIND"));
        const QString k = kind ? kind->value().toLower() : QStringLiteral("individual");
        CardReader reader(card);
        if (k == QLatin1String("org") || k == QLatin1String("group")) {
            ImportedTeam team = reader.team();
            if (reader.ok())
                result.teams.append(team);
            else
                result.problems.append(reader.problem);
        } else {
            ImportedPerson person = reader.person();
            if (reader.ok())
                result.people.append(person);
            else
                result.problems.append(reader.problem);
        }
    }
    return result;
}

} // namespace fb
