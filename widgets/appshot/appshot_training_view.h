#pragma once
// Training progress of the AppShot GAN: the generator loss and both
// discriminator losses (spatial PatchGAN, service composition) over steps, and
// the latest sample map next to the real map (first service).

#include <QWidget>

#include <vector>

class QCustomPlot;
class QLabel;

namespace netsynth {

class MapCanvas;
struct AppShotTrainingProgress;

class AppShotTrainingView : public QWidget
{
    Q_OBJECT
public:
    explicit AppShotTrainingView(QWidget *parent = nullptr);
    void clear();
    void addProgress(const AppShotTrainingProgress &p);
    int pointCount() const;

private:
    QCustomPlot *m_plot;
    MapCanvas *m_sampleReal;
    MapCanvas *m_sampleGenerated;
    QLabel *m_status;
};

} // namespace netsynth
