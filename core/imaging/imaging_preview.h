#pragma once
// ImagingPreview: everything the Imaging pane shows for one biflow, computed in
// one call (off the GUI thread): the series, the raw and the gamma-corrected
// image, their pixel histograms (NetDiffus Fig. 3a), and the series recovered
// by inversion with its error. A 128x128 GASF preview takes well under a
// millisecond (bench/imaging_gasf_bench.cpp measures it).

#include "core/data/biflow.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/series_extraction.h"

#include <string>
#include <vector>

namespace netsynth {

struct ImagingPreview
{
    EncodeSpec spec;
    ExtractedSeries series;           // feature units, spec.length values
    std::vector<double> normalised;   // imageSize values in [0, 1] (after PAA)
    std::vector<float> rawImage;      // I_r in [0, 1]: the image without gamma (gamma 1, A 1)
    std::vector<float> image;         // A * I_r^gamma
    double minValue = 0.0;            // series bounds used by the encoder (feature units)
    double maxValue = 0.0;

    bool invertible = false;          // false for MTF, and GADF with dataset bounds
    std::string inversionNote;        // why not, or "lossy (PAA)" when PAA averaged values
    std::vector<double> recovered;    // spec.length values, feature units (empty when not invertible)
    int recoveredLength = 0;
    double maxAbsError = 0.0;         // over the true length, feature units
    double rmsError = 0.0;

    double histogramMax = 1.0;        // histogram range [0, histogramMax]
    std::vector<int> rawHistogram;    // counts of rawImage values
    std::vector<int> gammaHistogram;  // counts of image values
    double encodeMicroseconds = 0.0;  // time of the gamma-corrected encoding alone

    int imageSize() const { return spec.imageSize; }
};

// Throws InputError when the spec is invalid.
ImagingPreview computeImagingPreview(const Biflow &biflow, const EncodeSpec &spec, int histogramBins = 40);

} // namespace netsynth
