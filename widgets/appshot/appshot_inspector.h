#pragma once
// The cell inspector of the AppShot Map: for the clicked cell, its context
// values (raw and normalised), each service's real and generated value at the
// current step, and the time series of one service, real vs generated.

#include "core/appshot/city.h"
#include "core/appshot/traffic_maps.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace netsynth {

class AppShotInspector : public QWidget
{
    Q_OBJECT
public:
    explicit AppShotInspector(QWidget *parent = nullptr);
    void clear();
    // realStep/generatedStep: current steps (-1 when absent).
    void showCell(const City &city, std::shared_ptr<const TrafficMaps> real,
                  std::shared_ptr<const TrafficMaps> generated, int row, int col, int realStep, int generatedStep);
    int tableRows() const;
    int plottedSeries() const; // number of non-empty graphs
    // A value as the narrow columns show it: 3 significant digits, and
    // "1.2e-5" for tiny (or huge) ones instead of an elided "1.23e-05".
    static QString compactNumber(double v);

private:
    void plotSeries();
    QLabel *m_title;
    QTableWidget *m_table;
    QComboBox *m_service;
    QCustomPlot *m_plot;
    std::shared_ptr<const TrafficMaps> m_real;
    std::shared_ptr<const TrafficMaps> m_gen;
    int m_row = -1, m_col = -1;
};

} // namespace netsynth
