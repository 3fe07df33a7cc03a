// netsynth: the NetSynth Studio GUI.
//   netsynth [--screenshot FILE.png] [--quit-after MS] [--report FOLDER] [--checkpoint PATH] [--lang CODE]
//            [--dataset PATH [--label-map FILE]]
//            [--window-size WxH]
//            [--appshot-city DIR [--appshot-simulate N] [--appshot-train-steps N --appshot-run DIR]
//             [--appshot-checkpoint FILE] [--appshot-hours LIST] [--appshot-cell ROW,COL] [--appshot-patches]]
#include "app/app_settings.h"
#include "app/appshot_controller.h"
#include "app/compare_actions.h"
#include "app/main_window.h"
#include "core/runtime/device.h"
#include "reports/report_language.h"
#include "core/runtime/errors.h"
#include "widgets/datasets/datasets_pane.h"
#include "widgets/reports/reports_pane.h"
#include "widgets/training/training_pane.h"

#include <QApplication>

#include <csignal>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLocale>
#include <QScreen>
#include <QTimer>

using namespace netsynth;

// The command line: start-up actions (open a dataset, a report, a checkpoint,
// an AppShot city or a comparison) and scripted screenshots for the docs.
static void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("NetSynth Studio: generative modelling of network traffic"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save a screenshot of the main window and quit."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("quit-after"), QStringLiteral("Quit after this many milliseconds."), QStringLiteral("ms")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Compute device: auto, cpu or cuda (overrides preferences)."), QStringLiteral("device")});
    parser.addOption({QStringLiteral("appshot-city"), QStringLiteral("Open this city in the AppShot Map tab."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("appshot-simulate"), QStringLiteral("With --appshot-city: simulate N services of demo traffic."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("appshot-train-steps"), QStringLiteral("With --appshot-city: train N steps on the city into --appshot-run."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("appshot-run"), QStringLiteral("Run folder for --appshot-train-steps."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("appshot-checkpoint"), QStringLiteral("With --appshot-city: generate with this checkpoint."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("appshot-hours"), QStringLiteral("Hours to generate (default 0-23)."), QStringLiteral("list")});
    parser.addOption({QStringLiteral("appshot-cell"), QStringLiteral("With --appshot-city: inspect this cell."), QStringLiteral("row,col")});
    parser.addOption({QStringLiteral("appshot-patches"), QStringLiteral("With --appshot-city: show the generation patches.")});
    parser.addOption({QStringLiteral("screenshot-dock"), QStringLiteral("With --screenshot: capture only this dock (e.g. AppShotDock), floated at the window's size."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("report"), QStringLiteral("Show this report folder (holding metrics.json) in the Reports pane."), QStringLiteral("folder")});
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("Open this checkpoint or run folder (diffusion, dg, wgan-gasf, empirical) in the Training pane."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Open this traffic dataset (file or folder) in the Datasets pane."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("label-map"), QStringLiteral("With --dataset: a 'file name,label' mapping for captures (an export's labels.csv)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("compare-real"), QStringLiteral("Open the Real vs synthetic view of this real image set and --compare-synthetic."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("compare-synthetic"), QStringLiteral("With --compare-real: the synthetic image set."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("compare-class"), QStringLiteral("With --compare-real: show this class first."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("User interface language, e.g. en or it (overrides the preferences)."), QStringLiteral("code")});
    parser.addOption({QStringLiteral("window-size"), QStringLiteral("Initial window size WIDTHxHEIGHT (default 1400x900)."), QStringLiteral("size")});
}

// --report, --dataset, --checkpoint: what to show when the window opens.
static void openRequested(MainWindow &window, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("report"))) {
        window.reportsPane()->addReport(parser.value(QStringLiteral("report")));
        if (QDockWidget *reports = window.dock(QStringLiteral("ReportsDock"))) {
            reports->show();
            reports->raise();
        }
    }

    if (parser.isSet(QStringLiteral("dataset"))) {
        LoadOptions options;
        options.labelMapPath = parser.value(QStringLiteral("label-map")).toStdString();
        window.datasetsPane()->openPath(parser.value(QStringLiteral("dataset")), options);
    }

    if (parser.isSet(QStringLiteral("checkpoint"))) {
        window.trainingPane()->openCheckpoint(parser.value(QStringLiteral("checkpoint")));
        if (QDockWidget *training = window.dock(QStringLiteral("TrainingDock"))) {
            training->show();
            training->raise();
        }
    }
}

// --appshot-city and its steps: the AppShot pane scripted (open, simulate,
// train, generate, inspect a cell).
static void startAppShot(MainWindow &window, const QCommandLineParser &parser)
{
    AppShotStartup s;
    s.city = parser.value(QStringLiteral("appshot-city"));
    s.simulateServices = parser.value(QStringLiteral("appshot-simulate")).toInt();
    s.trainSteps = parser.value(QStringLiteral("appshot-train-steps")).toInt();
    s.trainRunDir = parser.value(QStringLiteral("appshot-run"));
    s.checkpoint = parser.value(QStringLiteral("appshot-checkpoint"));
    if (parser.isSet(QStringLiteral("appshot-hours")))
        s.hours = parser.value(QStringLiteral("appshot-hours"));
    const QStringList cell = parser.value(QStringLiteral("appshot-cell")).split(QLatin1Char(','));
    if (cell.size() == 2) {
        s.cellRow = cell[0].toInt();
        s.cellCol = cell[1].toInt();
    }
    s.showPatches = parser.isSet(QStringLiteral("appshot-patches"));
    window.showAppShotPane();
    window.appShotController()->runStartup(s);
}

// --compare-real and --compare-synthetic: the Real vs synthetic view, opened
// at --compare-class (and grabbed for --screenshot).
static void startComparison(MainWindow &window, const QCommandLineParser &parser)
{
    const QString first = parser.value(QStringLiteral("compare-class"));
    const QString file = parser.value(QStringLiteral("screenshot"));
    QObject::connect(window.compareActions(), &CompareActions::shown, &window,
                     [&window, first, file](SeriesComparisonDialog *view) {
                         if (!first.isEmpty()) view->showClass(first);
                         if (file.isEmpty()) return;
                         // The view alone: it is the subject of the screenshot.
                         QTimer::singleShot(800, &window, [&window, view, file] {
                             view->grab().save(file);
                             window.close();
                         });
                     });
    QObject::connect(window.compareActions(), &CompareActions::failed, &window, [&window, file] {
        if (!file.isEmpty()) window.close();
    });
    window.compareActions()->submitComparison(parser.value(QStringLiteral("compare-real")),
                                              parser.value(QStringLiteral("compare-synthetic")));
}

// --screenshot and --quit-after: when to grab the window (or a view, or one
// dock) and close.
static void scheduleScreenshot(MainWindow &window, const QCommandLineParser &parser, bool compare, bool appshot)
{
    if (parser.isSet(QStringLiteral("screenshot")) && compare) {
        // Taken by the view when it opens (above).
    } else if (parser.isSet(QStringLiteral("screenshot")) && appshot) {
        // Taken when the scripted AppShot steps have finished (or stopped at an error).
        const QString file = parser.value(QStringLiteral("screenshot"));
        QDockWidget *only = parser.isSet(QStringLiteral("screenshot-dock")) ? window.dock(parser.value(QStringLiteral("screenshot-dock"))) : nullptr;
        if (only) {
            // Floated at the window's size, as a user undocks and enlarges it.
            only->setFloating(true);
            only->resize(window.size());
        }
        QObject::connect(window.appShotController(), &AppShotController::startupFinished, &window, [&window, file, only] {
            QTimer::singleShot(800, &window, [&window, file, only] {
                (only ? only->grab() : window.grab()).save(file);
                window.close();
            });
        });
    } else if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        const int delay = parser.isSet(QStringLiteral("quit-after")) ? parser.value(QStringLiteral("quit-after")).toInt() : 1500;
        QTimer::singleShot(delay, &window, [&window, file] {
            window.grab().save(file);
            window.close();
        });
    } else if (parser.isSet(QStringLiteral("quit-after"))) {
        QTimer::singleShot(parser.value(QStringLiteral("quit-after")).toInt(), &window, &QWidget::close);
    }
}

int main(int argc, char **argv)
{
    // A file-size limit (ulimit -f) or a full quota makes writes fail with an
    // error the writers report ("write failed (disk full?)"), not SIGXFSZ's
    // silent kill.
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    // Resources compiled into the static netsynth_app library must be
    // registered explicitly, or the linker drops them.
    Q_INIT_RESOURCE(netsynth);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NetSynth"));
    QApplication::setApplicationName(QStringLiteral("NetSynth Studio"));
    QApplication::setApplicationVersion(QStringLiteral(NETSYNTH_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/netsynth.svg")));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    AppSettings settings = AppSettings::load();
    installTranslations(app, parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : settings.language);
    try {
        const QString device = parser.isSet(QStringLiteral("device")) ? parser.value(QStringLiteral("device")) : settings.device;
        DeviceManager::configure(parseDevicePreference(device.toStdString()), settings.threads);
    } catch (const InputError &e) {
        qWarning("%s; using the CPU", e.what());
        DeviceManager::configure(DevicePreference::Cpu, settings.threads);
    }

    MainWindow window;
    const QStringList size = parser.value(QStringLiteral("window-size")).split(QLatin1Char('x'));
    window.resize(size.size() == 2 && size[0].toInt() > 0 ? size[0].toInt() : 1400,
                  size.size() == 2 && size[1].toInt() > 0 ? size[1].toInt() : 900);
    window.show();
    openRequested(window, parser);

    const bool appshot = parser.isSet(QStringLiteral("appshot-city"));
    if (appshot)
        startAppShot(window, parser);

    const bool compare = parser.isSet(QStringLiteral("compare-real")) && parser.isSet(QStringLiteral("compare-synthetic"));
    if (compare)
        startComparison(window, parser);

    scheduleScreenshot(window, parser, compare, appshot);
    return app.exec();
}
