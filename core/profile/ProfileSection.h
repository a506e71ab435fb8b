// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileSection: the sections of an RFC 2350 team description, in the RFC's numbering, with the English
// titles the canonical layout uses and the other titles real teams publish them under.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

struct ProfileSection
{
    QString number; // "2.8"
    QString title;  // English title as in RFC 2350 ("Public Keys and Encryption Information")
    QStringList aliases;
    bool required = false; // lint reports it when empty
    bool heading = false;  // a section that only groups subsections (1, 2, 3, 4, 5 and 5.1)

    int depth() const { return static_cast<int>(number.count(QLatin1Char('.'))) + 1; }
};

class ProfileSections
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileSections)

public:
    ProfileSections() = delete;

    // Every section in document order.
    static const QList<ProfileSection>& all();
    // nullptr when number is not an RFC 2350 section.
    static const ProfileSection* find(const QString& number);
    // The section whose title or alias matches (case, punctuation and spacing ignored); nullptr when none does.
    static const ProfileSection* byTitle(const QString& title);
    // Lower-case letters and digits only: the form titles are compared in.
    static QString titleKey(const QString& title);
    // Numeric order of section numbers ("2.10" after "2.9").
    static bool lessThan(const QString& a, const QString& b);
};

} // namespace fb
