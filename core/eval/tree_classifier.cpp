#include "core/eval/tree_classifier.h"

#include "core/runtime/progress.h"

#include <xgboost/c_api.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>

namespace netsynth {

namespace {

// Throws with XGBoost's own message when a C API call fails.
void check(int rc, const char *what)
{
    if (rc != 0)
        throw std::runtime_error(std::string("xgboost: ") + what + ": " + XGBGetLastError());
}

// A DMatrix freed on scope exit.
struct Matrix
{
    DMatrixHandle h = nullptr;
    Matrix(const std::vector<float> &rows, std::size_t dim)
    {
        const std::size_t n = dim ? rows.size() / dim : 0;
        check(XGDMatrixCreateFromMat(rows.data(), static_cast<bst_ulong>(n), static_cast<bst_ulong>(dim),
                                     std::numeric_limits<float>::quiet_NaN(), &h),
              "creating the feature matrix");
    }
    ~Matrix() { XGDMatrixFree(h); }
    Matrix(const Matrix &) = delete;
    Matrix &operator=(const Matrix &) = delete;
};

} // namespace

struct TreeClassifier::Impl
{
    BoosterHandle booster = nullptr;
    std::size_t dim = 0;
    int classes = 0;
    int constantClass = -1; // a training set with one class predicts it without a booster
    ~Impl()
    {
        if (booster) XGBoosterFree(booster);
    }
};

TreeClassifier::TreeClassifier() : d(std::make_unique<Impl>()) {}
TreeClassifier::~TreeClassifier() = default;
TreeClassifier::TreeClassifier(TreeClassifier &&) noexcept = default;
TreeClassifier &TreeClassifier::operator=(TreeClassifier &&) noexcept = default;

bool TreeClassifier::trained() const
{
    return d && d->dim > 0;
}

const char *TreeClassifier::engine()
{
    static const std::string name = [] {
        int major = 0, minor = 0, patch = 0;
        XGBoostVersion(&major, &minor, &patch);
        return "xgboost " + std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch) +
               " hist";
    }();
    return name.c_str();
}

std::vector<float> TreeClassifier::features(const std::vector<double> &values, int prefix)
{
    const std::size_t p = static_cast<std::size_t>(std::max(0, prefix));
    std::vector<float> f(p + 1, std::numeric_limits<float>::quiet_NaN());
    const std::size_t n = std::min(values.size(), p);
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(values[i])) f[i] = static_cast<float>(values[i]);
    f[p] = static_cast<float>(n);
    return f;
}

void TreeClassifier::fit(const std::vector<float> &rows, std::size_t dim, const std::vector<int> &labels,
                         int numClasses, const TreeClassifierOptions &options, ProgressToken *token)
{
    if (dim == 0 || rows.size() != labels.size() * dim)
        throw std::invalid_argument("TreeClassifier::fit: rows do not match labels x dim");
    if (labels.empty())
        throw std::invalid_argument("TreeClassifier::fit: no training rows");
    if (numClasses < 1)
        throw std::invalid_argument("TreeClassifier::fit: no classes");
    auto next = std::make_unique<Impl>();
    next->dim = dim;
    next->classes = numClasses;
    const bool oneClass = std::all_of(labels.begin(), labels.end(), [&](int l) { return l == labels.front(); });
    if (oneClass || numClasses == 1) {
        next->constantClass = labels.front();
        d = std::move(next);
        return;
    }
    Matrix train(rows, dim);
    std::vector<float> y(labels.begin(), labels.end());
    check(XGDMatrixSetFloatInfo(train.h, "label", y.data(), static_cast<bst_ulong>(y.size())), "setting labels");
    check(XGBoosterCreate(&train.h, 1, &next->booster), "creating the booster");
    const int threads = options.threads > 0 ? options.threads
                                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const std::pair<const char *, std::string> params[] = {
        {"objective", "multi:softprob"},
        {"num_class", std::to_string(numClasses)},
        {"tree_method", "hist"},
        {"max_depth", std::to_string(options.maxDepth)},
        {"eta", std::to_string(options.learningRate)},
        {"subsample", std::to_string(options.subsample)},
        {"nthread", std::to_string(threads)},
        {"seed", std::to_string(options.seed % 2147483647u)},
        {"verbosity", "0"},
    };
    for (const auto &p : params)
        check(XGBoosterSetParam(next->booster, p.first, p.second.c_str()), p.first);
    for (int round = 0; round < options.rounds; ++round) {
        if (token) token->throwIfCanceled();
        check(XGBoosterUpdateOneIter(next->booster, round, train.h), "training");
    }
    d = std::move(next);
}

std::vector<int> TreeClassifier::predict(const std::vector<float> &rows) const
{
    if (!trained())
        throw std::logic_error("TreeClassifier::predict before fit");
    const std::size_t n = rows.size() / d->dim;
    if (d->constantClass >= 0) return std::vector<int>(n, d->constantClass);
    std::vector<int> out(n, 0);
    if (n == 0) return out;
    Matrix test(rows, d->dim);
    bst_ulong len = 0;
    const float *prob = nullptr;
    check(XGBoosterPredict(d->booster, test.h, 0, 0, 0, &len, &prob), "predicting");
    const std::size_t k = static_cast<std::size_t>(d->classes);
    if (len != n * k)
        throw std::runtime_error("xgboost: prediction has " + std::to_string(len) + " values, expected " +
                                 std::to_string(n * k));
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<int>(std::max_element(prob + i * k, prob + (i + 1) * k) - (prob + i * k));
    return out;
}

} // namespace netsynth
