// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SlaPolicyEditor.h"

#include "core/settings/WorkspaceSettings.h"
#include "core/tickets/TicketKind.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>

#include <cmath>

namespace fb {

namespace {

int toMinutes(const QDoubleSpinBox* hours)
{
    return int(std::lround(hours->value() * 60.0));
}

} // namespace

SlaPolicyEditor::SlaPolicyEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("First response (hours)"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Resolution (hours)"), this), 0, 2);
    for (int i = 0; i < 4; ++i) {
        auto* name = new QLabel(TicketEnums::severityName(i + 1), this);
        grid->addWidget(name, i + 1, 0);
        for (auto* spins : {&m_responseHours, &m_resolveHours}) {
            auto* spin = new QDoubleSpinBox(this);
            spin->setDecimals(2);
            spin->setRange(WorkspaceSettings::kMinSlaMinutes / 60.0, WorkspaceSettings::kMaxSlaMinutes / 60.0);
            spin->setSingleStep(1);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &SlaPolicyEditor::edited);
            (*spins)[std::size_t(i)] = spin;
        }
        m_responseHours[std::size_t(i)]->setObjectName(QStringLiteral("responseHours%1DoubleSpinBox").arg(i + 1));
        m_resolveHours[std::size_t(i)]->setObjectName(QStringLiteral("resolveHours%1DoubleSpinBox").arg(i + 1));
        m_responseHours[std::size_t(i)]->setAccessibleName(
            tr("First response for %1, hours").arg(TicketEnums::severityName(i + 1)));
        m_resolveHours[std::size_t(i)]->setAccessibleName(
            tr("Resolution for %1, hours").arg(TicketEnums::severityName(i + 1)));
        name->setBuddy(m_responseHours[std::size_t(i)]);
        grid->addWidget(m_responseHours[std::size_t(i)], i + 1, 1);
        grid->addWidget(m_resolveHours[std::size_t(i)], i + 1, 2);
    }
    // Row by row: a severity's response, then its resolution.
    for (std::size_t i = 0; i < 4; ++i) {
        setTabOrder(m_responseHours[i], m_resolveHours[i]);
        if (i + 1 < 4)
            setTabOrder(m_resolveHours[i], m_responseHours[i + 1]);
    }
    auto* note = new QLabel(tr("Applies to tickets created or re-rated from now on; existing due dates stay."), this);
    note->setWordWrap(true);
    grid->addWidget(note, 5, 0, 1, 3);
}

SlaPolicy SlaPolicyEditor::policy() const
{
    SlaPolicy policy;
    for (int i = 0; i < 4; ++i)
        policy.setTargets(
            i + 1, SlaTargets{toMinutes(m_responseHours[std::size_t(i)]), toMinutes(m_resolveHours[std::size_t(i)])});
    return policy;
}

void SlaPolicyEditor::setPolicy(const SlaPolicy& policy)
{
    for (int i = 0; i < 4; ++i) {
        const SlaTargets targets = policy.targets(i + 1);
        m_responseHours[std::size_t(i)]->setValue(targets.responseMinutes / 60.0);
        m_resolveHours[std::size_t(i)]->setValue(targets.resolveMinutes / 60.0);
    }
}

QWidget* SlaPolicyEditor::firstField() const
{
    return m_responseHours.front();
}

QWidget* SlaPolicyEditor::lastField() const
{
    return m_resolveHours.back();
}

} // namespace fb
