#pragma once
// Table of the biflows of one dataset (optionally one class): 5-tuple,
// packets, bytes up/down, duration, label. Cells are built lazily in data();
// Qt::UserRole gives the raw value for sorting through a QSortFilterProxyModel.

#include "widgets/datasets/loaded_dataset.h"

#include <QAbstractTableModel>

#include <vector>

namespace netsynth {

class BiflowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IndexColumn, LabelColumn, SourceColumn, DestinationColumn, ProtocolColumn, PacketsColumn,
                  BytesUpColumn, BytesDownColumn, DurationColumn, FileColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int BiflowIndexRole = Qt::UserRole + 1;

    explicit BiflowTableModel(QObject *parent = nullptr);

    // Shows the biflows of `classKey` ("" = all of them).
    void setDataset(const LoadedDataset &loaded, const QString &classKey = QString());
    const LoadedDataset &loaded() const { return m_loaded; }
    // Index into Dataset::biflows of a row of this model.
    int biflowIndex(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LoadedDataset m_loaded;
    std::vector<int> m_rows;
};

} // namespace netsynth
