#include "core/eval/gasf_classifier.h"
#include "core/eval/gasf_classifier_impl.h"

#include "core/runtime/device.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <stdexcept>

namespace netsynth {

GasfConvBlockImpl::GasfConvBlockImpl(int in, int out, bool poolIt, double dropout) : pool(poolIt)
{
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
    norm = register_module("norm", torch::nn::BatchNorm2d(out));
    drop = register_module("drop", torch::nn::Dropout(dropout));
}

torch::Tensor GasfConvBlockImpl::forward(torch::Tensor x)
{
    x = torch::relu(norm(conv(x)));
    if (pool)
        x = torch::max_pool2d(x, 2);
    return drop(x);
}

GasfCnnImpl::GasfCnnImpl(int imageSize, int channels, int numClasses, double convDropout, double fcDropout)
{
    blocks = register_module("blocks", torch::nn::Sequential());
    int in = channels;
    int size = imageSize;
    for (int out : {32, 64, 128, 256}) {
        const bool pool = size >= 2;
        blocks->push_back(GasfConvBlock(in, out, pool, convDropout));
        if (pool) size /= 2;
        in = out;
    }
    squeeze = register_module("squeeze", torch::nn::AdaptiveAvgPool2d(torch::nn::AdaptiveAvgPool2dOptions({2, 2})));
    fc = register_module("fc", torch::nn::Linear(256 * 4, 128));
    fcDrop = register_module("fc_drop", torch::nn::Dropout(fcDropout));
    head = register_module("head", torch::nn::Linear(128, numClasses));
}

torch::Tensor GasfCnnImpl::embed(torch::Tensor x)
{
    x = squeeze(blocks->forward(x));
    return torch::relu(fc(x.flatten(1)));
}

torch::Tensor GasfCnnImpl::forward(torch::Tensor x)
{
    return head(fcDrop(embed(x)));
}

struct GasfClassifier::Impl
{
    int imageSize = 0;
    int channels = 1;
    int numClasses = 0;
    torch::Device device{torch::kCPU};
    GasfCnn model{nullptr};

    torch::Tensor batch(const ImageSamples &s, const std::vector<std::size_t> &idx, std::size_t begin,
                        std::size_t end) const
    {
        const std::size_t per = s.pixelsPerImage();
        auto t = torch::empty({static_cast<long>(end - begin), channels, imageSize, imageSize}, torch::kFloat32);
        float *dst = t.data_ptr<float>();
        for (std::size_t k = begin; k < end; ++k) {
            const float *src = s.image(idx[k]);
            std::copy(src, src + per, dst + (k - begin) * per);
        }
        return t.to(device);
    }

    void check(const ImageSamples &s) const
    {
        if (s.imageSize != imageSize || s.channels != channels)
            throw std::invalid_argument("GasfClassifier: image geometry differs from the classifier's");
    }
};

GasfClassifier::GasfClassifier(int imageSize, int channels, int numClasses) : m_impl(std::make_unique<Impl>())
{
    if (imageSize < 1 || channels < 1 || numClasses < 1)
        throw std::invalid_argument("GasfClassifier: bad geometry");
    m_impl->imageSize = imageSize;
    m_impl->channels = channels;
    m_impl->numClasses = numClasses;
    m_impl->device = torch::Device(DeviceManager::current().name);
}

GasfClassifier::~GasfClassifier() = default;

std::int64_t GasfClassifier::parameterCount() const
{
    if (!m_impl->model)
        return 0;
    std::int64_t n = 0;
    for (const auto &p : m_impl->model->parameters())
        n += p.numel();
    return n;
}

std::vector<double> GasfClassifier::fit(const ImageSamples &train, const GasfClassifierOptions &options,
                                        ProgressToken &token, const std::function<void(double)> &progress)
{
    Impl &d = *m_impl;
    d.check(train);
    if (train.count() == 0)
        throw std::invalid_argument("GasfClassifier::fit: no training images");
    torch::manual_seed(options.seed);
    d.model = GasfCnn(d.imageSize, d.channels, d.numClasses, options.convDropout, options.fcDropout);
    d.model->to(d.device);
    d.model->train();
    torch::optim::AdamW optimizer(d.model->parameters(),
                                  torch::optim::AdamWOptions(options.learningRate).weight_decay(options.weightDecay));
    std::mt19937_64 rng(options.seed + 1234567);
    std::vector<std::size_t> order(train.count());
    std::iota(order.begin(), order.end(), 0);
    const std::size_t bs = static_cast<std::size_t>(std::max(2, options.batchSize));
    const std::size_t batchesPerEpoch = (order.size() + bs - 1) / bs;
    const double totalBatches = static_cast<double>(batchesPerEpoch) * std::max(1, options.epochs);
    std::vector<double> losses;
    std::size_t done = 0;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        double sum = 0.0;
        std::size_t seen = 0;
        for (std::size_t begin = 0; begin < order.size(); begin += bs) {
            token.throwIfCanceled();
            std::size_t end = std::min(order.size(), begin + bs);
            if (end - begin < 2 && begin > 0) // batch norm needs 2 samples; fold a lone last sample away
                break;
            std::vector<long> labels(end - begin);
            for (std::size_t k = begin; k < end; ++k) labels[k - begin] = train.labels[order[k]];
            auto x = d.batch(train, order, begin, end);
            auto y = torch::tensor(labels, torch::kLong).to(d.device);
            optimizer.zero_grad();
            auto loss = torch::nn::functional::cross_entropy(d.model->forward(x), y);
            loss.backward();
            optimizer.step();
            sum += loss.item<double>() * static_cast<double>(end - begin);
            seen += end - begin;
            ++done;
            if (progress)
                progress(static_cast<double>(done) / totalBatches);
        }
        losses.push_back(seen ? sum / static_cast<double>(seen) : 0.0);
    }
    d.model->eval();
    return losses;
}

std::vector<int> GasfClassifier::predict(const ImageSamples &images) const
{
    Impl &d = *m_impl;
    d.check(images);
    if (!d.model)
        throw std::logic_error("GasfClassifier::predict before fit");
    torch::NoGradGuard noGrad;
    d.model->eval();
    std::vector<std::size_t> order(images.count());
    std::iota(order.begin(), order.end(), 0);
    std::vector<int> out;
    out.reserve(images.count());
    for (std::size_t begin = 0; begin < order.size(); begin += 256) {
        const std::size_t end = std::min(order.size(), begin + 256);
        auto pred = d.model->forward(d.batch(images, order, begin, end)).argmax(1).to(torch::kCPU);
        const auto acc = pred.accessor<long, 1>();
        for (long k = 0; k < acc.size(0); ++k) out.push_back(static_cast<int>(acc[k]));
    }
    return out;
}

FeatureMatrix GasfClassifier::features(const ImageSamples &images) const
{
    Impl &d = *m_impl;
    d.check(images);
    if (!d.model)
        throw std::logic_error("GasfClassifier::features before fit");
    torch::NoGradGuard noGrad;
    d.model->eval();
    FeatureMatrix m;
    m.dim = static_cast<std::size_t>(featureDim());
    m.values.reserve(images.count() * m.dim);
    std::vector<std::size_t> order(images.count());
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t begin = 0; begin < order.size(); begin += 256) {
        const std::size_t end = std::min(order.size(), begin + 256);
        auto f = d.model->embed(d.batch(images, order, begin, end)).to(torch::kCPU).contiguous();
        const float *p = f.data_ptr<float>();
        m.values.insert(m.values.end(), p, p + f.numel());
    }
    return m;
}

} // namespace netsynth
