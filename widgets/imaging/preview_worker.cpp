#include "widgets/imaging/preview_worker.h"

#include "core/runtime/errors.h"

#include <QCoreApplication>

#include <chrono>

namespace netsynth {

PreviewWorker::PreviewWorker(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

PreviewWorker::~PreviewWorker()
{
    m_pool.waitForDone();
}

void PreviewWorker::request(DatasetPtr dataset, int biflowIndex, const EncodeSpec &spec, ColourMap::Kind colours)
{
    m_pending = Request{std::move(dataset), biflowIndex, spec, colours, ++m_generation};
    m_hasPending = true;
    if (!m_running)
        startNext();
}

void PreviewWorker::startNext()
{
    if (!m_hasPending)
        return;
    Request request = m_pending;
    m_hasPending = false;
    m_running = true;
    m_pool.start([this, request] {
        PreviewFramePtr frame = compute(request);
        // Back on the GUI thread; dropped if this object is gone.
        QMetaObject::invokeMethod(this, [this, frame] {
            m_running = false;
            Q_EMIT frameReady(frame);
            startNext();
        }, Qt::QueuedConnection);
    });
}

void PreviewWorker::loadDataset(std::function<DatasetPtr()> loader)
{
    m_pool.start([this, loader] {
        DatasetPtr dataset;
        QString error;
        try {
            dataset = loader();
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(this, [this, dataset, error] { Q_EMIT datasetLoaded(dataset, error); },
                                  Qt::QueuedConnection);
    });
}

PreviewFramePtr PreviewWorker::compute(const Request &request)
{
    const auto start = std::chrono::steady_clock::now();
    auto frame = std::make_shared<PreviewFrame>();
    frame->dataset = request.dataset;
    frame->biflowIndex = request.biflowIndex;
    frame->generation = request.generation;
    if (!request.dataset || request.biflowIndex < 0 ||
        static_cast<std::size_t>(request.biflowIndex) >= request.dataset->biflows.size()) {
        frame->error = QCoreApplication::translate("netsynth::PreviewWorker", "No biflow selected");
        return frame;
    }
    try {
        auto preview = std::make_shared<ImagingPreview>(
            computeImagingPreview(request.dataset->biflows[static_cast<std::size_t>(request.biflowIndex)], request.spec));
        const ColourMap colours(request.colours);
        const int n = preview->imageSize();
        frame->image = colours.toImage(preview->image.data(), n, 0.0f, static_cast<float>(request.spec.amplitude));
        frame->rawImage = colours.toImage(preview->rawImage.data(), n, 0.0f, 1.0f);
        frame->colours = colours.coreKind();
        frame->imageHigh = request.spec.amplitude;
        frame->values = std::make_shared<const std::vector<float>>(preview->image);
        frame->rawValues = std::make_shared<const std::vector<float>>(preview->rawImage);
        frame->preview = std::move(preview);
    } catch (const InputError &e) {
        frame->error = QString::fromStdString(e.what());
    } catch (const std::exception &e) {
        frame->error = QString::fromStdString(e.what());
    }
    frame->milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return frame;
}

} // namespace netsynth
