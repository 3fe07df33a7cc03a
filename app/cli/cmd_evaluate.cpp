// netsynth-cli evaluate --real DIR --synthetic DIR --out DIR [--test-real DIR] [--seeds K] [--report] [--json]
#include "app/cli/cli_common.h"
#include "app/cli/cmd_evaluate.h"
#include "app/cli/command_table.h"
#include "app/cli/report_writer.h"
#include "core/eval/report_warnings.h"

#include "core/eval/evaluation_config.h"
#include "core/runtime/json_document.h"
#include "core/eval/evaluation_inputs.h"
#include "core/eval/evaluator.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QDir>
#include <QStringList>

#include <iostream>

namespace netsynth::cli {

namespace {
std::vector<int> parseIntList(const QString &text, const char *option)
{
    std::vector<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok || v < 1)
            throw UsageError(std::string("--") + option + ": expected positive integers separated by commas, got '" +
                             toStd(text) + "'");
        out.push_back(v);
    }
    return out;
}
} // namespace

void addEvaluationOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("seeds"), QStringLiteral("Classifier seeds per TSTR scenario (default 3)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("cnn-seeds"), QStringLiteral("Seeds of the GASF CNN, at most --seeds (default 2)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("cnn-epochs"), QStringLiteral("Training epochs of the GASF CNN (default 8)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("max-per-class"), QStringLiteral("Images per class in each CNN training set (default 250)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("no-cnn"), QStringLiteral("Skip the GASF CNN (no FID; TSTR with the judge and the series classifier).")});
    parser.addOption({QStringLiteral("no-trees"), QStringLiteral("Skip the boosted-trees judge (the headline TSTR is then the CNN's).")});
    parser.addOption({QStringLiteral("tree-rounds"), QStringLiteral("Boosting rounds of the judge (default 200)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("early"), QStringLiteral("Early-classification prefixes (default 5,10,20,32)."), QStringLiteral("list")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("Evaluation settings as JSON (keys of metrics.json's \"config\")."), QStringLiteral("file")});
}

EvaluationConfig evaluationConfigFrom(const QCommandLineParser &parser)
{
    EvaluationConfig c;
    if (parser.isSet(QStringLiteral("config"))) {
        const std::string file = toStd(parser.value(QStringLiteral("config")));
        c = EvaluationConfig::fromJson(readJsonFile(file), file);
    }
    c.seeds = intOption(parser, QStringLiteral("seeds"), c.seeds);
    c.cnnSeeds = intOption(parser, QStringLiteral("cnn-seeds"), c.cnnSeeds);
    c.cnn.epochs = intOption(parser, QStringLiteral("cnn-epochs"), c.cnn.epochs);
    c.maxTrainPerClass = intOption(parser, QStringLiteral("max-per-class"), c.maxTrainPerClass);
    if (parser.isSet(QStringLiteral("no-cnn")))
        c.useCnn = false;
    if (parser.isSet(QStringLiteral("no-trees")))
        c.useTrees = false;
    c.trees.rounds = intOption(parser, QStringLiteral("tree-rounds"), c.trees.rounds);
    if (c.trees.rounds < 1)
        throw UsageError("--tree-rounds must be at least 1");
    if (parser.isSet(QStringLiteral("early")))
        c.earlyPrefixes = parseIntList(parser.value(QStringLiteral("early")), "early");
    if (c.seeds < 1 || c.cnnSeeds < 1 || c.cnn.epochs < 1 || c.maxTrainPerClass < 1)
        throw UsageError("--seeds, --cnn-seeds, --cnn-epochs and --max-per-class must be at least 1");
    return c;
}

nlohmann::json evaluationSummary(const nlohmann::json &m, const std::string &out)
{
    nlohmann::json j = {{"out", out}};
    for (const char *k : {"fid", "fid_real_test", "precision", "recall", "memorisation", "tstr", "tstr_trees",
                          "tstr_series", "per_class", "early", "fidelity", "durations"})
        if (m.contains(k)) j[k] = m[k];
    // Trim the bulky parts of the TSTR objects.
    for (const char *t : {"tstr", "tstr_series"})
        if (j.contains(t)) j[t].erase("loss_curves");
    return j;
}

void printEvaluationLines(std::ostream &out, const nlohmann::json &m)
{
    out << "FID " << m.value("fid", nlohmann::json()).dump() << " (real test floor "
        << m.value("fid_real_test", nlohmann::json()).dump() << ")\n";
    const nlohmann::json &t = m.contains("tstr") ? m["tstr"] : nlohmann::json();
    if (!t.is_object())
        return;
    out << "TSTR judge: " << t.value("classifier", std::string("?"));
    if (t.contains("engine"))
        out << " (" << t["engine"].get<std::string>() << ", first " << t.value("prefix", 0) << " values)";
    out << "\n";
    for (const char *k : {"real_real", "synth_real", "mixed_real"})
        if (t.contains(k))
            out << "TSTR " << k << ": accuracy " << t[k]["accuracy"].dump() << ", macro-F1 " << t[k]["macro_f1"].dump()
                << "\n";
    if (t.contains("synth_real_ratio"))
        out << "synthetic->real is " << t["synth_real_ratio"].dump() << " of real->real (real+synthetic: "
            << t.value("mixed_real_ratio", nlohmann::json()).dump() << ")\n";
    for (const auto &w : ReportWarnings::forDisplay(m)) // in --lang's language
        out << "warning: " << w.value("message", std::string()) << "\n";
}

int runEvaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fidelity (FID with a domain CNN encoder, k-NN precision/recall, memorisation, series distances) and "
        "usefulness (TSTR real->real, synthetic->real, mixed->real; early classification) of a synthetic image set."));
    addCommonOptions(parser);
    addReportLanguageOption(parser);
    parser.addOption({QStringLiteral("real"), QStringLiteral("Real (training) image set folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("synthetic"), QStringLiteral("Synthetic image set folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder (metrics.json, sample grids, report)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("test-real"), QStringLiteral("Held-out real image set (default: a stratified split of --real)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("test-fraction"), QStringLiteral("Share of --real held out when no --test-real (default 0.25)."), QStringLiteral("f")});
    parser.addOption({QStringLiteral("split-seed"), QStringLiteral("Seed of that split (default 42)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("report"), QStringLiteral("Also write report.html and report.pdf into --out.")});
    addEvaluationOptions(parser);
    parseCommandLine(parser, args);
    applyReportLanguage(parser);
    for (const char *required : {"real", "synthetic", "out"})
        if (!parser.isSet(QString::fromLatin1(required)))
            throw UsageError(std::string("missing --") + required);
    EvaluationConfig config = evaluationConfigFrom(parser);
    config.testFraction = doubleOption(parser, QStringLiteral("test-fraction"), config.testFraction);
    config.splitSeed = static_cast<std::uint64_t>(intOption(parser, QStringLiteral("split-seed"), static_cast<int>(config.splitSeed)));
    if (config.testFraction <= 0.0 || config.testFraction >= 1.0)
        throw UsageError("--test-fraction must be between 0 and 1");
    const std::string out = toStd(parser.value(QStringLiteral("out")));

    nlohmann::json metrics;
    {
        CliProgress progress(parser.isSet(QStringLiteral("quiet")));
        ProgressToken::Scope loading(progress.token(), 0.0, 0.1);
        loading.setProgress(0.0, "loading image sets");
        const EvaluationInputs inputs = loadEvaluationInputs(
            toStd(parser.value(QStringLiteral("real"))), toStd(parser.value(QStringLiteral("synthetic"))),
            toStd(parser.value(QStringLiteral("test-real"))), config.testFraction, config.splitSeed, progress.token());
        metrics = Evaluator::run(inputs, config, progress.token());
        progress.token().setProgress(0.97, "writing outputs");
        Evaluator::writeOutputs(metrics, inputs, out);
        progress.finish();
    }
    QStringList reportFiles;
    if (parser.isSet(QStringLiteral("report")))
        reportFiles = writeReportFiles(QString::fromStdString(out), QString::fromStdString(out));
    if (jsonRequested(parser)) {
        nlohmann::json j = evaluationSummary(metrics, toStd(QDir(QString::fromStdString(out)).absolutePath()));
        for (const QString &f : reportFiles) j["report_files"].push_back(toStd(f));
        printJson(j);
    } else {
        printEvaluationLines(std::cout, metrics);
        std::cout << "metrics: " << out << "/metrics.json\n";
        for (const QString &f : reportFiles) std::cout << toStd(f) << "\n";
    }
    return ExitOk;
}

} // namespace netsynth::cli
