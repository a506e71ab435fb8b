// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/PublicSuffix.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <libpsl.h>

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

bool isSuffix(const QString& name, int type)
{
    const psl_ctx_t* context = list().context();
    if (!context || name.isEmpty()) {
        return false;
    }
    return psl_is_public_suffix2(context, name.toLatin1().constData(), type) != 0;
}

} // namespace

bool PublicSuffix::isAvailable()
{
    return list().context() != nullptr;
}

bool PublicSuffix::isKnownTld(const QString& label)
{
    // Without PSL_TYPE_NO_STAR_RULE libpsl treats every unknown TLD as a public suffix (the "*" rule).
    return !label.contains(u'.') && isSuffix(label, PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE);
}

bool PublicSuffix::isIcannSuffix(const QString& domain)
{
    return isSuffix(domain, PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE);
}

QString PublicSuffix::registrableDomain(const QString& domain)
{
    const psl_ctx_t* context = list().context();
    if (!context || domain.isEmpty()) {
        return {};
    }
    const QByteArray name = domain.toLatin1();
    const char* registrable = psl_registrable_domain(context, name.constData());
    return registrable ? QString::fromLatin1(registrable) : QString();
}

QString PublicSuffix::source()
{
    return list().source();
}

} // namespace fb
