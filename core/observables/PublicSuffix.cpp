// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observables/PublicSuffix.h"

#include "core/observables/Observable.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <libpsl.h>

#include <algorithm>
#include <array>

namespace fb {

namespace {

Q_LOGGING_CATEGORY(lcPublicSuffix, "fb.tickets.publicsuffix")

class PslList
{
public:
    PslList()
    {
        // psl_latest() returns the built-in list itself when no file is newer; NULL only if nothing loads.
        const psl_ctx_t* builtin = psl_builtin();
        m_context = psl_latest(nullptr);
        if (!m_context) {
            m_context = builtin;
        }
        m_owned = m_context && m_context != builtin;
        m_source = m_owned ? QString::fromLocal8Bit(psl_dist_filename())
                           : QStringLiteral("built-in (%1)").arg(QString::fromLocal8Bit(psl_builtin_filename()));
        if (!m_context) {
            qCWarning(lcPublicSuffix) << "No Public Suffix List available; every domain will be refused";
        }
    }
    ~PslList()
    {
        if (m_owned) {
            psl_free(const_cast<psl_ctx_t*>(m_context));
        }
    }
    PslList(const PslList&) = delete;
    PslList& operator=(const PslList&) = delete;

    const psl_ctx_t* context() const { return m_context; }
    const QString& source() const { return m_source; }

private:
    const psl_ctx_t* m_context = nullptr;
    QString m_source;
    bool m_owned = false;
};

const PslList& list()
{
    static const PslList instance; // thread-safe initialisation; destroyed at exit
    return instance;
}

// IANA's Special-Use Domain Names registry (the suffixes people write names under) and ICANN's "internal".
// Longest first is not needed: no entry ends in another.
constexpr std::array<QLatin1String, 9> kSpecialUseSuffixes{
    QLatin1String("example"),   QLatin1String("test"),  QLatin1String("invalid"),
    QLatin1String("localhost"), QLatin1String("local"), QLatin1String("internal"),
    QLatin1String("home.arpa"), QLatin1String("onion"), QLatin1String("alt"),
};

bool isSuffix(const QString& name, int type)
{
    const psl_ctx_t* context = list().context();
    if (!context || name.isEmpty()) {
        return false;
    }
    return psl_is_public_suffix2(context, name.toLatin1().constData(), type) != 0;
}

} // namespace

bool PublicSuffix::isKnownTld(const QString& label)
{
    if (label.contains(u'.')) {
        return false;
    }
    // Without PSL_TYPE_NO_STAR_RULE libpsl treats every unknown TLD as a public suffix (the "*" rule).
    return specialUseSuffix(label) == label || isSuffix(label, PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE);
}

bool PublicSuffix::isIcannSuffix(const QString& domain)
{
    return (!domain.isEmpty() && specialUseSuffix(domain) == domain) ||
           isSuffix(domain, PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE);
}

QString PublicSuffix::specialUseSuffix(const QString& domain)
{
    for (const QLatin1String suffix : kSpecialUseSuffixes) {
        if (domain == suffix || (domain.size() > suffix.size() && domain.endsWith(suffix) &&
                                 domain[domain.size() - suffix.size() - 1] == u'.')) {
            return QString(suffix);
        }
    }
    return {};
}

QString PublicSuffix::specialUseNote(const Observable& observable)
{
    QStringView host(observable.value);
    switch (observable.type) {
    case ObservableType::Domain:
        break;
    case ObservableType::Email:
        host = host.mid(host.lastIndexOf(u'@') + 1);
        break;
    case ObservableType::Url: {
        host = host.mid(host.indexOf(QLatin1String("://")) + 3);
        const auto end =
            std::find_if(host.begin(), host.end(), [](QChar c) { return c == u'/' || c == u'?' || c == u'#'; });
        host = host.left(end - host.begin());
        host = host.mid(host.lastIndexOf(u'@') + 1);
        host = host.left(host.indexOf(u':'));
        break;
    }
    default:
        return {};
    }
    const QString suffix = PublicSuffix::specialUseSuffix(host.toString());
    if (suffix.isEmpty()) {
        return {};
    }
    //: %1 is a domain name, %2 the special-use suffix it ends in, such as "example" or "internal"
    return tr("%1 is under “.%2”, a special-use name for documentation, tests or private networks: it does not "
              "resolve in the public DNS.")
        .arg(host.toString(), suffix);
}

QString PublicSuffix::source()
{
    return list().source();
}

} // namespace fb
