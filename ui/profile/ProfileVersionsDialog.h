// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileVersionsDialog: the published versions of the team profile (one language); two chosen versions are
// compared as a line diff (ProfileDiff) of their canonical text: side by side, and as a unified diff in a second tab.
#pragma once

#include "core/profile/ProfileStore.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QTabWidget;

namespace fb {

class ProfileSideBySideView;

class ProfileVersionsDialog : public QDialog
{
    Q_OBJECT

public:
    // versions: newest first, as ProfileStore::versions() gives them.
    explicit ProfileVersionsDialog(QList<ProfileVersion> versions, QWidget* parent = nullptr);
    // Compares version numbers oldNumber and newNumber; false when one is not in the list.
    bool compare(int oldNumber, int newNumber);
    QString diffText() const;
    const ProfileSideBySideView* sideBySide() const { return m_sideBySide; }

private:
    void updateDiff();

    QList<ProfileVersion> m_versions;
    QComboBox* m_old = nullptr;
    QComboBox* m_new = nullptr;
    QTabWidget* m_tabs = nullptr;
    ProfileSideBySideView* m_sideBySide = nullptr;
    QPlainTextEdit* m_diff = nullptr;
};

} // namespace fb
