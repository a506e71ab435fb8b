// SPDX-License-Identifier: GPL-3.0-or-later
// VCard: one vCard (2.1, 3.0 or 4.0) as a list of properties with parameters; values are kept unescaped and decoded
// (quoted-printable and character sets undone; base64 data stays base64 text, see `encoding`).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace fb {

struct VCardProperty
{
    QString group;                                     // "item1" in "item1.EMAIL"; usually empty
    QString name;                                      // upper case
    QList<std::pair<QString, QStringList>> parameters; // names upper case, values decoded (RFC 6868)
    // The value split at unescaped ';' (structured properties such as ADR and N) and each part unescaped;
    // one part for most properties. List values (CATEGORIES) keep their unescaped commas as "\x1f"-free text:
    // use listValue() to split them.
    QStringList parts;
    QString rawValue; // as in the file, after unfolding and decoding
    int line = 0;     // first physical line of the property
    // "b" when the value is base64 data (vCard 3 ENCODING=b, vCard 2.1 ENCODING=BASE64); empty otherwise.
    QString encoding;

    QString value() const { return parts.join(u';'); }
    // Every value of the parameter, also when it is repeated (TYPE=work;TYPE=pref), joined with commas.
    QString parameter(const QString& key) const
    {
        QStringList all;
        for (const auto& [parameterName, values] : parameters)
            if (parameterName == key)
                all.append(values);
        return all.join(u',');
    }
    // The raw value split at unescaped commas, each item unescaped (CATEGORIES, NICKNAME...).
    QStringList listValue() const;

    static VCardProperty make(const QString& propertyName, const QString& text)
    {
        VCardProperty p;
        p.name = propertyName;
        p.parts = QStringList{text};
        return p;
    }
    VCardProperty& with(const QString& parameterName, const QString& text)
    {
        parameters.append({parameterName, QStringList{text}});
        return *this;
    }
};

struct VCard
{
    QList<VCardProperty> properties; // without BEGIN, VERSION and END
    int line = 0;                    // line of BEGIN:VCARD
    QString version;                 // "2.1", "3.0" or "4.0" as read; the writer always writes 4.0

    const VCardProperty* first(const QString& name) const
    {
        for (const VCardProperty& p : properties)
            if (p.name == name)
                return &p;
        return nullptr;
    }
    QList<const VCardProperty*> all(const QString& name) const
    {
        QList<const VCardProperty*> list;
        for (const VCardProperty& p : properties)
            if (p.name == name)
                list.append(&p);
        return list;
    }
};

} // namespace fb
