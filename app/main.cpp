// netsynth: the NetSynth Studio GUI.
//   netsynth [--screenshot FILE.png] [--quit-after MS]
#include "app/app_settings.h"
#include "app/main_window.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QTranslator>

using namespace netsynth;

static void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("netsynth"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

int main(int argc, char **argv)
{
    // Resources compiled into the static netsynth_app library must be
    // registered explicitly, or the linker drops them.
    Q_INIT_RESOURCE(netsynth);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NetSynth"));
    QApplication::setApplicationName(QStringLiteral("NetSynth Studio"));
    QApplication::setApplicationVersion(QStringLiteral(NETSYNTH_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/netsynth.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("NetSynth Studio: generative modelling of network traffic"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save a screenshot of the main window and quit."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("quit-after"), QStringLiteral("Quit after this many milliseconds."), QStringLiteral("ms")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Compute device: auto, cpu or cuda (overrides preferences)."), QStringLiteral("device")});
    parser.process(app);

    AppSettings settings = AppSettings::load();
    installTranslators(app, settings.language);
    try {
        const QString device = parser.isSet(QStringLiteral("device")) ? parser.value(QStringLiteral("device")) : settings.device;
        DeviceManager::configure(parseDevicePreference(device.toStdString()), settings.threads);
    } catch (const InputError &e) {
        qWarning("%s; using the CPU", e.what());
        DeviceManager::configure(DevicePreference::Cpu, settings.threads);
    }

    MainWindow window;
    window.resize(1400, 900);
    window.show();

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        const int delay = parser.isSet(QStringLiteral("quit-after")) ? parser.value(QStringLiteral("quit-after")).toInt() : 1500;
        QTimer::singleShot(delay, &window, [&window, file] {
            window.grab().save(file);
            window.close();
        });
    } else if (parser.isSet(QStringLiteral("quit-after"))) {
        QTimer::singleShot(parser.value(QStringLiteral("quit-after")).toInt(), &window, &QWidget::close);
    }
    return app.exec();
}
