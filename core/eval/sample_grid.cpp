#include "core/eval/sample_grid.h"

#include "core/imaging/colour_maps.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <stdexcept>

namespace netsynth {

std::string sampleGridPng(const ImageDataset &set, int perClass, int maxClasses)
{
    const int classes = std::max(1, std::min<int>(maxClasses, static_cast<int>(set.classes.size())));
    const int cell = std::max(48, set.imageSize);
    const int gap = 4, labelWidth = 150;
    const int width = labelWidth + perClass * (cell + gap) + gap;
    const int height = classes * (cell + gap) + gap;
    cv::Mat sheet(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    std::vector<int> taken(static_cast<std::size_t>(classes), 0);
    const int s = set.imageSize;
    const auto [lo, hi] = set.displayRange(); // one scale for every image, as the contact sheets
    for (std::size_t i = 0; i < set.count(); ++i) {
        const int label = set.samples[i].label;
        if (label < 0 || label >= classes || taken[static_cast<std::size_t>(label)] >= perClass)
            continue;
        const int col = taken[static_cast<std::size_t>(label)]++;
        cv::Mat img(s, s, CV_32F, const_cast<float *>(set.image(i))); // first channel
        cv::Mat u8;
        img.convertTo(u8, CV_8U, hi > lo ? 255.0 / (hi - lo) : 0.0, hi > lo ? -lo * 255.0 / (hi - lo) : 0.0);
        cv::Mat colour, big;
        colour.create(u8.size(), CV_8UC3);
        colouriseBgr(u8.data, u8.total(), colour.data, ColourMapKind::Viridis);
        cv::resize(colour, big, cv::Size(cell, cell), 0, 0, cv::INTER_NEAREST);
        big.copyTo(sheet(cv::Rect(labelWidth + gap + col * (cell + gap), gap + label * (cell + gap), cell, cell)));
    }
    for (int c = 0; c < classes; ++c) {
        std::string name = set.classes[static_cast<std::size_t>(c)];
        if (name.size() > 18) name = name.substr(0, 17) + "~";
        cv::putText(sheet, name, cv::Point(4, gap + c * (cell + gap) + cell / 2 + 5), cv::FONT_HERSHEY_SIMPLEX, 0.45,
                    cv::Scalar(30, 30, 30), 1, cv::LINE_AA);
    }
    std::vector<uchar> png;
    if (!cv::imencode(".png", sheet, png))
        throw std::runtime_error("sampleGridPng: PNG encoding failed");
    return std::string(png.begin(), png.end());
}

} // namespace netsynth
