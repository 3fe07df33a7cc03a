#pragma once
// SampleDetailsDialog: one generated (or encoded) image, its inverted series
// and the packets `netsynth-cli export` writes for it, side by side. Opened by
// a click on a tile of the Training pane's sample grid after Sample....
// Display only: the packets come from core/export (exportedBiflow).

#include <QDialog>

#include <cstddef>

namespace netsynth {

struct ImageDataset;

class SampleDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    // Throws InputError when the set cannot be exported (e.g. an iat set).
    SampleDetailsDialog(const ImageDataset &set, std::size_t index, QWidget *parent = nullptr);
};

} // namespace netsynth
