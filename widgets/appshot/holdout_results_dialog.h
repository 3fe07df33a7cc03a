#pragma once
// The result of a spatial hold-out study (holdout.json of AppShotHoldoutStudy)
// as a table: one row per metric, mean +- sd over folds x seeds for the GAN
// and the two baselines, the best of each row in bold, and the GAN's margin
// over ridge on the per-cell correlation of mean traffic.

#include <nlohmann/json.hpp>

#include <QDialog>

class QTableWidget;

namespace netsynth {

class HoldoutResultsDialog : public QDialog
{
    Q_OBJECT
public:
    HoldoutResultsDialog(const nlohmann::json &study, const QString &folder, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace netsynth
