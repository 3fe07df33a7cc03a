#pragma once
// PreviewWorker: computes Imaging previews (core's computeImagingPreview plus
// the colour-mapped QImages) on its own one-thread pool, off the GUI thread.
// Requests coalesce: while one preview is computing, only the latest request
// waits, so dragging the gamma slider never queues stale work. Results arrive
// on the GUI thread through frameReady(). A 128x128 GASF preview takes about a
// millisecond (see bench/imaging_gasf_bench), so the pane follows the slider.

#include "core/data/biflow.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/imaging_preview.h"
#include "widgets/imaging/colour_map.h"

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

namespace netsynth {

struct PreviewFrame
{
    DatasetPtr dataset;
    int biflowIndex = -1;
    std::shared_ptr<const ImagingPreview> preview;        // null when error is set
    std::shared_ptr<const std::vector<float>> values;     // the gamma-corrected image
    std::shared_ptr<const std::vector<float>> rawValues;  // the image without gamma
    QImage image;      // colour-mapped gamma-corrected image
    QImage rawImage;   // colour-mapped image without gamma
    ColourMapKind colours = ColourMapKind::Viridis; // of both images
    double imageHigh = 1.0; // image maps [0, imageHigh] (the amplitude A); rawImage [0, 1]
    double milliseconds = 0.0; // whole preview, colour maps included
    QString error;
    quint64 generation = 0;
};

using PreviewFramePtr = std::shared_ptr<const PreviewFrame>;

class PreviewWorker : public QObject
{
    Q_OBJECT
public:
    explicit PreviewWorker(QObject *parent = nullptr);
    ~PreviewWorker() override;

    void request(DatasetPtr dataset, int biflowIndex, const EncodeSpec &spec, ColourMap::Kind colours);
    bool isBusy() const { return m_running || m_hasPending; }
    // Runs loader on the worker thread, then datasetLoaded() on the GUI thread.
    void loadDataset(std::function<DatasetPtr()> loader);
    quint64 latestGeneration() const { return m_generation; }

Q_SIGNALS:
    void frameReady(netsynth::PreviewFramePtr frame);
    void datasetLoaded(netsynth::DatasetPtr dataset, const QString &error);

private:
    struct Request
    {
        DatasetPtr dataset;
        int biflowIndex = -1;
        EncodeSpec spec;
        ColourMap::Kind colours = ColourMap::Kind::Viridis;
        quint64 generation = 0;
    };
    static PreviewFramePtr compute(const Request &request);
    void startNext();

    QThreadPool m_pool;
    Request m_pending;
    bool m_hasPending = false;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace netsynth

Q_DECLARE_METATYPE(netsynth::PreviewFramePtr)
