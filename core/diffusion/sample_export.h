#pragma once
// What sampling writes beside the image set (torch-free, netsynth_base):
//
//   series.csv                 the recovered series, one row per image in manifest
//                              order: label,length,v1,v2,... (feature units, the
//                              same inversion and format as `netsynth-cli decode`)
//   contact_NN_<class>.png     one contact sheet per class: its first images as
//                              colour-mapped (viridis) previews, for looking only
//
//   SampleExports e = writeSampleExports(images, "synthetic/", token);
//
// The CSV needs an invertible spec (GASF, or GADF with per-series bounds); for
// others (MTF) it is left out and e.csvNote says why; the sheets are always
// written. PNG is lossy for GASF values: data goes through the float32 shards.
//
// Sheet geometry (contactSheetGeometry): columns = ceil(sqrt(n)), rows =
// ceil(n / columns) for the n images shown (at most maxPerSheet); every image is
// scaled by a whole factor to a cell of at least 64 px; a 2 px white gap around
// cells and a 20 px title strip (class name, count) on top. The colour scale is
// fixed for the whole set ([-1, 1] when any pixel is negative, else [0, 1]) so
// sheets of one set compare.

#include "core/imaging/image_dataset.h"

#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct ContactSheetGeometry
{
    int images = 0;
    int columns = 0;
    int rows = 0;
    int cell = 0;   // pixels per image side
    int gap = 2;
    int title = 20; // title strip height
    int width = 0;
    int height = 0;
};

ContactSheetGeometry contactSheetGeometry(int images, int imageSize);

// "contact_03_Whats_App.png": class index (two digits) and the name with every
// character other than [A-Za-z0-9._-] replaced by '_'.
std::string contactSheetFileName(int classIndex, const std::string &className);

// PNG bytes of the sheet of class `label` (its first maxImages images).
std::string contactSheetPng(const ImageDataset &set, int label, int maxImages);

struct SampleExports
{
    std::string csv;                        // path of series.csv; empty when not invertible
    std::string csvNote;                    // why there is no CSV
    std::size_t series = 0;                 // rows in the CSV
    std::vector<std::string> contactSheets; // paths, one per class that has images
};

// Writes series.csv and the contact sheets into outDir (which must exist),
// each file atomically. Throws InputError when a file cannot be written.
SampleExports writeSampleExports(const ImageDataset &set, const std::string &outDir, ProgressToken &token,
                                 int maxPerSheet = 64);

} // namespace netsynth
