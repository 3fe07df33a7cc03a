#include "widgets/datasets/biflow_table_model.h"

#include <QFileInfo>
#include <QLocale>

namespace netsynth {

namespace {
QString protocolName(int p)
{
    switch (p) {
    case 6: return QStringLiteral("TCP");
    case 17: return QStringLiteral("UDP");
    case 1: return QStringLiteral("ICMP");
    default: return QString::number(p);
    }
}
} // namespace

BiflowTableModel::BiflowTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BiflowTableModel::setDataset(const LoadedDataset &loaded, const QString &classKey)
{
    beginResetModel();
    m_loaded = loaded;
    m_rows.clear();
    if (m_loaded.dataset) {
        const std::string key = classKey.toStdString();
        const auto &biflows = m_loaded.dataset->biflows;
        m_rows.reserve(biflows.size());
        for (std::size_t i = 0; i < biflows.size(); ++i)
            if (key.empty() || biflows[i].classKey() == key)
                m_rows.push_back(static_cast<int>(i));
    }
    endResetModel();
}

int BiflowTableModel::biflowIndex(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)] : -1;
}

int BiflowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BiflowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BiflowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_loaded.dataset)
        return {};
    const int i = biflowIndex(index.row());
    if (i < 0)
        return {};
    const Biflow &b = m_loaded.dataset->biflows[static_cast<std::size_t>(i)];
    const BiflowSummary &s = m_loaded.summary->biflows[static_cast<std::size_t>(i)];
    if (role == BiflowIndexRole)
        return i;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case IndexColumn: case PacketsColumn: case BytesUpColumn: case BytesDownColumn: case DurationColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FileColumn)
        return QString::fromStdString(b.sourceFile);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case IndexColumn:
        return sort ? QVariant(i) : QVariant(i + 1);
    case LabelColumn:
        return QString::fromStdString(b.classKey());
    case SourceColumn:
        if (!b.tuple)
            return QString();
        return QStringLiteral("%1:%2").arg(QString::fromStdString(b.tuple->srcIp)).arg(b.tuple->srcPort);
    case DestinationColumn:
        if (!b.tuple)
            return QString();
        return QStringLiteral("%1:%2").arg(QString::fromStdString(b.tuple->dstIp)).arg(b.tuple->dstPort);
    case ProtocolColumn:
        return b.tuple ? protocolName(b.tuple->protocol) : QString();
    case PacketsColumn:
        if (sort)
            return QVariant::fromValue<qlonglong>(s.packets);
        if (b.isBinned())
            return tr("%1 bins").arg(s.packets);
        if (b.declaredPackets > s.packets)
            return tr("%1 of %2").arg(s.packets).arg(b.declaredPackets);
        return QString::number(s.packets);
    case BytesUpColumn:
        return sort ? QVariant::fromValue<qlonglong>(s.bytesUp) : QVariant(QLocale().toString(qlonglong(s.bytesUp)));
    case BytesDownColumn:
        return sort ? QVariant::fromValue<qlonglong>(s.bytesDown) : QVariant(QLocale().toString(qlonglong(s.bytesDown)));
    case DurationColumn:
        return sort ? QVariant(s.duration) : QVariant(QString::number(s.duration, 'f', 3));
    case FileColumn:
        return QFileInfo(QString::fromStdString(b.sourceFile)).fileName();
    default:
        return {};
    }
}

QVariant BiflowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn: return tr("#");
    case LabelColumn: return tr("Label");
    case SourceColumn: return tr("Initiator");
    case DestinationColumn: return tr("Responder");
    case ProtocolColumn: return tr("Proto");
    case PacketsColumn: return tr("Packets");
    case BytesUpColumn: return tr("Bytes up");
    case BytesDownColumn: return tr("Bytes down");
    case DurationColumn: return tr("Duration (s)");
    case FileColumn: return tr("File");
    default: return {};
    }
}

} // namespace netsynth
