// SPDX-License-Identifier: GPL-3.0-or-later
// FocusRingStyle: the application's style with a focus ring that can be seen: a 2-pixel line around the focused
// list, table or text area, button, field, combo box, check box and the current item, in a colour that stands out 3:1
// against the window and the fields (WCAG 2.1, non-text contrast) in the light and the dark palette. Forms put their
// labels flush right against the fields and toolbars take 22-pixel icons, as KDE's Breeze style does, whatever the
// style underneath.
#pragma once

#include <QProxyStyle>

namespace fb {

class FocusRingStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Draws like `base` (owned; the application's default style when nullptr) apart from the focus.
    explicit FocusRingStyle(QStyle* base = nullptr);

    // The palette's highlight, lightened (dark palettes) or darkened (light ones) until it contrasts at least
    // 3:1 with both Window and Base.
    static QColor ringColour(const QPalette& palette);
    // The ring on `background` (a selected row): ringColour(), or else a colour that stands out 3:1 on it.
    static QColor ringColourOn(const QColor& background, const QPalette& palette);
    // The WCAG contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor& a, const QColor& b);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption* option = nullptr, const QWidget* widget = nullptr,
                  QStyleHintReturn* returnData = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;

private:
    static void drawRing(QPainter* painter, const QRect& rect, const QColor& colour);
};

} // namespace fb
