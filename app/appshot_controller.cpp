#include "app/appshot_controller.h"
#include "core/runtime/json_document.h"

#include "core/appshot/appshot_evaluation.h"
#include "core/appshot/appshot_generator.h"
#include "core/appshot/appshot_holdout_study.h"
#include "core/appshot/appshot_report.h"
#include "core/appshot/appshot_trainer.h"
#include "core/appshot/city_reader.h"
#include "core/appshot/demo_traffic_generator.h"
#include "core/appshot/training_cities.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/job_runner.h"
#include "core/runtime/npy_io.h"
#include "core/runtime/progress.h"
#include "widgets/appshot/appshot_map_pane.h"
#include "widgets/appshot/holdout_results_dialog.h"
#include "reports/report_document.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

namespace netsynth {

namespace {
struct GeneratedResult
{
    std::shared_ptr<const TrafficMaps> traffic;
    std::vector<PatchTiler::Patch> patches;
    int patchSize = 0;
    std::vector<std::string> missingLayers;
};
} // namespace

AppShotController::AppShotController(JobRunner *jobs, AppShotMapPane *pane, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_pane(pane)
{
    connect(pane, &AppShotMapPane::openCityRequested, this, &AppShotController::openCity);
    connect(pane, &AppShotMapPane::demoTrafficRequested, this, &AppShotController::simulate);
    connect(pane, &AppShotMapPane::trainRequested, this, &AppShotController::train);
    connect(pane, &AppShotMapPane::generateRequested, this, &AppShotController::generate);
    connect(pane, &AppShotMapPane::loadGeneratedRequested, this, &AppShotController::loadGenerated);
    connect(pane, &AppShotMapPane::exportTrafficRequested, this, &AppShotController::exportTraffic);
    connect(pane, &AppShotMapPane::evaluateRequested, this, &AppShotController::evaluate);
    connect(pane, &AppShotMapPane::holdoutRequested, this, &AppShotController::holdout);
}

void AppShotController::fail(const QString &what, const QString &error)
{
    const QString text = tr("%1 failed: %2").arg(what, error);
    if (m_pane)
        m_pane->showError(text);
    Q_EMIT message(text);
    stopStartup();
}

void AppShotController::stopStartup()
{
    if (!m_startup)
        return;
    m_startup.reset();
    Q_EMIT startupFinished(false);
}

void AppShotController::runStartup(const AppShotStartup &startup)
{
    m_startup = startup;
    openCity(startup.city);
}

void AppShotController::advance(Stage finished)
{
    if (!m_startup)
        return;
    const AppShotStartup s = *m_startup;
    const QString runCheckpoint = s.trainRunDir.isEmpty() ? QString() : s.trainRunDir + QStringLiteral("/checkpoint.pt");
    for (int next = static_cast<int>(finished) + 1; next < static_cast<int>(Stage::Done); ++next) {
        const auto stage = static_cast<Stage>(next);
        if (stage == Stage::Simulate && s.simulateServices > 0) {
            AppShotDemoRequest r;
            r.services = s.simulateServices;
            r.days = s.simulateDays;
            simulate(r);
            return;
        }
        if (stage == Stage::Train && s.trainSteps > 0 && !s.trainRunDir.isEmpty()) {
            AppShotTrainRequest r;
            r.cityDirs << s.city;
            r.runDir = s.trainRunDir;
            r.steps = s.trainSteps;
            // Train on the city's own traffic when it has some and none was simulated.
            r.demo = s.simulateServices > 0 || !(m_pane && m_pane->city() && m_pane->city()->traffic);
            r.demoServices = s.simulateServices > 0 ? s.simulateServices : r.demoServices;
            r.demoDays = s.simulateDays;
            train(r);
            return;
        }
        if (stage == Stage::Generate && (!s.checkpoint.isEmpty() || !runCheckpoint.isEmpty())) {
            AppShotGenerateRequest r;
            r.checkpoint = s.checkpoint.isEmpty() ? runCheckpoint : s.checkpoint;
            r.hours = s.hours;
            generate(r);
            return;
        }
    }
    if (m_pane) {
        if (s.showPatches)
            m_pane->setPatchesShown(true);
        if (s.cellRow >= 0 && s.cellCol >= 0)
            m_pane->selectCell(s.cellRow, s.cellCol);
    }
    m_startup.reset();
    Q_EMIT startupFinished(true);
}

void AppShotController::openCity(const QString &path)
{
    const std::string p = path.toStdString();
    const QString name = tr("Open city %1").arg(QFileInfo(path).fileName());
    m_jobs->submit(name, [p](ProgressToken &token) {
        return std::shared_ptr<const City>(std::make_shared<City>(CityReader::read(p, &token)));
    }, this, [this, name](const JobOutcome<std::shared_ptr<const City>> &r) {
        if (!r.ok()) {
            if (r.status == JobResult::Status::Failed)
                fail(name, r.error);
            else
                stopStartup();
            return;
        }
        if (m_pane)
            m_pane->setCity(r.value());
        advance(Stage::Open);
    });
}

void AppShotController::simulate(const AppShotDemoRequest &request)
{
    if (!m_pane || !m_pane->city()) {
        stopStartup();
        return;
    }
    const std::shared_ptr<const City> city = m_pane->city();
    DemoTrafficSpec spec;
    spec.services = request.services;
    spec.days = request.days;
    spec.seed = static_cast<std::uint64_t>(request.seed);
    const QString name = tr("Simulate traffic for %1").arg(QString::fromStdString(city->name));
    m_jobs->submit(name, [city, spec](ProgressToken &) {
        return std::shared_ptr<const TrafficMaps>(
            std::make_shared<TrafficMaps>(DemoTrafficGenerator::generate(*city, spec)));
    }, this, [this, name, city](const JobOutcome<std::shared_ptr<const TrafficMaps>> &r) {
        if (!r.ok()) {
            if (r.status == JobResult::Status::Failed)
                fail(name, r.error);
            else
                stopStartup();
            return;
        }
        if (m_pane && m_pane->city() == city) {
            m_pane->setRealTraffic(r.value());
            m_pane->showMessage(tr("Showing SIMULATED traffic (procedural demo data, not a measurement)."));
        }
        advance(Stage::Simulate);
    });
}

void AppShotController::train(const AppShotTrainRequest &request)
{
    if (m_pane) {
        m_pane->clearTraining();
        m_pane->setLastRun(request.runDir); // Generate... proposes this run's checkpoint
    }
    QPointer<AppShotMapPane> pane = m_pane;
    const QString name = tr("Train AppShot (%n step(s))", nullptr, request.steps);
    m_jobs->submit(name, [request, pane](ProgressToken &token) {
        TrainingCitiesRequest citiesRequest;
        for (const QString &dir : request.cityDirs) citiesRequest.dirs.push_back(dir.toStdString());
        citiesRequest.demo = request.demo;
        citiesRequest.demoServices = request.demoServices;
        citiesRequest.demoDays = request.demoDays;
        citiesRequest.seed = static_cast<std::uint64_t>(request.seed);
        const std::vector<City> cities = readTrainingCities(citiesRequest, &token);
        AppShotConfig cfg;
        cfg.steps = request.steps;
        cfg.batch = request.batch;
        cfg.seed = static_cast<std::uint64_t>(request.seed);
        cfg = AppShotTrainer::prepareConfig(cities, cfg);
        const AppShotTrainingResult result = AppShotTrainer::train(
            cities, cfg, request.runDir.toStdString(), token, [pane](const AppShotTrainingProgress &p) {
                // Called on the worker thread: hand a copy to the GUI thread.
                if (pane)
                    QMetaObject::invokeMethod(pane.data(), [pane, p] {
                        if (pane)
                            pane->addTrainingProgress(p);
                    }, Qt::QueuedConnection);
            });
        return QString::fromStdString(result.checkpoint);
    }, this, [this, name](const JobOutcome<QString> &r) {
        if (r.status == JobResult::Status::Failed) {
            fail(name, r.error);
            return;
        }
        if (!r.ok()) {
            if (m_pane)
                m_pane->showMessage(tr("Training canceled; the run folder holds a checkpoint to resume from."));
            stopStartup();
            return;
        }
        if (m_pane)
            m_pane->showMessage(tr("Training finished: %1 (use Generate... with it)").arg(r.value()));
        advance(Stage::Train);
    });
}

void AppShotController::generate(const AppShotGenerateRequest &request)
{
    if (!m_pane || !m_pane->city()) {
        stopStartup();
        return;
    }
    const std::shared_ptr<const City> city = m_pane->city();
    const QString name = tr("Generate traffic for %1").arg(QString::fromStdString(city->name));
    m_jobs->submit(name, [city, request](ProgressToken &token) {
        const std::vector<int> hours = AppShotGenerator::parseHours(request.hours.toStdString());
        const AppShotGenerator generator(request.checkpoint.toStdString());
        AppShotGeneration g = generator.generate(*city, hours, static_cast<std::uint64_t>(request.seed), token);
        GeneratedResult out;
        out.patches = g.patches;
        out.patchSize = g.patchSize;
        out.missingLayers = g.missingLayers;
        out.traffic = std::make_shared<TrafficMaps>(std::move(g.traffic));
        return out;
    }, this, [this, name, city](const JobOutcome<GeneratedResult> &r) {
        if (!r.ok()) {
            if (r.status == JobResult::Status::Failed)
                fail(name, r.error);
            else
                stopStartup();
            return;
        }
        if (!m_pane || m_pane->city() != city) {
            stopStartup();
            return;
        }
        const GeneratedResult &g = r.value();
        if (!m_pane->setGenerated(g.traffic, g.patches, g.patchSize)) {
            stopStartup();
            return;
        }
        QString text = tr("Generated %1 hour(s) x %2 service(s) for %3 with %4 patches")
                           .arg(g.traffic->steps)
                           .arg(g.traffic->services)
                           .arg(QString::fromStdString(city->name))
                           .arg(g.patches.size());
        if (g.traffic->simulated())
            text += tr(" (model trained on SIMULATED traffic)");
        if (!g.missingLayers.empty()) {
            QStringList missing;
            for (const auto &l : g.missingLayers)
                missing << QString::fromStdString(l);
            text += tr("; WARNING: the city lacks %n context layer(s) the model uses (zeros were used): %1", nullptr,
                       static_cast<int>(missing.size()))
                        .arg(missing.join(QStringLiteral(", ")));
        }
        m_pane->showMessage(text);
        advance(Stage::Generate);
    });
}

void AppShotController::loadGenerated(const QString &dir)
{
    const std::string p = dir.toStdString();
    const QString name = tr("Load traffic %1").arg(QFileInfo(dir).fileName());
    m_jobs->submit(name, [p](ProgressToken &) {
        GeneratedResult out;
        TrafficMaps t = TrafficMaps::load(p);
        const auto patches = t.metadata.value("patches", nlohmann::json::array());
        out.patchSize = jsonNumberOr(t.metadata, "patch", 0, p + "/meta.json");
        for (const auto &pt : patches)
            if (pt.is_array() && pt.size() == 2)
                out.patches.push_back({pt[0].get<int>(), pt[1].get<int>()});
        out.traffic = std::make_shared<TrafficMaps>(std::move(t));
        return out;
    }, this, [this, name](const JobOutcome<GeneratedResult> &r) {
        if (!r.ok()) {
            if (r.status == JobResult::Status::Failed)
                fail(name, r.error);
            return;
        }
        if (!m_pane)
            return;
        const GeneratedResult &g = r.value();
        if (m_pane->setGenerated(g.traffic, g.patches, g.patchSize))
            m_pane->showMessage(tr("Loaded %1 hour(s) x %2 service(s) of generated traffic")
                                    .arg(g.traffic->steps)
                                    .arg(g.traffic->services));
    });
}

void AppShotController::exportTraffic(const QString &path)
{
    if (!m_pane || !m_pane->generatedTraffic())
        return;
    const std::shared_ptr<const TrafficMaps> t = m_pane->generatedTraffic();
    const std::string p = path.toStdString();
    const QString name = tr("Export traffic %1").arg(QFileInfo(path).fileName());
    m_jobs->submit(name, [t, p](ProgressToken &) {
        if (QFileInfo(QString::fromStdString(p)).suffix().toLower() == QLatin1String("csv")) {
            t->saveCsv(p);
        } else {
            writeNpy(p, {static_cast<std::size_t>(t->steps), static_cast<std::size_t>(t->services),
                         static_cast<std::size_t>(t->rows), static_cast<std::size_t>(t->cols)},
                     t->values.data());
            writeFileAtomically(p + ".json", t->describe().dump(2) + "\n");
        }
        return QString::fromStdString(p);
    }, this, [this, name](const JobOutcome<QString> &r) {
        if (r.status == JobResult::Status::Failed)
            fail(name, r.error);
        else if (r.ok() && m_pane)
            m_pane->showMessage(tr("Exported %1").arg(r.value()));
    });
}

void AppShotController::evaluate(const AppShotEvaluateRequest &request)
{
    if (!m_pane || !m_pane->city() || !m_pane->realTraffic() || !m_pane->generatedTraffic())
        return;
    const std::shared_ptr<const City> city = m_pane->city();
    const std::shared_ptr<const TrafficMaps> real = m_pane->realTraffic();
    const std::shared_ptr<const TrafficMaps> generated = m_pane->generatedTraffic();
    const QString out = QDir(request.outDir).absolutePath();
    const QString name = tr("Evaluate AppShot traffic for %1").arg(QString::fromStdString(city->name));
    m_jobs->submit(name, [city, real, generated, out](ProgressToken &token) {
        token.setProgress(0.05, "loading baselines");
        const std::string ckpt = generated->metadata.value("checkpoint", std::string());
        const std::string source = ckpt.empty() ? "generated in NetSynth Studio" : "generated in NetSynth Studio with " + ckpt;
        const AppShotEvaluationInputs inputs = AppShotEvaluation::fromCity(*city, *real, *generated, source);
        token.throwIfCanceled();
        token.setProgress(0.3, "metrics");
        const nlohmann::json metrics = AppShotEvaluation::evaluate(inputs);
        token.throwIfCanceled();
        token.setProgress(0.6, "report");
        AppShotReport::write(metrics, inputs, out.toStdString());
        ReportDocument::writeReport(out, out);
        nlohmann::json summary = {{"hours", metrics["hours_compared"]}, {"simulated", metrics["simulated"]},
                                  {"baselines", metrics["baselines"].size()}};
        return summary;
    }, this, [this, name, out, city](const JobOutcome<nlohmann::json> &r) {
        if (r.status == JobResult::Status::Failed) {
            fail(name, r.error);
            return;
        }
        if (!r.ok())
            return;
        const nlohmann::json &s = r.value();
        QString text = tr("Evaluated %n hour(s) of %1", nullptr, s["hours"].get<int>()).arg(QString::fromStdString(city->name));
        text += s["simulated"].get<bool>() ? tr(" (SIMULATED traffic)") : QString();
        text += tr(", %n baseline(s); report in %1.", nullptr, static_cast<int>(s["baselines"].get<std::size_t>())).arg(out);
        if (m_pane)
            m_pane->showReportReady(out, text);
        Q_EMIT message(text);
        Q_EMIT reportReady(out);
    });
}

void AppShotController::holdout(const AppShotHoldoutRequest &request)
{
    if (!m_pane || !m_pane->city() || !m_pane->realTraffic())
        return;
    auto city = std::make_shared<City>(*m_pane->city());
    city->traffic = *m_pane->realTraffic();
    AppShotConfig config;
    config.steps = request.steps;
    config.patch = request.patch;
    config.stride = std::max(1, request.patch / 2);
    AppShotHoldoutOptions options;
    options.folds = request.folds;
    options.buffer = request.buffer;
    options.seeds = request.seeds;
    options.hours = request.hours.toStdString();
    const QString out = QDir(request.outDir).absolutePath();
    const QString name = tr("Hold-out study of %1").arg(QString::fromStdString(city->name));
    m_jobs->submit(name, [city, config, options, out](ProgressToken &token) {
        return AppShotHoldoutStudy::run(*city, config, options, out.toStdString(), token);
    }, this, [this, name, out](const JobOutcome<nlohmann::json> &r) {
        if (r.status == JobResult::Status::Failed) {
            fail(name, r.error);
            return;
        }
        if (!r.ok())
            return;
        const nlohmann::json &study = r.value();
        const QString text = tr("Hold-out study finished: %n run(s), results in %1.", nullptr,
                                static_cast<int>(study["runs"].size()))
                                 .arg(out);
        if (m_pane) {
            m_pane->showMessage(text);
            auto *dialog = new HoldoutResultsDialog(study, out, m_pane);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }
        Q_EMIT message(text);
        Q_EMIT holdoutFinished(out);
    });
}

} // namespace netsynth
