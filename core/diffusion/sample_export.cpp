#include "core/diffusion/sample_export.h"

#include "core/imaging/colour_maps.h"
#include "core/imaging/image_inversion.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace netsynth {

ContactSheetGeometry contactSheetGeometry(int images, int imageSize)
{
    ContactSheetGeometry g;
    g.images = std::max(0, images);
    const int n = std::max(1, g.images);
    g.columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
    g.rows = (n + g.columns - 1) / g.columns;
    const int size = std::max(1, imageSize);
    g.cell = size * std::max(1, (64 + size - 1) / size);
    g.width = g.gap + g.columns * (g.cell + g.gap);
    g.height = g.title + g.gap + g.rows * (g.cell + g.gap);
    return g;
}

std::string contactSheetFileName(int classIndex, const std::string &className)
{
    std::string safe;
    for (char c : className) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-';
        safe += ok ? c : '_';
    }
    if (safe.size() > 60)
        safe.resize(60);
    char index[16];
    std::snprintf(index, sizeof index, "%02d", classIndex);
    return "contact_" + std::string(index) + "_" + safe + ".png";
}

namespace {

std::string sheetPng(const ImageDataset &set, int label, int maxImages, float lo, float hi)
{
    std::vector<std::size_t> picked;
    for (std::size_t i = 0; i < set.count() && static_cast<int>(picked.size()) < maxImages; ++i)
        if (set.samples[i].label == label)
            picked.push_back(i);
    const int s = set.imageSize;
    const ContactSheetGeometry g = contactSheetGeometry(static_cast<int>(picked.size()), s);
    cv::Mat sheet(g.height, g.width, CV_8UC3, cv::Scalar(255, 255, 255));
    const double scale = hi > lo ? 255.0 / (hi - lo) : 0.0;
    for (std::size_t k = 0; k < picked.size(); ++k) {
        const int row = static_cast<int>(k) / g.columns, col = static_cast<int>(k) % g.columns;
        cv::Mat img(s, s, CV_32F, const_cast<float *>(set.image(picked[k]))); // first channel
        cv::Mat u8, colour, big;
        img.convertTo(u8, CV_8U, scale, -lo * scale); // saturates outside [lo, hi]
        colour.create(u8.size(), CV_8UC3);
        colouriseBgr(u8.data, u8.total(), colour.data, ColourMapKind::Viridis);
        cv::resize(colour, big, cv::Size(g.cell, g.cell), 0, 0, cv::INTER_NEAREST);
        big.copyTo(sheet(cv::Rect(g.gap + col * (g.cell + g.gap), g.title + g.gap + row * (g.cell + g.gap), g.cell,
                                  g.cell)));
    }
    const std::string name = label >= 0 && static_cast<std::size_t>(label) < set.classes.size()
                                 ? set.classes[static_cast<std::size_t>(label)]
                                 : std::to_string(label);
    cv::putText(sheet, name + " (" + std::to_string(picked.size()) + ")", cv::Point(g.gap + 2, g.title - 6),
                cv::FONT_HERSHEY_SIMPLEX, 0.42, cv::Scalar(30, 30, 30), 1, cv::LINE_AA);
    std::vector<uchar> png;
    if (!cv::imencode(".png", sheet, png))
        throw std::runtime_error("contact sheet: PNG encoding failed");
    return std::string(png.begin(), png.end());
}

} // namespace

std::string contactSheetPng(const ImageDataset &set, int label, int maxImages)
{
    const auto [lo, hi] = set.displayRange();
    return sheetPng(set, label, maxImages, lo, hi);
}

SampleExports writeSampleExports(const ImageDataset &set, const std::string &outDir, ProgressToken &token,
                                 int maxPerSheet)
{
    namespace fs = std::filesystem;
    SampleExports e;
    const fs::path dir(outDir);
    token.setProgress(0.0, "writing series.csv");
    try {
        const std::vector<DecodedSample> decoded = decodeDataset(set, token);
        const std::string csv = (dir / "series.csv").string();
        writeDecodedCsv(decoded, csv);
        e.csv = csv;
        e.series = decoded.size();
    } catch (const InputError &err) {
        // Not invertible (MTF, GADF with dataset bounds, several channels): no CSV.
        e.csvNote = err.what();
    }
    const auto [lo, hi] = set.displayRange();
    const std::vector<std::int64_t> counts = set.classCounts();
    for (std::size_t c = 0; c < set.classes.size(); ++c) {
        token.throwIfCanceled();
        if (c >= counts.size() || counts[c] == 0)
            continue;
        const std::string path = (dir / contactSheetFileName(static_cast<int>(c), set.classes[c])).string();
        writeFileAtomically(path, sheetPng(set, static_cast<int>(c), std::max(1, maxPerSheet), lo, hi));
        e.contactSheets.push_back(path);
        token.setProgress(double(c + 1) / double(set.classes.size()), "writing contact sheets");
    }
    return e;
}

} // namespace netsynth
