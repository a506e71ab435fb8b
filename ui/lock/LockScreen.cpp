// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lock/LockScreen.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_opener(new WorkspaceOpener(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    m_label = new QLabel(this);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    outer->addWidget(m_label);
    auto* row = new QHBoxLayout();
    row->addStretch();
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(m_passphrase->fontMetrics().averageCharWidth() * 30);
    m_unlock = new QPushButton(tr("Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    row->addWidget(m_passphrase);
    row->addWidget(m_unlock);
    row->addStretch();
    outer->addLayout(row);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->hide();
    outer->addWidget(m_busy);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unlockMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_message);
    outer->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_opener, &WorkspaceOpener::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        m_passphrase->setEnabled(!busy);
        m_unlock->setEnabled(!busy);
    });
    connect(m_opener, &WorkspaceOpener::opened, this, &LockScreen::unlocked);
    connect(m_opener, &WorkspaceOpener::failed, this, [this](const Error& error) {
        m_message->setText(error.code == ErrorCode::WrongPassphrase ? tr("Wrong passphrase. Try again.")
                                                                    : error.toString());
        m_passphrase->setFocus();
    });
}

void LockScreen::lockFor(const QString& path)
{
    m_path = path;
    m_label->setText(tr("<h2>Locked</h2><p>%1 is closed and its key dropped. Enter the passphrase to "
                        "continue.</p>")
                         .arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_message->clear();
    m_passphrase->clear();
    m_passphrase->setFocus();
}

void LockScreen::unlock()
{
    if (m_passphrase->text().isEmpty())
        return;
    QString text = m_passphrase->text();
    m_passphrase->clear();
    m_message->clear();
    m_opener->open(m_path, SecretBytes::takeUtf8(text));
}

} // namespace fb
