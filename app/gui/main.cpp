// SPDX-License-Identifier: GPL-3.0-or-later
// firebreak: the desktop GUI. `firebreak` shows the start dialog; `firebreak WORKSPACE` (as a file manager opens
// a .firebreak file) shows it asking for that workspace's passphrase; `firebreak --demo` opens the demo workspace
// (creating it when needed) with the passphrase from FIREBREAK_PASSPHRASE, or "demo". One window per user session:
// a later launch hands its file to the running one (SingleInstance), which comes forward.
#include "core/base/Clock.h"
#include "core/base/ProcessHardening.h"
#include "core/base/Translations.h"
#include "core/crypto/GnupgHome.h"
#include "core/demo/DemoWorkspace.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SingleInstance.h"
#include "ui/screenshot/ScreenshotRunner.h"
#include "ui/start/StartDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QThreadPool>

#include <cstdio>

int main(int argc, char* argv[])
{
#ifdef NDEBUG
    fb::hardenProcess(); // no core dumps or ptrace of a process that holds a workspace key
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Firebreak"));
    QApplication::setApplicationName(QStringLiteral("firebreak"));
    QApplication::setApplicationVersion(QStringLiteral(FB_VERSION));
    // The desktop entry's name: window managers match the running window to the menu entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.firebreak.Firebreak"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.firebreak.Firebreak.svg")));
    // The language chosen in the settings, else the system's; English when there is no catalogue for it.
    fb::Translations::install(app, QSettings().value(QString::fromLatin1(fb::Translations::kLanguageKey)).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Incident-handling workbench for CSIRTs"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo workspace, creating it if needed."));
    parser.addOption(demo);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window to PNG files in <dir> (sample data) and quit."),
        QStringLiteral("dir"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file to open."),
                                 QStringLiteral("[workspace]"));
    parser.process(app);

    if (parser.isSet(screenshot)) {
        const QStringList files = fb::ScreenshotRunner::run(parser.value(screenshot));
        for (const QString& file : files)
            std::fprintf(stdout, "%s\n", qPrintable(file));
        return files.isEmpty() ? 5 : 0;
    }

    const QString file = parser.positionalArguments().value(0);
    const QString workspace = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
    fb::SingleInstance instance;
    if (instance.forward(workspace))
        return 0; // the running window took it
    if (!instance.listen())
        std::fprintf(stderr, "firebreak: %s\n", qPrintable(instance.error()));

    // A run that was killed left its temporary GnuPG homes (keys of partner teams) and their agents behind;
    // removing them waits for gpgconf, so not on this thread.
    QThreadPool::globalInstance()->start([] { fb::GnupgHome::removeLeftovers(); });

    QSettings settings;
    fb::SystemClock clock;
    const QString actor =
        settings.value(QStringLiteral("identity/handle"), qEnvironmentVariable("USER", QStringLiteral("handler")))
            .toString();

    fb::StartDialog dialog(settings, [&clock](fb::Vault& vault) -> fb::Status {
        auto summary = fb::DemoWorkspace::populateAll(vault, clock);
        return summary ? fb::Status() : fb::fail(summary.error());
    });
    std::unique_ptr<fb::MainWindow> window;
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&dialog, &QDialog::accepted, &app, [&]() {
        window = std::make_unique<fb::MainWindow>(settings, clock, actor);
        window->setWorkspace(dialog.takeVault());
        window->show();
        QApplication::setQuitOnLastWindowClosed(true);
    });
    QObject::connect(&dialog, &QDialog::rejected, &app, &QApplication::quit);
    QObject::connect(&instance, &fb::SingleInstance::activated, &app, [&](const QString& path) {
        if (window)
            window->bringForward(path);
        else if (!path.isEmpty())
            dialog.selectWorkspace(path);
        else {
            dialog.raise();
            dialog.activateWindow();
        }
    });
    dialog.show();
    if (!workspace.isEmpty())
        dialog.selectWorkspace(workspace);
    if (parser.isSet(demo)) {
        QString passphrase = qEnvironmentVariable("FIREBREAK_PASSPHRASE", QStringLiteral("demo"));
        dialog.openDemo(fb::SecretBytes::takeUtf8(passphrase));
    }
    const int status = app.exec();
    // Close the window (its pages cancel their jobs), then let running jobs end before the workspace and the
    // application go away.
    window.reset();
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
