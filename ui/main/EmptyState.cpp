// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/EmptyState.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fb {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("emptyStateIconLabel"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->hide();
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("emptyStateTitleLabel"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_title->setFont(font);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("emptyStateHintLabel"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("emptyStateButton"));
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, [this]() {
        if (m_action)
            m_action->trigger();
        else if (m_onClick)
            m_onClick();
    });
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(1);
}

EmptyState* EmptyState::over(QAbstractItemView* view, const QString& objectName)
{
    auto* state = new EmptyState(view->viewport());
    state->setObjectName(objectName);
    state->watch(view);
    return state;
}

void EmptyState::watch(QAbstractItemView* view)
{
    m_view = view;
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
    }
    placeOverViewport();
    refresh();
}

void EmptyState::setIcon(IconId id)
{
    m_iconId = id;
    showIcon();
}

void EmptyState::showIcon()
{
    if (!m_iconId)
        return;
    const int side = fontMetrics().height() * 4;
    m_icon->setPixmap(Icons::icon(*m_iconId).pixmap(QSize(side, side), QIcon::Disabled));
    fit();
}

int EmptyState::heightNeeded(bool withIcon, bool withHint) const
{
    const QMargins margins = layout()->contentsMargins();
    const int spacing = layout()->spacing();
    const int textWidth = width() - margins.left() - margins.right();
    QList<int> parts{m_title->heightForWidth(textWidth)};
    if (withIcon)
        parts.append(m_icon->sizeHint().height());
    if (withHint && !m_hint->text().isEmpty())
        parts.append(m_hint->heightForWidth(textWidth));
    if (!m_button->isHidden())
        parts << fontMetrics().height() / 2 << m_button->sizeHint().height();
    int height = margins.top() + margins.bottom() + spacing * int(parts.size() - 1);
    for (int part : std::as_const(parts))
        height += part;
    return height;
}

void EmptyState::fit()
{
    // Lines a reader takes in at once, not the width of a wide table: the side margins take the rest.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this);
    const int side = std::max(margin, (width() - fontMetrics().averageCharWidth() * 72) / 2);
    layout()->setContentsMargins(side, margin, side, margin);
    // In a small pane the picture goes first, then the hint; the title and the button stay.
    const bool icon = m_iconId.has_value() && height() >= heightNeeded(true, true);
    m_icon->setVisible(icon);
    m_hint->setVisible(!m_hint->text().isEmpty() && (icon || height() >= heightNeeded(false, true)));
}

void EmptyState::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fit();
}

void EmptyState::setMessage(const QString& title, const QString& hint)
{
    m_title->setText(title);
    m_hint->setText(hint);
    fit();
}

void EmptyState::setAction(QAction* action)
{
    m_action = action;
    m_onClick = nullptr;
    m_button->setVisible(action != nullptr);
    fit();
    if (!action)
        return;
    // Without the menu's mnemonic: the button is not in the menu, and Alt+letter belongs to the menu bar.
    m_button->setText(QString(action->text()).remove(QLatin1Char('&')));
    m_button->setIcon(action->icon());
    m_button->setEnabled(action->isEnabled());
    connect(action, &QAction::changed, m_button, [this, action]() {
        if (m_action == action)
            m_button->setEnabled(action->isEnabled());
    });
}

void EmptyState::setButton(const QString& text, std::function<void()> onClick, std::optional<IconId> icon)
{
    m_action = nullptr;
    m_onClick = std::move(onClick);
    m_button->setText(text);
    m_button->setIcon(icon ? Icons::icon(*icon) : QIcon());
    m_button->setEnabled(true);
    m_button->setVisible(true);
    fit();
}

void EmptyState::setCondition(std::function<bool()> when)
{
    m_condition = std::move(when);
    refresh();
}

void EmptyState::refresh()
{
    if (!m_view)
        return;
    const QAbstractItemModel* model = m_view->model();
    const bool empty = !model || model->rowCount() == 0;
    setVisible(empty && (!m_condition || m_condition()));
    if (isVisible())
        placeOverViewport();
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::hint() const
{
    return m_hint->text();
}

void EmptyState::placeOverViewport()
{
    if (m_view)
        setGeometry(m_view->viewport()->rect());
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        placeOverViewport();
    return QWidget::eventFilter(watched, event);
}

void EmptyState::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        showIcon(); // drawn again in the new palette's colours
    QWidget::changeEvent(event);
}

} // namespace fb
