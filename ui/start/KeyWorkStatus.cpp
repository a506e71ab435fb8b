// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/KeyWorkStatus.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace fb {

KeyWorkStatus::KeyWorkStatus(const QString& busyText, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setFormat(busyText);
    m_busyBar->setTextVisible(true);
    m_busyBar->hide();
    layout->addWidget(m_busyBar);
}

void KeyWorkStatus::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->show();
}

void KeyWorkStatus::clearMessage()
{
    m_message->hide();
}

void KeyWorkStatus::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    if (busy)
        clearMessage();
}

void KeyWorkStatus::setBusyText(const QString& text)
{
    m_busyBar->setFormat(text);
}

} // namespace fb
