#pragma once
// SeriesComparisonDialog: the "Real vs synthetic" view. For one class at a
// time (the combo, or Page Up / Page Down), a few decoded real series beside
// a few synthetic ones on the same axes, and below them the two value
// distributions and the two length distributions overlaid, with the
// distances between them. Display only: the comparison is computed in core
// (SeriesComparison) by a job the owner runs (app/compare_actions).

#include "core/eval/series_comparison.h"

#include <QDialog>

class QComboBox;
class QCustomPlot;
class QLabel;

namespace netsynth {

class SeriesComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    // `realName` and `syntheticName` label the two sides (e.g. the set folders' names).
    SeriesComparisonDialog(SeriesComparison comparison, const QString &realName, const QString &syntheticName,
                           QWidget *parent = nullptr);

    // Shows one class by name; false when the comparison has no such class.
    bool showClass(const QString &name);
    QString currentClass() const;

private:
    void showIndex(int index);

    SeriesComparison m_comparison;
    QString m_realName;
    QString m_syntheticName;
    QComboBox *m_class = nullptr;
    QLabel *m_summary = nullptr;
    QCustomPlot *m_realPlot = nullptr;
    QCustomPlot *m_synthPlot = nullptr;
    QCustomPlot *m_valuesPlot = nullptr;
    QCustomPlot *m_lengthsPlot = nullptr;
};

} // namespace netsynth
