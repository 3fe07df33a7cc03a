#include "widgets/jobs_model.h"

#include <QColor>

namespace netsynth {

JobsModel::JobsModel(JobRunner *runner, QObject *parent) : QAbstractTableModel(parent), m_runner(runner)
{
    m_ids = runner->jobIds();
    connect(runner, &JobRunner::jobAdded, this, [this](JobId id) {
        beginInsertRows({}, m_ids.size(), m_ids.size());
        m_ids.append(id);
        endInsertRows();
    });
    connect(runner, &JobRunner::jobRemoved, this, [this](JobId id) {
        const int row = m_ids.indexOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    });
    connect(runner, &JobRunner::jobStarted, this, &JobsModel::refreshRow);
    connect(runner, &JobRunner::jobStateChanged, this, &JobsModel::refreshRow);
    connect(runner, &JobRunner::jobProgress, this, [this](JobId id, double, const QString &) { refreshRow(id); });
    connect(runner, &JobRunner::jobFinished, this, [this](JobId id, const JobResult &) { refreshRow(id); });
    m_elapsedTimer.setInterval(500);
    connect(&m_elapsedTimer, &QTimer::timeout, this, [this] {
        if (!m_ids.isEmpty() && m_runner->activeCount() > 0)
            Q_EMIT dataChanged(index(0, ElapsedColumn), index(m_ids.size() - 1, ElapsedColumn));
    });
    m_elapsedTimer.start();
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_ids.size();
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString formatElapsed(double seconds)
{
    const int s = static_cast<int>(seconds);
    if (s < 60)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', 1);
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

static QString stateText(JobState state)
{
    switch (state) {
    case JobState::Queued: return JobsModel::tr("Queued");
    case JobState::Running: return JobsModel::tr("Running");
    case JobState::Paused: return JobsModel::tr("Paused");
    case JobState::Succeeded: return JobsModel::tr("Finished");
    case JobState::Stopped: return JobsModel::tr("Stopped");
    case JobState::Failed: return JobsModel::tr("Failed");
    case JobState::Canceled: return JobsModel::tr("Canceled");
    }
    return QString();
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const JobInfo info = m_runner->info(m_ids[index.row()]);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return info.name;
        case StateColumn: return stateText(info.state);
        case ProgressColumn: return QStringLiteral("%1%").arg(qRound(info.fraction * 100.0));
        case ElapsedColumn: return formatElapsed(info.elapsedSeconds());
        case MessageColumn:
            // A paused job's last message may hold an ETA that no longer runs.
            return info.state == JobState::Paused ? tr("Paused. %1").arg(info.message) : info.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == NameColumn)
            return info.message.isEmpty() ? info.name : info.name + QStringLiteral("\n") + info.message;
        break;
    case JobIdRole: return QVariant::fromValue<qulonglong>(info.id);
    case FractionRole: return info.fraction;
    case ActiveRole: return info.isActive();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && info.state == JobState::Failed)
            return QVariant::fromValue(QColor(Qt::red));
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Job");
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Progress");
    case ElapsedColumn: return tr("Elapsed");
    case MessageColumn: return tr("Message");
    }
    return {};
}

JobId JobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int JobsModel::rowOf(JobId id) const
{
    return m_ids.indexOf(id);
}

void JobsModel::refreshRow(JobId id)
{
    const int row = m_ids.indexOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace netsynth
