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
    int pointCount() const;      // points of the generator loss curve
    int curveCount() const;      // curves with data (generator, D spatial, D composition)
    int samplesShown() const { return m_samples; }

private:
    QCustomPlot *m_plot;
    MapCanvas *m_sampleReal;
    MapCanvas *m_sampleGenerated;
    int m_samples = 0;
    QLabel *m_status;
};

} // namespace netsynth
