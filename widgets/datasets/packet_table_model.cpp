#include "widgets/datasets/packet_table_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace netsynth {

PacketTableModel::PacketTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PacketTableModel::setBiflow(DatasetPtr dataset, int biflowIndex)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_index = m_dataset && biflowIndex >= 0 && biflowIndex < static_cast<int>(m_dataset->biflows.size()) ? biflowIndex
                                                                                                          : -1;
    endResetModel();
}

const Biflow *PacketTableModel::biflow() const
{
    return m_index >= 0 ? &m_dataset->biflows[static_cast<std::size_t>(m_index)] : nullptr;
}

QString PacketTableModel::flagsText(std::uint16_t flags)
{
    static const char *const names[] = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "NS"};
    QStringList parts;
    // Wireshark order: SYN, FIN, RST, PSH, ACK, URG, ECE, CWR, NS.
    for (int bit : {1, 0, 2, 3, 4, 5, 6, 7, 8})
        if (flags & (1u << bit))
            parts << QString::fromLatin1(names[bit]);
    return parts.join(QLatin1Char(' '));
}

int PacketTableModel::rowCount(const QModelIndex &parent) const
{
    const Biflow *b = biflow();
    if (parent.isValid() || !b)
        return 0;
    return static_cast<int>(b->isBinned() ? b->bins.size() : b->packets.size());
}

int PacketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PacketTableModel::data(const QModelIndex &index, int role) const
{
    const Biflow *b = biflow();
    if (!index.isValid() || !b)
        return {};
    const std::size_t row = static_cast<std::size_t>(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == FlagsColumn || index.column() == DirectionColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (b->isBinned()) {
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case NumberColumn: return QVariant(qulonglong(row + 1));
        case TimeColumn: return QString::number(static_cast<double>(row) * b->binSeconds, 'f', 3);
        case DirectionColumn: return tr("down");
        case SizeColumn: return QLocale().toString(b->bins[row], 'f', 0);
        default: return {};
        }
    }
    const Packet &p = b->packets[row];
    if (role == Qt::BackgroundRole)
        return p.direction == Direction::Upstream ? QBrush(QColor(231, 240, 255)) : QBrush(QColor(235, 248, 232));
    if (role == Qt::ForegroundRole)
        return QBrush(QColor(30, 30, 30));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return QVariant(qulonglong(row + 1));
    case TimeColumn:
        return QString::number(p.timestamp - b->packets.front().timestamp, 'f', 6);
    case DirectionColumn:
        return p.direction == Direction::Upstream ? tr("\u2191 up") : tr("\u2193 down");
    case SizeColumn:
        return p.ipBytes >= 0 ? QVariant(p.ipBytes) : QVariant(QString());
    case PayloadColumn:
        return p.payloadBytes;
    case IatColumn:
        return QString::number(p.iat, 'f', 6);
    case FlagsColumn:
        return flagsText(p.tcpFlags);
    case WindowColumn:
        return p.tcpWindow >= 0 ? QVariant(p.tcpWindow) : QVariant(QString());
    default:
        return {};
    }
}

QVariant PacketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Biflow *b = biflow();
    const bool binned = b && b->isBinned();
    switch (section) {
    case NumberColumn: return binned ? tr("Bin") : tr("No.");
    case TimeColumn: return tr("Time (s)");
    case DirectionColumn: return tr("Direction");
    case SizeColumn: return binned ? tr("Bytes") : tr("IP size");
    case PayloadColumn: return tr("Payload");
    case IatColumn: return tr("IAT (s)");
    case FlagsColumn: return tr("TCP flags");
    case WindowColumn: return tr("Window");
    default: return {};
    }
}

} // namespace netsynth
