// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryVCard.h"

#include "core/directory/TeamFields.h"
#include "core/directory/VCardReader.h"
#include "core/directory/VCardWriter.h"
#include "core/observables/Observable.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

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

// A URI value (KEY, X-FB-SOURCE-KEY): VALUE=uri, written as it is (URIs are not escaped).
VCardProperty uriProperty(const char* name, const QString& uri)
{
    VCardProperty p = text(name, {});
    p.with(QStringLiteral("VALUE"), QStringLiteral("uri"));
    p.rawValue = uri;
    return p;
}

QString escapedList(const QStringList& items)
{
    QStringList escaped;
    for (const QString& item : items)
        escaped.append(VCardWriter::escape(item));
    return escaped.join(u',');
}

// Reading: collects the first problem of a card (the card is left out) and every warning (a field left out or
// read differently; the card is imported).
class CardReader
{
public:
    CardReader(const VCard& card, const QString& sourceName)
        : m_card(card)
        , m_sourceName(sourceName)
    {
    }

    ImportProblem problem;
    QList<ImportProblem> warnings;
    bool ok() const { return problem.message.isEmpty(); }

    void bad(const VCardProperty& p, const QString& message)
    {
        if (ok())
            problem =
                ImportProblem{VCardReader::position(m_sourceName, p.line), p.name + QStringLiteral(": ") + message};
    }
    void warn(const VCardProperty& p, const QString& message)
    {
        warnings.append({VCardReader::position(m_sourceName, p.line), p.name + QStringLiteral(": ") + message});
    }

    QDate date(const VCardProperty& p, const QString& value)
    {
        auto parsed = TeamFields::parseDate(value, p.name);
        if (!parsed)
            bad(p, parsed.error().message);
        return parsed.value_or(QDate());
    }

    // ISO 8601 extended ("2024-05-01T10:00:00Z") or basic ("20240501T100000Z", as RFC 6350 REV examples), or a
    // date alone. Invalid when it is none of these.
    static QDateTime parseTime(const QString& value)
    {
        QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!at.isValid()) {
            static const QRegularExpression basic(
                QStringLiteral("^(\\d{8})T(\\d{6})(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?$"));
            if (const auto m = basic.match(value); m.hasMatch()) {
                QString zone = m.captured(3);
                if (zone.size() == 5)
                    zone.insert(3, u':');
                at = QDateTime::fromString(m.captured(1).left(4) + u'-' + m.captured(1).mid(4, 2) + u'-' +
                                               m.captured(1).mid(6, 2) + u'T' + m.captured(2).left(2) + u':' +
                                               m.captured(2).mid(2, 2) + u':' + m.captured(2).mid(4, 2) + zone,
                                           Qt::ISODate);
            }
        }
        if (!at.isValid()) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (date.isValid())
                at = QDateTime(date, QTime(0, 0), QTimeZone::utc());
        }
        return at.isValid() ? at.toUTC() : QDateTime();
    }

    QDateTime time(const VCardProperty& p, const QString& value)
    {
        const QDateTime at = parseTime(value.trimmed());
        if (!at.isValid())
            bad(p, DirectoryVCard::tr("“%1” is not an ISO 8601 time.").arg(value.left(40)));
        return at;
    }

    // A time that only informs (REV): a bad one is left out with a warning, not the card.
    QDateTime optionalTime(const VCardProperty& p, const QString& value)
    {
        const QDateTime at = parseTime(value.trimmed());
        if (!at.isValid())
            warn(p, DirectoryVCard::tr("“%1” is not an ISO 8601 time; left out.").arg(value.left(40)));
        return at;
    }

    // KEY: "openpgp4fpr:<fingerprint>" or a bare fingerprint is linked; another URI (https:, ldap:...) says where
    // the key can be fetched and is kept as such; an embedded key (data: URI, ENCODING=b) is left out with a
    // warning, since the directory links keys held in the workspace keyring rather than holding keys itself.
    void key(const VCardProperty& p, QStringList& fingerprints, QStringList& uris)
    {
        const QString value = p.rawValue.trimmed();
        if (p.encoding == QLatin1String("b") || value.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
            warn(p, DirectoryVCard::tr("the key is embedded in the card and was not imported; import it with "
                                       "“directory keys --import” and link it to the entry."));
            return;
        }
        static const QRegularExpression uriScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
        if (!value.startsWith(kOpenPgp, Qt::CaseInsensitive) && uriScheme.match(value).hasMatch()) {
            const QUrl url(value, QUrl::StrictMode);
            if (url.isValid() && !url.scheme().isEmpty())
                uris.append(value);
            else
                warn(
                    p,
                    DirectoryVCard::tr("“%1” is neither a fingerprint nor a valid URI; left out.").arg(value.left(80)));
            return;
        }
        auto fpr = TeamFields::normaliseFingerprint(stripKey(value));
        if (fpr)
            fingerprints.append(*fpr);
        else
            warn(p, fpr.error().message + u' ' + DirectoryVCard::tr("The key was left out."));
    }

    // Names from N (family;given;additional;prefixes;suffixes) for cards without FN (vCard 2.1).
    static QString nameFrom(const VCardProperty& n)
    {
        QStringList words;
        for (int i : {3, 1, 2, 0, 4})
            if (const QString part = n.parts.value(i).trimmed(); !part.isEmpty())
                words.append(part);
        return words.join(u' ');
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
        if (c.kind == ChannelKind::Email) {
            if (c.value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                c.value = c.value.mid(7);
            if (auto email = Observables::normalise(ObservableType::Email, c.value.trimmed()); !email) {
                warn(p, email.error().message + u' ' + DirectoryVCard::tr("The address was left out."));
                return std::nullopt;
            }
        }
        return c;
    }

    ImportedTeam team()
    {
        ImportedTeam imported;
        imported.position = VCardReader::position(m_sourceName, m_card.line);
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
                key(p, t.keyFingerprints, t.keyUris);
            } else if (n == QLatin1String("X-FB-SOURCE-KEY")) {
                auto fpr = TeamFields::normaliseFingerprint(stripKey(p.rawValue));
                if (fpr)
                    t.sourceKeyFingerprints.append(*fpr);
                else
                    bad(p, fpr.error().message);
            } else if (n == QLatin1String("X-FB-SOURCE-UPDATED")) {
                t.sourceUpdatedAt = time(p, v);
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
                imported.modified = optionalTime(p, v);
        }
        // A card another program wrote (no X-FB- property) was last changed at its source at REV; Firebreak's own
        // cards carry that date as X-FB-SOURCE-UPDATED, and REV there is only when the exporting workspace stored it.
        const bool ours = std::any_of(m_card.properties.cbegin(), m_card.properties.cend(),
                                      [](const VCardProperty& p) { return p.name.startsWith(QLatin1String("X-FB-")); });
        if (!ours && !t.sourceUpdatedAt.isValid())
            t.sourceUpdatedAt = imported.modified;
        if (t.officialName.isEmpty())
            if (const VCardProperty* name = m_card.first(QStringLiteral("ORG")))
                t.officialName = name->parts.value(0);
        if (ok())
            if (auto status = TeamFields::validate(t); !status)
                problem = ImportProblem{imported.position, status.error().toString()};
        return imported;
    }

    ImportedPerson person()
    {
        ImportedPerson imported;
        imported.position = VCardReader::position(m_sourceName, m_card.line);
        Person& person = imported.person;
        for (const VCardProperty& p : m_card.properties) {
            const QString& n = p.name;
            const QString v = p.value();
            if (n == QLatin1String("UID"))
                person.uid = stripUrn(v);
            else if (n == QLatin1String("FN"))
                person.name = v;
            else if (n == QLatin1String("ORG")) {
                QStringList units = p.parts;
                units.removeAll(QString());
                person.organisation = units.join(QStringLiteral(", "));
            } else if (n == QLatin1String("EMAIL") || n == QLatin1String("TEL") || n == QLatin1String("X-FB-CHANNEL")) {
                if (auto c = channel(p))
                    person.channels.append(*c);
            } else if (n == QLatin1String("KEY")) {
                QStringList fingerprints;
                QStringList uris;
                key(p, fingerprints, uris);
                for (const QString& fpr : std::as_const(fingerprints)) {
                    if (person.keyFingerprint.isEmpty())
                        person.keyFingerprint = fpr;
                    else if (fpr != person.keyFingerprint)
                        warn(p, DirectoryVCard::tr("a person has one key in the directory; this second one was left "
                                                   "out."));
                }
                for (const QString& uri : std::as_const(uris)) {
                    if (person.keyUri.isEmpty())
                        person.keyUri = uri;
                    else if (uri != person.keyUri)
                        warn(p, DirectoryVCard::tr("a person has one key address in the directory; this second one "
                                                   "was left out."));
                }
            } else if (n == QLatin1String("X-FB-TLP")) {
                const auto level = Tlp::parse(v);
                if (!level)
                    bad(p, DirectoryVCard::tr("“%1” is not a TLP label.").arg(v.left(40)));
                person.highestTlp = level;
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
        if (person.name.trimmed().isEmpty())
            if (const VCardProperty* n = m_card.first(QStringLiteral("N")))
                person.name = nameFrom(*n);
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
    const QString& m_sourceName;
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
    for (const QString& fpr : t.keyFingerprints)
        card.properties.append(uriProperty("KEY", kOpenPgp + fpr));
    for (const QString& uri : t.keyUris)
        card.properties.append(uriProperty("KEY", uri));
    for (const QString& fpr : t.sourceKeyFingerprints)
        card.properties.append(uriProperty("X-FB-SOURCE-KEY", kOpenPgp + fpr));
    if (t.sourceUpdatedAt.isValid())
        add("X-FB-SOURCE-UPDATED", timeText(t.sourceUpdatedAt));
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
    if (!person.organisation.isEmpty())
        card.properties.append(text("ORG", person.organisation));
    addChannels(card, person.channels);
    if (!person.keyFingerprint.isEmpty())
        card.properties.append(uriProperty("KEY", kOpenPgp + person.keyFingerprint));
    if (!person.keyUri.isEmpty())
        card.properties.append(uriProperty("KEY", person.keyUri));
    if (person.highestTlp)
        card.properties.append(text("X-FB-TLP", Tlp::key(*person.highestTlp)));
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

ImportedDirectory DirectoryVCard::read(const QByteArray& data, const QString& sourceName)
{
    ImportedDirectory result;
    VCardReadResult parsed = VCardReader::read(data, sourceName);
    result.problems = parsed.problems;
    result.warnings = parsed.warnings;
    for (const VCard& card : std::as_const(parsed.cards)) {
        const VCardProperty* kind = card.first(QStringLiteral("KIND"));
        const QString k = kind ? kind->value().toLower() : QStringLiteral("individual");
        CardReader reader(card, sourceName);
        if (k == QLatin1String("org") || k == QLatin1String("group")) {
            ImportedTeam team = reader.team();
            result.warnings.append(reader.warnings);
            if (reader.ok())
                result.teams.append(team);
            else
                result.problems.append(reader.problem);
        } else {
            ImportedPerson person = reader.person();
            result.warnings.append(reader.warnings);
            if (reader.ok())
                result.people.append(person);
            else
                result.problems.append(reader.problem);
        }
    }
    return result;
}

} // namespace fb
