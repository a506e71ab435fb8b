// SPDX-License-Identifier: GPL-3.0-or-later
// EmptyState: what a page or list shows while it has nothing: an icon, a line saying so, a line saying what to do,
// and a button for that (as KDE's placeholder messages). Over an item view it shows itself while the view's model
// has no rows; elsewhere its owner shows it.
#pragma once

#include "ui/main/Icons.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemView;
class QAction;
class QLabel;
class QPushButton;

namespace fb {

class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);
    // An empty state lying over `view`'s viewport, shown while its model has no rows. `objectName` names it (tests).
    static EmptyState* over(QAbstractItemView* view, const QString& objectName);

    void setIcon(IconId id);
    // `title`: what is (not) there; `hint`: what to do about it. Both translated by the caller.
    void setMessage(const QString& title, const QString& hint = {});
    // The button triggers `action` (its text without the mnemonic, its icon); nullptr: no button.
    void setAction(QAction* action);
    // A button of its own, for what no action of the window does (e.g. clearing a search).
    void setButton(const QString& text, std::function<void()> onClick, std::optional<IconId> icon = std::nullopt);
    // Over a view: shown only when the model is empty and `when` (if set) says so, e.g. only once a ticket is shown.
    void setCondition(std::function<bool()> when);
    // Shows or hides it by the view's rows (over a view), after a change that signals from the model cannot tell.
    void refresh();

    QString title() const;
    QString hint() const;
    QPushButton* button() const { return m_button; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void watch(QAbstractItemView* view);
    void placeOverViewport();
    void showIcon();
    // The height the parts need at the present width, with or without the picture and the hint.
    int heightNeeded(bool withIcon, bool withHint) const;
    void fit();

    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_button = nullptr;
    std::optional<IconId> m_iconId;
    QPointer<QAction> m_action;
    std::function<void()> m_onClick;
    std::function<bool()> m_condition;
    QPointer<QAbstractItemView> m_view;
};

} // namespace fb
