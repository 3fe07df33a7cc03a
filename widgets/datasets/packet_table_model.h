#pragma once
// Wireshark-style packet list of one biflow: No., time, direction, size,
// payload, IAT, TCP flags, window. Rows are built lazily in data(), so a
// biflow of 100k packets opens at once. Binned biflows list their bins.

#include "core/data/biflow.h"

#include <QAbstractTableModel>

namespace netsynth {

class PacketTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TimeColumn, DirectionColumn, SizeColumn, PayloadColumn, IatColumn, FlagsColumn,
                  WindowColumn, ColumnCount };

    explicit PacketTableModel(QObject *parent = nullptr);

    // biflowIndex < 0 clears the table.
    void setBiflow(DatasetPtr dataset, int biflowIndex);
    int biflowIndex() const { return m_index; }

    // "SYN ACK", "PSH ACK", ... ("" for none).
    static QString flagsText(std::uint16_t flags);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Biflow *biflow() const;
    DatasetPtr m_dataset;
    int m_index = -1;
};

} // namespace netsynth
