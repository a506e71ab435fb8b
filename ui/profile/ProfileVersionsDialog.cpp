// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfileVersionsDialog.h"

#include "core/crypto/KeyInfo.h"
#include "core/profile/ProfileDiff.h"
#include "core/profile/ProfileRenderer.h"
#include "ui/profile/ProfileSideBySideView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb {

ProfileVersionsDialog::ProfileVersionsDialog(QList<ProfileVersion> versions, QWidget* parent)
    : QDialog(parent)
    , m_versions(std::move(versions))
{
    setObjectName(QStringLiteral("profileVersionsDialog"));
    setWindowTitle(tr("Team profile versions"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_old = new QComboBox(this);
    m_old->setObjectName(QStringLiteral("oldVersionComboBox"));
    m_new = new QComboBox(this);
    m_new->setObjectName(QStringLiteral("newVersionComboBox"));
    for (const ProfileVersion& v : std::as_const(m_versions)) {
        const QString label = tr("Version %1, %2, signed by %3")
                                  .arg(v.version)
                                  .arg(QLocale().toString(v.publishedAt.toLocalTime(), QLocale::ShortFormat),
                                       groupedFingerprint(v.signer));
        m_old->addItem(label, v.version);
        m_new->addItem(label, v.version);
    }
    m_new->setCurrentIndex(0);
    m_old->setCurrentIndex(m_versions.size() > 1 ? 1 : 0);
    form->addRow(tr("&Older:"), m_old);
    form->addRow(tr("&Newer:"), m_new);
    layout->addLayout(form);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("diffTabs"));
    m_sideBySide = new ProfileSideBySideView(m_tabs);
    m_sideBySide->setObjectName(QStringLiteral("sideBySideView"));
    m_tabs->addTab(m_sideBySide, tr("&Side by side"));
    m_diff = new QPlainTextEdit(m_tabs);
    m_diff->setObjectName(QStringLiteral("diffTextEdit"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_diff, tr("&Unified"));
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_old, &QComboBox::currentIndexChanged, this, &ProfileVersionsDialog::updateDiff);
    connect(m_new, &QComboBox::currentIndexChanged, this, &ProfileVersionsDialog::updateDiff);
    resize(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 36);
    updateDiff();
}

bool ProfileVersionsDialog::compare(int oldNumber, int newNumber)
{
    const int oldIndex = m_old->findData(oldNumber);
    const int newIndex = m_new->findData(newNumber);
    if (oldIndex < 0 || newIndex < 0)
        return false;
    m_old->setCurrentIndex(oldIndex);
    m_new->setCurrentIndex(newIndex);
    updateDiff();
    return true;
}

QString ProfileVersionsDialog::diffText() const
{
    return m_diff->toPlainText();
}

void ProfileVersionsDialog::updateDiff()
{
    if (m_versions.isEmpty()) {
        m_diff->setPlainText(tr("No version of the profile has been published yet."));
        m_sideBySide->setMessage(m_diff->toPlainText());
        return;
    }
    const ProfileVersion& older = m_versions.at(std::max(0, m_old->currentIndex()));
    const ProfileVersion& newer = m_versions.at(std::max(0, m_new->currentIndex()));
    const QString oldText = ProfileRenderer::toText(older.profile);
    const QString newText = ProfileRenderer::toText(newer.profile);
    const QString diff = ProfileDiff::unified(oldText, newText, tr("version %1").arg(older.version),
                                              tr("version %1").arg(newer.version));
    const auto lines = [](const QString& text) {
        QStringList l = text.split(QLatin1Char('\n'));
        if (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        return l;
    };
    m_sideBySide->setDiff(ProfileDiff::diff(lines(oldText), lines(newText)));
    m_diff->setPlainText(diff.isEmpty() ? tr("The two versions have the same text.") : diff);
}

} // namespace fb
