// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileSection.h"

#include <QHash>

namespace fb {

namespace {

ProfileSection section(const char* number, const char* title, std::initializer_list<const char*> aliases = {},
                       bool required = false, bool heading = false)
{
    ProfileSection s;
    s.number = QString::fromLatin1(number);
    s.title = QString::fromLatin1(title);
    for (const char* alias : aliases)
        s.aliases.append(QString::fromLatin1(alias));
    s.required = required;
    s.heading = heading;
    return s;
}

QList<ProfileSection> makeSections()
{
    return {
        section("1", "Document Information", {"About this document"}, false, true),
        section("1.1", "Date of Last Update", {"Last Update", "Date of Last Revision"}, true),
        section("1.2", "Distribution List for Notifications", {"Distribution List", "Notifications"}),
        section("1.3", "Locations where this Document May Be Found", {"Locations", "Document Location"}, true),
        section("1.4", "Authenticating this Document", {"Authenticating this Document", "Document Authenticity"}),
        section("2", "Contact Information", {"Contact"}, false, true),
        section("2.1", "Name of the Team", {"Team Name", "Name"}, true),
        section("2.2", "Address", {"Postal Address", "Mailing Address"}, true),
        section("2.3", "Time Zone", {"Timezone"}, true),
        section("2.4", "Telephone Number", {"Telephone", "Phone", "Phone Number", "Telephone Numbers"}),
        section("2.5", "Facsimile Number", {"Fax", "Fax Number", "Facsimile"}),
        section("2.6", "Other Telecommunication", {"Other Telecommunications"}),
        section("2.7", "Electronic Mail Address", {"E-mail Address", "Email Address", "E-mail", "Email"}, true),
        section("2.8", "Public Keys and Encryption Information",
                {"Public Keys and Other Encryption Information", "Public Keys and Other Information", "Public Keys",
                 "PGP Key", "Encryption Information"},
                true),
        section("2.9", "Team Members", {"Members"}),
        section("2.10", "Other Information"),
        section("2.11", "Points of Customer Contact", {"Points of Contact", "Customer Contact"}),
        section("3", "Charter", {}, false, true),
        section("3.1", "Mission Statement", {"Mission"}, true),
        section("3.2", "Constituency", {"Constituencies"}, true),
        section("3.3", "Sponsorship and/or Affiliation", {"Sponsorship and Affiliation", "Sponsorship", "Affiliation"}),
        section("3.4", "Authority"),
        section("4", "Policies", {}, false, true),
        section("4.1", "Types of Incidents and Level of Support", {"Types of Incidents"}, true),
        section("4.2", "Co-operation, Interaction and Disclosure of Information",
                {"Cooperation, Interaction and Disclosure", "Co-operation and Disclosure of Information"}),
        section("4.3", "Communication and Authentication"),
        section("5", "Services", {}, false, true),
        section("5.1", "Incident Response", {}, true, true),
        section("5.1.1", "Incident Triage", {"Triage"}),
        section("5.1.2", "Incident Coordination", {"Coordination"}),
        section("5.1.3", "Incident Resolution", {"Resolution"}),
        section("5.2", "Proactive Activities", {"Proactive Services"}),
        section("6", "Incident Reporting Forms", {"Incident Reporting Form", "Reporting Forms"}),
        section("7", "Disclaimers", {"Disclaimer"}),
    };
}

} // namespace

const QList<ProfileSection>& ProfileSections::all()
{
    static const QList<ProfileSection> sections = makeSections();
    return sections;
}

const ProfileSection* ProfileSections::find(const QString& number)
{
    for (const ProfileSection& s : all())
        if (s.number == number)
            return &s;
    return nullptr;
}

QString ProfileSections::titleKey(const QString& title)
{
    QString key;
    QString text = title.toLower();
    text.replace(QLatin1Char('&'), QStringLiteral("and"));
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            key.append(c);
    return key;
}

const ProfileSection* ProfileSections::byTitle(const QString& title)
{
    static const QHash<QString, const ProfileSection*> index = [] {
        QHash<QString, const ProfileSection*> map;
        for (const ProfileSection& s : all()) {
            map.insert(titleKey(s.title), &s);
            for (const QString& alias : s.aliases)
                if (!map.contains(titleKey(alias)))
                    map.insert(titleKey(alias), &s);
        }
        return map;
    }();
    const QString key = titleKey(title);
    return key.isEmpty() ? nullptr : index.value(key, nullptr);
}

bool ProfileSections::lessThan(const QString& a, const QString& b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        const int x = pa[i].toInt();
        const int y = pb[i].toInt();
        if (x != y)
            return x < y;
    }
    return pa.size() < pb.size();
}

} // namespace fb
