// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/TeamProfile.h"

namespace fb {

namespace {

// Each line simplified (the text layout re-flows spaces), runs of blank lines made one, none at either end.
QString tidy(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (simple.isEmpty() && (lines.isEmpty() || lines.last().isEmpty()))
            continue;
        lines.append(simple);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool TeamProfile::hasContent(const QString& number) const
{
    const QString prefix = number + QLatin1Char('.');
    auto inside = [&](const QString& n) { return n == number || n.startsWith(prefix); };
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        if (inside(it.key()) && !it.value().trimmed().isEmpty())
            return true;
    if (inside(QStringLiteral("1.1")) && lastUpdate.isValid())
        return true;
    if (inside(QStringLiteral("1.3")) && !locations.isEmpty())
        return true;
    if (inside(QStringLiteral("2.8")) && !keyFingerprint.isEmpty())
        return true;
    if (inside(QStringLiteral("2.11")) && !hoursOfService.isEmpty())
        return true;
    if (inside(QStringLiteral("4.1")) && !priorities.isEmpty())
        return true;
    if (inside(QStringLiteral("4.2")) && !informationHandling.isEmpty())
        return true;
    return false;
}

void TeamProfile::normalise()
{
    title = tidy(title);
    for (auto it = text.begin(); it != text.end();) {
        it.value() = tidy(it.value());
        if (it.value().isEmpty())
            it = text.erase(it);
        else
            ++it;
    }
    for (QString& l : locations)
        l = l.trimmed();
    locations.removeAll(QString());
    hoursOfService = hoursOfService.simplified();
    informationHandling = informationHandling.simplified();
    for (UnmappedText& u : unmapped) {
        u.heading = u.heading.trimmed();
        u.text = tidy(u.text);
    }
}

} // namespace fb
