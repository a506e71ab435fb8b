// SPDX-License-Identifier: GPL-3.0-or-later
// SlaPolicyEditor: the SLA policy as a grid of hours, first response and resolution per severity, within the range
// WorkspaceSettings accepts. The Settings page and the first-run guide show the policy with it.
#pragma once

#include "core/tickets/SlaPolicy.h"

#include <QWidget>

#include <array>

class QDoubleSpinBox;

namespace fb {

class SlaPolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SlaPolicyEditor(QWidget* parent = nullptr);

    SlaPolicy policy() const;
    void setPolicy(const SlaPolicy& policy);
    // The first and last spin box, for tab order.
    QWidget* firstField() const;
    QWidget* lastField() const;

Q_SIGNALS:
    void edited();

private:
    std::array<QDoubleSpinBox*, 4> m_responseHours{};
    std::array<QDoubleSpinBox*, 4> m_resolveHours{};
};

} // namespace fb
