// The evaluator's strong judge (XGBoost, the evaluator's settings and seeds)
// on decoded CSV sets, for the quality study: what bench/tstr_judge.py does
// with scikit-learn, but with the judge of record, so a variant of the
// synthetic set (a share of it, a filtered subset) is scored exactly as the
// pipeline's report would score it, in seconds instead of a 7-minute
// evaluation. Not a benchmark: it prints accuracies, not times.
//
//   netsynth-cli decode runs/r9/images/train --out train.csv
//   netsynth-cli decode runs/r9/images/test --out test.csv
//   netsynth-cli decode runs/r9/synthetic/diffusion-dpm2m --symmetrise --out synth.csv
//   build/bench/judge_csv train.csv test.csv synth.csv [--seeds 3] [--threads 2]
//       [--mix-shares 0.25,0.5,1,2] [--filter-agree] [--per-class]
//
// --mix-shares: real + a random share of the synthetic rows (share x the
// real row count; 2 is the evaluator's mix when the synthetic set is twice
// the real one). --filter-agree: keep only the synthetic rows that a judge
// fitted on the real training rows (seed 0) labels as their own class.

#include "core/eval/classification_scores.h"
#include "core/eval/tree_classifier.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace netsynth;

namespace {

constexpr int kPrefix = 10;

struct Set
{
    std::vector<float> rows;
    std::vector<int> labels;
    std::size_t count() const { return labels.size(); }
};

struct Csv
{
    std::vector<std::string> labels;
    std::vector<std::vector<double>> series;
};

std::vector<std::string> splitComma(const std::string &line)
{
    std::vector<std::string> out;
    std::stringstream in(line);
    std::string cell;
    while (std::getline(in, cell, ',')) out.push_back(cell);
    if (!line.empty() && line.back() == ',') out.emplace_back();
    return out;
}

Csv readCsv(const std::string &path)
{
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open");
    std::string line;
    std::getline(in, line);
    if (line.rfind("label,length", 0) != 0) throw std::runtime_error(path + ": line 1: expected 'label,length,v1,...'");
    Csv csv;
    int lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty()) continue;
        const auto cells = splitComma(line);
        if (cells.size() < 2) throw std::runtime_error(path + ": line " + std::to_string(lineNo) + ": too few fields");
        const int n = std::stoi(cells[1]);
        if (n < 0 || static_cast<std::size_t>(n) + 2 > cells.size())
            throw std::runtime_error(path + ": line " + std::to_string(lineNo) + ": length " + cells[1] +
                                     " but " + std::to_string(cells.size() - 2) + " values");
        std::vector<double> v;
        for (int i = 0; i < n; ++i) v.push_back(std::stod(cells[static_cast<std::size_t>(i) + 2]));
        csv.labels.push_back(cells[0]);
        csv.series.push_back(std::move(v));
    }
    return csv;
}

Set toSet(const Csv &csv, const std::map<std::string, int> &classIndex, const std::string &path)
{
    Set s;
    for (std::size_t i = 0; i < csv.series.size(); ++i) {
        const auto it = classIndex.find(csv.labels[i]);
        if (it == classIndex.end()) throw std::runtime_error(path + ": class '" + csv.labels[i] + "' not in training");
        const auto f = TreeClassifier::features(csv.series[i], kPrefix);
        s.rows.insert(s.rows.end(), f.begin(), f.end());
        s.labels.push_back(it->second);
    }
    return s;
}

Set concat(const Set &a, const Set &b)
{
    Set s = a;
    s.rows.insert(s.rows.end(), b.rows.begin(), b.rows.end());
    s.labels.insert(s.labels.end(), b.labels.begin(), b.labels.end());
    return s;
}

Set subset(const Set &s, const std::vector<std::size_t> &keep)
{
    const std::size_t dim = static_cast<std::size_t>(TreeClassifier::featureCount(kPrefix));
    Set out;
    for (std::size_t i : keep) {
        out.rows.insert(out.rows.end(), s.rows.begin() + static_cast<std::ptrdiff_t>(i * dim),
                        s.rows.begin() + static_cast<std::ptrdiff_t>((i + 1) * dim));
        out.labels.push_back(s.labels[i]);
    }
    return out;
}

TreeClassifier fitOn(const Set &train, int numClasses, std::uint64_t seed, int threads)
{
    TreeClassifier clf;
    TreeClassifierOptions o;
    o.seed = seed;
    o.threads = threads;
    clf.fit(train.rows, static_cast<std::size_t>(TreeClassifier::featureCount(kPrefix)), train.labels, numClasses, o);
    return clf;
}

// Scores over `seeds` seeds (the evaluator's seed rule: s * 31 + scenario).
AggregatedScores judge(const Set &train, const Set &test, int numClasses, int seeds, int scenario, int threads)
{
    std::vector<ClassificationScores> runs;
    for (int s = 0; s < seeds; ++s) {
        const auto clf = fitOn(train, numClasses, static_cast<std::uint64_t>(s) * 31 + static_cast<std::uint64_t>(scenario),
                               threads);
        runs.push_back(ClassificationScores::compute(test.labels, clf.predict(test.rows), numClasses));
    }
    return AggregatedScores::of(runs);
}

void printRow(const std::string &name, std::size_t rows, const AggregatedScores &a, double realAccuracy,
              const std::vector<std::string> &classes, bool perClass)
{
    std::printf("%-44s %7zu  %.4f +- %.4f  %.3f  macro-F1 %.4f\n", name.c_str(), rows, a.accuracy.mean, a.accuracy.std,
                realAccuracy > 0 ? a.accuracy.mean / realAccuracy : 0.0, a.macroF1.mean);
    if (!perClass) return;
    for (std::size_t c = 0; c < classes.size(); ++c) std::printf("    %-14s F1 %.3f\n", classes[c].c_str(), a.perClassF1[c]);
}

std::vector<double> parseShares(const std::string &text)
{
    std::vector<double> out;
    for (const auto &cell : splitComma(text)) out.push_back(std::stod(cell));
    return out;
}

int run(int argc, char **argv)
{
    std::vector<std::string> paths;
    int seeds = 3, threads = 2;
    bool perClass = false, filterAgree = false;
    std::vector<double> shares;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
            return argv[++i];
        };
        if (a == "--seeds") seeds = std::stoi(next());
        else if (a == "--threads") threads = std::stoi(next());
        else if (a == "--mix-shares") shares = parseShares(next());
        else if (a == "--filter-agree") filterAgree = true;
        else if (a == "--per-class") perClass = true;
        else if (!a.empty() && a[0] == '-') throw std::runtime_error("unknown option " + a);
        else paths.push_back(a);
    }
    if (paths.size() != 3) throw std::runtime_error("usage: judge_csv TRAIN.csv TEST.csv SYNTH.csv [options]");
    const Csv trainCsv = readCsv(paths[0]), testCsv = readCsv(paths[1]), synthCsv = readCsv(paths[2]);
    std::map<std::string, int> classIndex;
    for (const auto &l : trainCsv.labels) classIndex.emplace(l, 0);
    std::vector<std::string> classes;
    for (auto &[name, index] : classIndex) {
        index = static_cast<int>(classes.size());
        classes.push_back(name);
    }
    const int k = static_cast<int>(classes.size());
    const Set real = toSet(trainCsv, classIndex, paths[0]), test = toSet(testCsv, classIndex, paths[1]),
              synth = toSet(synthCsv, classIndex, paths[2]);
    std::printf("judge: %s, %d seeds, %d classes; real %zu, test %zu, synthetic %zu rows\n", TreeClassifier::engine(),
                seeds, k, real.count(), test.count(), synth.count());
    std::printf("%-44s %7s  %-16s  %-5s\n", "training set", "rows", "-> real", "ratio");
    const auto rr = judge(real, test, k, seeds, 0, threads);
    printRow("real", real.count(), rr, rr.accuracy.mean, classes, perClass);
    printRow("synthetic", synth.count(), judge(synth, test, k, seeds, 1, threads), rr.accuracy.mean, classes, perClass);
    printRow("real + all synthetic", real.count() + synth.count(), judge(concat(real, synth), test, k, seeds, 2, threads),
             rr.accuracy.mean, classes, perClass);
    std::mt19937_64 rng(7);
    for (double share : shares) {
        std::vector<std::size_t> order(synth.count());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::shuffle(order.begin(), order.end(), rng);
        order.resize(std::min(order.size(), static_cast<std::size_t>(share * static_cast<double>(real.count()))));
        const Set part = subset(synth, order);
        printRow("real + synthetic, share " + std::to_string(share).substr(0, 4), real.count() + part.count(),
                 judge(concat(real, part), test, k, seeds, 2, threads), rr.accuracy.mean, classes, perClass);
    }
    if (filterAgree) {
        const auto predicted = fitOn(real, k, 0, threads).predict(synth.rows);
        std::vector<std::size_t> keep;
        for (std::size_t i = 0; i < synth.count(); ++i)
            if (predicted[i] == synth.labels[i]) keep.push_back(i);
        const Set kept = subset(synth, keep);
        printRow("synthetic the real judge agrees with", kept.count(), judge(kept, test, k, seeds, 1, threads),
                 rr.accuracy.mean, classes, perClass);
        printRow("real + those", real.count() + kept.count(), judge(concat(real, kept), test, k, seeds, 2, threads),
                 rr.accuracy.mean, classes, perClass);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception &e) {
        std::cerr << "judge_csv: " << e.what() << "\n";
        return 2;
    }
}
