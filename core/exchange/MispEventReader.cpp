// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/MispEventReader.h"

#include "core/exchange/MispTypes.h"
#include "core/taxonomy/Rsit.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fb {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

constexpr qsizetype kMaxTagLength = 255;

// Control characters (but line breaks and tabs) would corrupt a note or a tag; they are shown as U+FFFD.
QString printable(QString text)
{
    for (QChar& c : text) {
        if ((c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t')))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

QString compact(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return value.toString();
    return value.toVariant().toString();
}

class Reading
{
public:
    MispEvent event;

    void warn(const QString& where, const QString& message) { event.warnings.append({where, message}); }

    void note(const QString& where, const QString& text)
    {
        event.noteLines.append(QStringLiteral("%1: %2").arg(where, printable(text)));
    }

    void addObservable(const Observable& o)
    {
        if (m_seen.contains(o))
            return;
        m_seen.insert(o);
        event.observables.append(o);
    }

    void tag(const QJsonValue& value, const QString& where, bool onEvent)
    {
        const QString name = value.toObject().value(s("name")).toString().trimmed();
        if (!value.isObject() || name.isEmpty()) {
            warn(where, MispEventReader::tr("A tag without a name is skipped."));
            return;
        }
        if (name.size() > kMaxTagLength || printable(name) != name) {
            warn(where, MispEventReader::tr("The tag is longer than %1 characters or holds control characters; it is "
                                            "kept in a note.")
                            .arg(kMaxTagLength));
            note(where, name);
            return;
        }
        if (name.startsWith(s("tlp:"), Qt::CaseInsensitive)) {
            const auto level = Tlp::parse(name);
            if (level) {
                if (!event.tlp || *event.tlp < *level)
                    event.tlp = level;
                return;
            }
            warn(where, MispEventReader::tr("“%1” is not a TLP 2.0 label; it is kept as a tag.").arg(name));
        } else if (name.startsWith(s("rsit:"), Qt::CaseInsensitive) && onEvent) {
            const auto rsit = Rsit::builtin().parseMachineTag(name);
            if (rsit && !event.rsit) {
                event.rsit = rsit;
                return;
            }
            if (!rsit)
                warn(where,
                     MispEventReader::tr("“%1” is not a class and type of the Reference Security Incident Taxonomy; it "
                                         "is kept as a tag.")
                         .arg(name));
        }
        if (onEvent && !event.tags.contains(name))
            event.tags.append(name);
    }

    // One attribute, of the event or of object `objectName`.
    void attribute(const QJsonValue& value, const QString& where, const QString& objectName)
    {
        ++event.attributeCount;
        if (!value.isObject()) {
            warn(where, MispEventReader::tr("The attribute is not a JSON object; it is kept in a note."));
            note(where, compact(value).left(MispEventReader::kMaxValueLength));
            return;
        }
        const QJsonObject a = value.toObject();
        if (a.value(s("deleted")).toBool()) {
            warn(where, MispEventReader::tr("The attribute is marked deleted; it is skipped."));
            return;
        }
        const QJsonArray tags = a.value(s("Tag")).toArray();
        for (qsizetype i = 0; i < tags.size() && i < MispEventReader::kMaxTags; ++i)
            tag(tags.at(i), where + QStringLiteral(".Tag[%1]").arg(i), false);

        const QJsonValue typeValue = a.value(s("type"));
        const QJsonValue rawValue = a.value(s("value"));
        const QString type = typeValue.toString();
        QString label =
            objectName.isEmpty() ? type : objectName + QLatin1Char('/') + a.value(s("object_relation")).toString();
        if (!a.value(s("category")).toString().isEmpty())
            label += QStringLiteral(" (%1)").arg(a.value(s("category")).toString());
        if (!typeValue.isString() || type.isEmpty()) {
            warn(where, MispEventReader::tr("The attribute has no type; its value is kept in a note."));
            note(where, compact(rawValue).left(MispEventReader::kMaxValueLength));
            return;
        }
        if (!rawValue.isString()) {
            warn(where,
                 MispEventReader::tr("The value of the %1 attribute is not text; it is kept in a note.").arg(type));
            note(where + QLatin1Char(' ') + label, compact(rawValue).left(MispEventReader::kMaxValueLength));
            return;
        }
        const QString text = rawValue.toString();
        if (text.size() > MispEventReader::kMaxValueLength) {
            warn(where,
                 MispEventReader::tr("The value of the %1 attribute is longer than %2 characters; it is skipped.")
                     .arg(type)
                     .arg(MispEventReader::kMaxValueLength));
            return;
        }
        if (objectName == QLatin1String("rtir") &&
            a.value(s("object_relation")).toString() == QLatin1String("constituency") && event.constituency.isEmpty())
            event.constituency = printable(text.trimmed());

        const QList<MispValuePart> parts = MispTypes::partsOf(type);
        if (parts.isEmpty()) {
            if (objectName != QLatin1String("rtir")) // the rtir object's fields are text by design
                m_otherTypes[type].append(where);
            note(where + QLatin1Char(' ') + label, text);
            return;
        }
        const QStringList values = parts.size() == 1 ? QStringList{text} : text.split(QLatin1Char('|'));
        if (values.size() != parts.size()) {
            warn(where, MispEventReader::tr("“%1” is not a %2 value (%n part(s) separated by “|” expected); it is kept "
                                            "in a note.",
                                            nullptr, int(parts.size()))
                            .arg(printable(text).left(200), type));
            note(where + QLatin1Char(' ') + label, text);
            return;
        }
        QList<Observable> found;
        bool whole = true;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const MispValuePart& part = parts.at(i);
            if (part.kind == MispValuePart::Kind::None) {
                whole = false;
                continue;
            }
            const ObservableType observableType =
                part.kind == MispValuePart::Kind::Address ? MispTypes::addressType(values.at(i)) : part.type;
            auto observable = Observables::normalise(observableType, values.at(i));
            if (!observable) {
                warn(where, MispEventReader::tr("“%1” is not a valid %2 value (%3); it is kept in a note.")
                                .arg(printable(text).left(200), type, observable.error().message));
                note(where + QLatin1Char(' ') + label, text);
                return;
            }
            found.append(*observable);
        }
        for (const Observable& o : std::as_const(found))
            addObservable(o);
        if (!whole) // the port or file name has no observable: the whole value is kept as well
            note(where + QLatin1Char(' ') + label, text);
    }

    void warnOtherTypes()
    {
        for (auto it = m_otherTypes.cbegin(); it != m_otherTypes.cend(); ++it) {
            const QStringList& places = it.value();
            warn(places.first(),
                 MispEventReader::tr("%n attribute(s) of type “%1” (first %2) have no observable type here; they are "
                                     "kept in a note.",
                                     nullptr, int(places.size()))
                     .arg(printable(it.key()).left(100), places.first()));
        }
    }

private:
    QSet<Observable> m_seen;
    QMap<QString, QStringList> m_otherTypes;
};

} // namespace

Result<MispEvent> MispEventReader::read(const QByteArray& bytes)
{
    if (bytes.size() > kMaxBytes)
        return fail(ErrorCode::BadInput,
                    tr("The file is %L1 bytes; a MISP event of more than %L2 bytes is not read.")
                        .arg(bytes.size())
                        .arg(kMaxBytes),
                    s("file"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadInput,
                    tr("This is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset),
                    QStringLiteral("byte %1").arg(parseError.offset));
    if (!document.isObject())
        return fail(ErrorCode::BadInput, tr("This is not a MISP event: the JSON is not an object."), s("file"));
    const QJsonObject root = document.object();
    QJsonObject e;
    if (root.contains(s("Event"))) {
        if (!root.value(s("Event")).isObject())
            return fail(ErrorCode::BadInput, tr("This is not a MISP event: \"Event\" is not an object."), s("Event"));
        e = root.value(s("Event")).toObject();
    } else if (root.contains(s("info")) || root.contains(s("Attribute")) || root.contains(s("Object")) ||
               root.contains(s("uuid"))) {
        e = root; // the bare event, as PyMISP writes it
    } else {
        return fail(ErrorCode::BadInput,
                    tr("This is not a MISP event: it has no \"Event\", and no \"info\", \"uuid\", \"Attribute\" or "
                       "\"Object\" of a bare event."),
                    s("file"));
    }

    const QJsonValue attributeValue = e.value(s("Attribute"));
    if (!attributeValue.isUndefined() && !attributeValue.isNull() && !attributeValue.isArray())
        return fail(ErrorCode::BadInput, tr("\"Attribute\" must be a list."), s("Event.Attribute"));
    const QJsonValue objectValue = e.value(s("Object"));
    if (!objectValue.isUndefined() && !objectValue.isNull() && !objectValue.isArray())
        return fail(ErrorCode::BadInput, tr("\"Object\" must be a list."), s("Event.Object"));
    const QJsonArray attributes = attributeValue.toArray();
    const QJsonArray objects = objectValue.toArray();
    if (objects.size() > kMaxObjects)
        return fail(ErrorCode::BadInput,
                    tr("The event has %L1 objects; at most %L2 are read.").arg(objects.size()).arg(kMaxObjects),
                    s("Event.Object"));
    qsizetype total = attributes.size();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QJsonValue inner = objects.at(i).toObject().value(s("Attribute"));
        if (objects.at(i).isObject() && !inner.isUndefined() && !inner.isNull() && !inner.isArray())
            return fail(ErrorCode::BadInput, tr("\"Attribute\" must be a list."),
                        QStringLiteral("Event.Object[%1].Attribute").arg(i));
        total += inner.toArray().size();
    }
    if (total > kMaxAttributes)
        return fail(ErrorCode::BadInput,
                    tr("The event has %L1 attributes; at most %L2 are read.").arg(total).arg(kMaxAttributes),
                    s("Event.Attribute"));

    Reading r;
    MispEvent& out = r.event;
    const QString uuidText = e.value(s("uuid")).toString();
    out.uuid = QUuid::fromString(uuidText);
    if (out.uuid.isNull())
        r.warn(s("Event.uuid"), tr("The event has no valid UUID; importing it again will not be recognised."));
    const QJsonValue info = e.value(s("info"));
    if (!info.isUndefined() && !info.isString())
        r.warn(s("Event.info"), tr("\"info\" is not text; it is ignored."));
    out.info = printable(info.toString().trimmed()).replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.date = QDate::fromString(e.value(s("date")).toString(), Qt::ISODate);
    const QJsonValue threat = e.value(s("threat_level_id"));
    const int level = threat.isString() ? threat.toString().toInt() : threat.toInt();
    if (level >= 1 && level <= 4)
        out.threatLevel = level;
    else if (!threat.isUndefined())
        r.warn(s("Event.threat_level_id"),
               tr("The threat level “%1” is not 1 to 4; it is ignored.").arg(compact(threat)));
    out.organisation = printable(e.value(s("Orgc")).toObject().value(s("name")).toString());

    const QJsonValue tagValue = e.value(s("Tag"));
    if (!tagValue.isUndefined() && !tagValue.isArray())
        r.warn(s("Event.Tag"), tr("\"Tag\" is not a list; the event's tags are ignored."));
    const QJsonArray tags = tagValue.toArray();
    if (tags.size() > kMaxTags)
        r.warn(s("Event.Tag"), tr("Only the first %L1 of %L2 tags are read.").arg(kMaxTags).arg(tags.size()));
    for (qsizetype i = 0; i < tags.size() && i < kMaxTags; ++i)
        r.tag(tags.at(i), QStringLiteral("Event.Tag[%1]").arg(i), true);

    for (qsizetype i = 0; i < attributes.size(); ++i)
        r.attribute(attributes.at(i), QStringLiteral("Event.Attribute[%1]").arg(i), {});
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QString where = QStringLiteral("Event.Object[%1]").arg(i);
        if (!objects.at(i).isObject()) {
            r.warn(where, tr("The object is not a JSON object; it is kept in a note."));
            r.note(where, compact(objects.at(i)).left(kMaxValueLength));
            continue;
        }
        const QJsonObject object = objects.at(i).toObject();
        QString name = printable(object.value(s("name")).toString());
        if (name.isEmpty())
            name = s("object");
        const QJsonArray inner = object.value(s("Attribute")).toArray();
        for (qsizetype j = 0; j < inner.size(); ++j)
            r.attribute(inner.at(j), where + QStringLiteral(".Attribute[%1]").arg(j), name);
    }
    r.warnOtherTypes();
    return out;
}

} // namespace fb
