// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/FocusRingStyle.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QPainter>
#include <QPushButton>
#include <QStyleOption>
#include <QToolButton>

#include <cmath>

namespace fb {

namespace {

constexpr int kRingWidth = 2;
constexpr double kMinimumContrast = 3.0;

double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

FocusRingStyle::FocusRingStyle(QStyle* base)
    : QProxyStyle(base)
{
}

double FocusRingStyle::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor FocusRingStyle::ringColour(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = luminance(window) < 0.2;
    QColor ring = palette.color(QPalette::Active, QPalette::Highlight);
    for (int step = 0; step < 20; ++step) {
        if (contrast(ring, window) >= kMinimumContrast && contrast(ring, base) >= kMinimumContrast)
            break;
        ring = dark ? ring.lighter(112) : ring.darker(112);
    }
    return ring;
}

QColor FocusRingStyle::ringColourOn(const QColor& background, const QPalette& palette)
{
    const QColor ring = ringColour(palette);
    if (contrast(ring, background) >= kMinimumContrast)
        return ring;
    const QColor text = palette.color(QPalette::Active, QPalette::HighlightedText);
    if (contrast(text, background) >= kMinimumContrast)
        return text;
    return contrast(Qt::black, background) > contrast(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
}

void FocusRingStyle::drawRing(QPainter* painter, const QRect& rect, const QColor& colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(colour, kRingWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // The pen is centred on the path: inset by half its width so that all of it falls inside `rect`.
    painter->drawRect(QRectF(rect).adjusted(kRingWidth / 2.0, kRingWidth / 2.0, -kRingWidth / 2.0, -kRingWidth / 2.0));
    painter->restore();
}

void FocusRingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                   const QWidget* widget) const
{
    // The current item of a focused view, and the focus of check boxes and radio buttons: a ring, also when the
    // focus came by mouse (base styles may draw it only after Tab, and faintly). Push and tool buttons get theirs
    // around the whole button instead (drawControl, drawComplexControl).
    if (element == PE_FrameFocusRect) {
        if (qobject_cast<const QPushButton*>(widget) || qobject_cast<const QToolButton*>(widget) ||
            qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget))
            return;
        // On a selected row the ring would vanish in the highlight: there it takes a colour that stands out.
        const auto* focus = qstyleoption_cast<const QStyleOptionFocusRect*>(option);
        const QColor background =
            focus && focus->backgroundColor.isValid() ? focus->backgroundColor : option->palette.color(QPalette::Base);
        drawRing(painter, option->rect, ringColourOn(background, option->palette));
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // A focused line edit (not the frameless one inside an editable combo box).
    if (element == PE_PanelLineEdit && option->state & State_HasFocus) {
        const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
        if (frame && frame->lineWidth > 0)
            drawRing(painter, option->rect, ringColour(option->palette));
    }
}

int FocusRingStyle::styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                              QStyleHintReturn* returnData) const
{
    if (hint == SH_FormLayoutLabelAlignment)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

int FocusRingStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    // Lists, tables and text areas get a frame as wide as the ring, so that their contents do not cover half of it.
    // Toolbars show the bundled Breeze icons at the size they are drawn for (Icons), sharp rather than scaled.
    if (metric == PM_ToolBarIconSize)
        return 22;
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    if (metric == PM_DefaultFrameWidth && qobject_cast<const QAbstractScrollArea*>(widget) && value > 0)
        return std::max(value, kRingWidth);
    return value;
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                                 const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    const bool focused = option->state & State_HasFocus;
    // A focused list, table or text area: the ring on its frame.
    if (element == CE_ShapedFrame && focused && qobject_cast<const QAbstractScrollArea*>(widget))
        drawRing(painter, option->rect, ringColour(option->palette));
    // A focused push button: the ring around the whole button.
    if (element == CE_PushButtonBevel && focused)
        drawRing(painter, option->rect, ringColour(option->palette));
}

void FocusRingStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                        const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ToolButton || control == CC_ComboBox || control == CC_SpinBox) && option->state & State_HasFocus)
        drawRing(painter, option->rect, ringColour(option->palette));
}

} // namespace fb
