// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy/Rsit.h"

#include "core/taxonomy/TaxonomyLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace fb {

namespace {

const QLatin1StringView kNamespace("rsit");

// What the predicates and the entries of a machinetag file have in common.
struct Entry
{
    QString key;
    QString name;
    QString description;
};

class Reader
{
public:
    explicit Reader(const QString& sourceName)
        : m_sourceName(sourceName)
    {
    }

    QString where(const QString& path) const
    {
        if (m_sourceName.isEmpty())
            return path;
        if (path.isEmpty())
            return m_sourceName;
        return m_sourceName + QStringLiteral(": ") + path;
    }

    std::unexpected<Error> bad(const QString& message, const QString& path) const
    {
        return fail(ErrorCode::BadInput, message, where(path));
    }

    // Reads {"value": key, "expanded": name, "description": text} at path (a predicate or an entry).
    Result<Entry> entry(const QJsonValue& json, const QString& path) const
    {
        if (!json.isObject())
            return bad(Rsit::tr("An entry of the incident taxonomy is not a JSON object."), path);
        const QJsonObject object = json.toObject();

        const QJsonValue value = object.value(QLatin1StringView("value"));
        if (!value.isString())
            return bad(Rsit::tr("An entry of the incident taxonomy has no \"value\" text (its machine-tag key)."),
                       path + QStringLiteral(".value"));
        Entry result;
        result.key = value.toString();
        if (!isKey(result.key))
            return bad(
                Rsit::tr("The key \"%1\" is not allowed: use lower-case letters, digits and hyphens.").arg(result.key),
                path + QStringLiteral(".value"));

        const QJsonValue expanded = object.value(QLatin1StringView("expanded"));
        if (!expanded.isUndefined() && !expanded.isString())
            return bad(Rsit::tr("The display name (\"expanded\") must be text."), path + QStringLiteral(".expanded"));
        result.name = translated(expanded.isString() ? expanded.toString() : result.key);

        const QJsonValue description = object.value(QLatin1StringView("description"));
        if (!description.isUndefined() && !description.isString())
            return bad(Rsit::tr("The description must be text."), path + QStringLiteral(".description"));
        result.description = translated(description.toString());
        return result;
    }

    // The list under 'name' in object; an error naming it when it is missing or not a list.
    Result<QJsonArray> list(const QJsonObject& object, QLatin1StringView name, const QString& path) const
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return bad(Rsit::tr("The incident taxonomy has no \"%1\" list.").arg(name), path);
        if (!value.isArray())
            return bad(Rsit::tr("\"%1\" in the incident taxonomy must be a list.").arg(name), path);
        return value.toArray();
    }

private:
    static bool isKey(const QString& key)
    {
        if (key.isEmpty() || key.front() == u'-')
            return false;
        for (const QChar c : key) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return false;
        }
        return true;
    }

    // The data's English text is the source text; RsitStrings.cpp registers it for lupdate.
    static QString translated(const QString& source)
    {
        if (source.isEmpty())
            return source;
        return QCoreApplication::translate("fb::Rsit", source.toUtf8().constData());
    }

    QString m_sourceName;
};

QString indexed(QLatin1StringView name, qsizetype index)
{
    return QString(name) + u'[' + QString::number(index) + u']';
}

} // namespace

const Rsit& Rsit::builtin()
{
    static const Rsit instance = [] {
        const QString path = QStringLiteral(":/taxonomy/rsit.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcTaxonomy).noquote() << "the built-in incident taxonomy is missing:" << path;
            return Rsit();
        }
        Result<Rsit> loaded = fromJson(file.readAll(), path);
        if (!loaded) {
            qCCritical(lcTaxonomy).noquote()
                << "the built-in incident taxonomy is broken:" << loaded.error().toString();
            return Rsit();
        }
        return std::move(*loaded);
    }();
    return instance;
}

Result<Rsit> Rsit::fromJson(const QByteArray& json, const QString& sourceName)
{
    const Reader reader(sourceName);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reader.bad(tr("The incident taxonomy is not valid JSON: %1.").arg(parseError.errorString()),
                          tr("offset %1").arg(parseError.offset));
    if (!document.isObject())
        return reader.bad(tr("The incident taxonomy must be a JSON object with \"predicates\" and \"values\"."), {});
    const QJsonObject root = document.object();

    const QJsonValue ns = root.value(QLatin1StringView("namespace"));
    if (!ns.isUndefined() && ns.toString() != kNamespace)
        return reader.bad(tr("The taxonomy's namespace is not \"%1\".").arg(kNamespace), QStringLiteral("namespace"));

    const QLatin1StringView predicatesName("predicates");
    const Result<QJsonArray> predicates = reader.list(root, predicatesName, QString(predicatesName));
    if (!predicates)
        return fail(predicates.error());
    if (predicates->isEmpty())
        return reader.bad(tr("The incident taxonomy lists no incident classes."), QString(predicatesName));

    Rsit rsit;
    for (qsizetype i = 0; i < predicates->size(); ++i) {
        const QString path = indexed(predicatesName, i);
        Result<Entry> entry = reader.entry(predicates->at(i), path);
        if (!entry)
            return fail(entry.error());
        if (rsit.findClass(entry->key))
            return reader.bad(tr("The incident class \"%1\" is listed twice.").arg(entry->key),
                              path + QStringLiteral(".value"));
        rsit.m_classes.append(RsitClass{entry->key, entry->name, entry->description, {}});
    }

    const QLatin1StringView valuesName("values");
    const Result<QJsonArray> values = reader.list(root, valuesName, QString(valuesName));
    if (!values)
        return fail(values.error());
    for (qsizetype i = 0; i < values->size(); ++i) {
        const QString path = indexed(valuesName, i);
        if (!values->at(i).isObject())
            return reader.bad(tr("Each item of \"values\" must be a JSON object with \"predicate\" and \"entry\"."),
                              path);
        const QJsonObject group = values->at(i).toObject();

        const QString classKey = group.value(QLatin1StringView("predicate")).toString();
        RsitClass* rsitClass = nullptr;
        for (RsitClass& candidate : rsit.m_classes) {
            if (candidate.key == classKey)
                rsitClass = &candidate;
        }
        if (!rsitClass)
            return reader.bad(classKey.isEmpty()
                                  ? tr("Types are given without the \"predicate\" (incident class) they belong to.")
                                  : tr("Types are given for \"%1\", which is not an incident class in "
                                       "\"predicates\".")
                                        .arg(classKey),
                              path + QStringLiteral(".predicate"));

        const QLatin1StringView entryName("entry");
        const Result<QJsonArray> entries = reader.list(group, entryName, path + QStringLiteral(".entry"));
        if (!entries)
            return fail(entries.error());
        for (qsizetype j = 0; j < entries->size(); ++j) {
            const QString entryPath = path + u'.' + indexed(entryName, j);
            Result<Entry> entry = reader.entry(entries->at(j), entryPath);
            if (!entry)
                return fail(entry.error());
            for (const RsitType& existing : std::as_const(rsitClass->types)) {
                if (existing.key == entry->key)
                    return reader.bad(
                        tr("The incident type \"%1\" is listed twice in the class \"%2\".").arg(entry->key, classKey),
                        entryPath + QStringLiteral(".value"));
            }
            rsitClass->types.append(RsitType{entry->key, entry->name, entry->description});
        }
    }
    return rsit;
}

QList<RsitClass> Rsit::classes() const
{
    return m_classes;
}

const RsitClass* Rsit::findClass(const QString& classKey) const
{
    for (const RsitClass& rsitClass : m_classes) {
        if (rsitClass.key == classKey)
            return &rsitClass;
    }
    return nullptr;
}

const RsitType* Rsit::findType(const QString& classKey, const QString& typeKey) const
{
    const RsitClass* rsitClass = findClass(classKey);
    if (!rsitClass)
        return nullptr;
    for (const RsitType& type : rsitClass->types) {
        if (type.key == typeKey)
            return &type;
    }
    return nullptr;
}

bool Rsit::isValid(const QString& classKey, const QString& typeKey) const
{
    if (typeKey.isEmpty())
        return findClass(classKey) != nullptr;
    return findType(classKey, typeKey) != nullptr;
}

QString Rsit::machineTag(const QString& classKey, const QString& typeKey) const
{
    if (!isValid(classKey, typeKey))
        return {};
    const QString predicate = QString(kNamespace) + u':' + classKey;
    if (typeKey.isEmpty())
        return predicate;
    return predicate + QStringLiteral("=\"") + typeKey + u'"';
}

std::optional<std::pair<QString, QString>> Rsit::parseMachineTag(const QString& tag) const
{
    QStringView rest = QStringView(tag).trimmed();
    const QString prefix = QString(kNamespace) + u':';
    if (!rest.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    rest = rest.mid(prefix.size());

    QStringView classPart = rest;
    QStringView typePart;
    const qsizetype equals = rest.indexOf(u'=');
    if (equals >= 0) {
        classPart = rest.left(equals);
        const QStringView quoted = rest.mid(equals + 1);
        if (quoted.size() < 3 || !quoted.startsWith(u'"') || !quoted.endsWith(u'"'))
            return std::nullopt;
        typePart = quoted.mid(1, quoted.size() - 2);
    }
    // Keys are lower case (fromJson enforces it), so lower-casing the input makes the match case-insensitive.
    const QString classKey = classPart.toString().toLower();
    const QString typeKey = typePart.toString().toLower();
    if (classKey.isEmpty() || !isValid(classKey, typeKey))
        return std::nullopt;
    return std::make_pair(classKey, typeKey);
}

} // namespace fb
