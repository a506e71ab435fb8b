// SPDX-License-Identifier: GPL-3.0-or-later
// ColourScale: what TLP and PAP share: a table of levels, from least to most restrictive, each with a key
// ("amber"), a colour and a meaning, and the same reading rules ("TLP:AMBER" or "amber" in any case, and the older
// "white" for CLEAR).
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace fb {

template <typename Level, std::size_t N>
class ColourScale
{
public:
    struct Entry
    {
        Level level;
        QLatin1StringView key;
        QLatin1StringView colour;
        const char* meaning; // QT_TRANSLATE_NOOP, translated by the caller
    };

    constexpr ColourScale(QLatin1StringView prefix, Level white, std::array<Entry, N> entries)
        : m_prefix(prefix)
        , m_white(white)
        , m_entries(entries)
    {
    }

    const Entry& info(Level level) const
    {
        for (const Entry& entry : m_entries) {
            if (entry.level == level)
                return entry;
        }
        return m_entries.back(); // unreachable for a valid enum value; the most restrictive is the safe answer
    }

    // "prefix:key" or "key", in any case; nullopt for anything else.
    std::optional<Level> parse(const QString& text) const
    {
        QStringView rest = QStringView(text).trimmed();
        if (rest.startsWith(m_prefix, Qt::CaseInsensitive))
            rest = rest.mid(m_prefix.size());
        if (rest.compare(QLatin1StringView("white"), Qt::CaseInsensitive) == 0)
            return m_white; // the older name, replaced by CLEAR
        for (const Entry& entry : m_entries) {
            if (rest.compare(entry.key, Qt::CaseInsensitive) == 0)
                return entry.level;
        }
        return std::nullopt;
    }

    QList<Level> all() const
    {
        QList<Level> levels;
        levels.reserve(qsizetype(N));
        for (const Entry& entry : m_entries)
            levels.append(entry.level);
        return levels;
    }

private:
    QLatin1StringView m_prefix;
    Level m_white;
    std::array<Entry, N> m_entries;
};

} // namespace fb
