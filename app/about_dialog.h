#pragma once
#include <QDialog>

namespace netsynth {

// Lists the versions of NetSynth Studio, Qt, libtorch and OpenCV and the device.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    static QString versionsHtml();
};

} // namespace netsynth
