// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/HtmlText.h"

#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>

namespace fb {

namespace {

constexpr int kMaxDepth = 256;

bool isBlock(const QByteArray& name)
{
    static const QSet<QByteArray> blocks{
        "p",  "div", "br", "tr", "li", "ul", "ol",         "table",   "h1",      "h2",     "h3",     "h4",     "h5",
        "h6", "pre", "hr", "dl", "dt", "dd", "blockquote", "section", "article", "header", "footer", "address"};
    return blocks.contains(name);
}

void walk(xmlNode* node, QString& out, int depth)
{
    if (depth > kMaxDepth)
        return;
    for (xmlNode* n = node; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            QString text = QString::fromUtf8(reinterpret_cast<const char*>(n->content));
            text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
            if (out.endsWith(QLatin1Char('\n')) || out.isEmpty())
                while (text.startsWith(QLatin1Char(' ')))
                    text.remove(0, 1);
            out += text;
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const QByteArray name = QByteArray(reinterpret_cast<const char*>(n->name)).toLower();
        if (name == "script" || name == "style" || name == "head" || name == "title")
            continue;
        const bool block = isBlock(name);
        if (block && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
        if (name == "td" || name == "th")
            out += QLatin1Char('\t');
        walk(n->children, out, depth + 1);
        if (name == "a") {
            xmlChar* href = xmlGetProp(n, reinterpret_cast<const xmlChar*>("href"));
            if (href) {
                const QString target = QString::fromUtf8(reinterpret_cast<const char*>(href)).trimmed();
                xmlFree(href);
                if (!target.isEmpty() && !target.startsWith(QLatin1String("mailto:")) && !out.endsWith(target))
                    out += QStringLiteral(" <") + target + QLatin1Char('>');
            }
        }
        if (block && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    }
}

} // namespace

QString HtmlText::toPlainText(const QByteArray& html)
{
    if (html.trimmed().isEmpty())
        return {};
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
        htmlReadMemory(html.constData(), static_cast<int>(html.size()), nullptr, "UTF-8", options), xmlFreeDoc);
    if (!doc)
        return {};
    QString out;
    walk(xmlDocGetRootElement(doc.get()) ? doc->children : nullptr, out, 0);
    // Trailing spaces on lines, and more than one blank line in a row.
    out.replace(QRegularExpression(QStringLiteral("[ \\t]+\\n")), QStringLiteral("\n"));
    out.replace(QRegularExpression(QStringLiteral("\\n{3,}")), QStringLiteral("\n\n"));
    out.replace(QChar(0xA0), QLatin1Char(' '));
    return out.trimmed();
}

} // namespace fb
