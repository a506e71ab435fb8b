// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/VCardWriter.h"

namespace fb {

namespace {

QString encodeParameter(const QString& value)
{
    QString out;
    bool quote = false;
    for (const QChar c : value) {
        if (c == u'^')
            out += QStringLiteral("^^");
        else if (c == u'\n')
            out += QStringLiteral("^n");
        else if (c == u'"')
            out += QStringLiteral("^'");
        else if (c == u'\r')
            continue;
        else {
            if (c == u',' || c == u';' || c == u':' || c == u' ')
                quote = true;
            out += c;
        }
    }
    return quote ? u'"' + out + u'"' : out;
}

void appendFolded(QByteArray& out, const QByteArray& line)
{
    // At most 75 octets per physical line, continuation lines start with one space.
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<quint8>(line[end]) & 0xC0) == 0x80) // not inside a UTF-8 sequence
            --end;
        out += line.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74;
    }
    out += line.mid(start);
    out += "\r\n";
}

} // namespace

QString VCardWriter::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u',' || c == u';')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

QByteArray VCardWriter::write(const QList<VCard>& cards)
{
    QByteArray out;
    for (const VCard& card : cards) {
        out += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
        for (const VCardProperty& p : card.properties) {
            QString line = p.group.isEmpty() ? p.name : p.group + u'.' + p.name;
            for (const auto& [name, values] : p.parameters) {
                QStringList encoded;
                for (const QString& v : values)
                    encoded.append(encodeParameter(v));
                line += u';' + name + u'=' + encoded.join(u',');
            }
            line += u':';
            if (!p.rawValue.isEmpty()) {
                line += p.rawValue; // already escaped (lists, URIs)
            } else {
                QStringList escaped;
                for (const QString& part : p.parts)
                    escaped.append(escape(part));
                line += escaped.join(u';');
            }
            appendFolded(out, line.toUtf8());
        }
        out += "END:VCARD\r\n";
    }
    return out;
}

} // namespace fb
