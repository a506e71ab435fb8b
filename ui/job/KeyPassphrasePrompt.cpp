// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/job/KeyPassphrasePrompt.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>

namespace fb {

namespace {

std::mutex askMutex;
KeyPassphrasePrompt::Ask& currentAsk()
{
    static KeyPassphrasePrompt::Ask ask = &KeyPassphrasePrompt::dialog;
    return ask;
}

KeyPassphrasePrompt::Ask askFunction()
{
    const std::lock_guard lock(askMutex);
    return currentAsk();
}

} // namespace

void KeyPassphrasePrompt::setAsk(Ask ask)
{
    const std::lock_guard lock(askMutex);
    currentAsk() = ask ? std::move(ask) : Ask(&KeyPassphrasePrompt::dialog);
}

std::optional<SecretBytes> KeyPassphrasePrompt::dialog(QWidget* parent, const QString& keyDescription)
{
    QInputDialog input(parent);
    input.setWindowTitle(tr("Passphrase of the key"));
    input.setLabelText(tr("GnuPG needs the passphrase of\n%1").arg(keyDescription));
    input.setTextEchoMode(QLineEdit::Password);
    input.setInputMode(QInputDialog::TextInput);
    if (input.exec() != QDialog::Accepted)
        return std::nullopt;
    QString text = input.textValue();
    input.setTextValue(QString());
    return SecretBytes::takeUtf8(text);
}

PassphraseCallback KeyPassphrasePrompt::callback(QWidget* parent)
{
    // Set on the GUI thread when the parent goes away; the waiting worker gives up then.
    auto gone = std::make_shared<std::atomic<bool>>(false);
    if (parent)
        QObject::connect(parent, &QObject::destroyed, [gone]() { *gone = true; });
    QPointer<QWidget> guarded(parent);
    return [guarded, gone](const QString& keyDescription) -> std::optional<SecretBytes> {
        const Ask ask = askFunction();
        if (QThread::currentThread() == qApp->thread())
            return *gone ? std::nullopt : ask(guarded.data(), keyDescription);
        auto answer = std::make_shared<std::promise<std::optional<SecretBytes>>>();
        std::future<std::optional<SecretBytes>> future = answer->get_future();
        QMetaObject::invokeMethod(
            qApp,
            [guarded, gone, ask, answer, keyDescription]() {
                answer->set_value(*gone || !guarded ? std::nullopt : ask(guarded.data(), keyDescription));
            },
            Qt::QueuedConnection);
        // Not a blocking call into the GUI thread: that thread may itself be waiting for this job to end.
        while (future.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
            if (*gone || QCoreApplication::closingDown())
                return std::nullopt;
        }
        return future.get();
    };
}

} // namespace fb
