#include "widgets/runs/runs_pane.h"

#include "widgets/flow_layout.h"
#include "widgets/plot_style.h"
#include "widgets/qcustomplot_include.h"
#include "widgets/training/loss_chart.h"
#include "widgets/workspace.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace netsynth {

namespace {
const QString kRememberedKey = QStringLiteral("runs/remembered");
enum Column { ShowColumn, NameColumn, ModelColumn, StepsColumn, LossColumn, ModifiedColumn, FolderColumn, ColumnCount };

// matplotlib's tab10: distinct at a glance, the colours readers of loss plots know.
QColor curveColour(int i)
{
    static const QRgb colours[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                   0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor(colours[i % 10]);
}

// A run's folder from the folder or one of its checkpoint files.
QString cleanDir(const QString &fileOrDir)
{
    const QFileInfo info(fileOrDir);
    const bool file = fileOrDir.endsWith(QLatin1String(".json")) || fileOrDir.endsWith(QLatin1String(".pt"));
    return QDir::cleanPath(file ? info.absolutePath() : info.absoluteFilePath());
}
} // namespace

RunsPane::RunsPane(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_plot(new QCustomPlot(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("RunsPane"));

    auto *add = new QPushButton(tr("Add run..."), this);
    add->setToolTip(tr("Add a training run folder to the list (it is remembered)"));
    connect(add, &QPushButton::clicked, this, &RunsPane::addDialog);
    auto *rescanButton = new QPushButton(tr("Rescan"), this);
    rescanButton->setToolTip(tr("Read the workspace folder and the remembered runs again (F5)"));
    rescanButton->setShortcut(QKeySequence::Refresh);
    connect(rescanButton, &QPushButton::clicked, this, &RunsPane::rescan);
    auto *open = new QPushButton(tr("Open in Training"), this);
    open->setToolTip(tr("Open the selected run in the Training pane (double-click, Enter)"));
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < runCount())
            Q_EMIT openRunRequested(QString::fromStdString(run(row).dir));
    });
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setToolTip(tr("Remove the selected run from the list; its folder stays on disk (Delete)"));
    connect(remove, &QPushButton::clicked, this, [this] { removeRun(m_table->currentRow()); });
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(removeKey, &QAction::triggered, this, [this] { removeRun(m_table->currentRow()); });
    addAction(removeKey);
    auto *buttons = new FlowLayout;
    for (QPushButton *b : {add, rescanButton, open, remove})
        buttons->addWidget(b);

    m_table->setObjectName(QStringLiteral("RunsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Show"), tr("Run"), tr("Model"), tr("Steps"), tr("Last loss"), tr("Modified"), tr("Folder")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < runCount())
            Q_EMIT openRunRequested(QString::fromStdString(run(row).dir));
    });
    auto *enter = new QAction(this);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, open, &QPushButton::click);
    m_table->addAction(enter);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != ShowColumn || item->row() >= runCount())
            return;
        const QString dir = QString::fromStdString(run(item->row()).dir);
        m_checked.removeAll(dir);
        if (item->checkState() == Qt::Checked)
            m_checked.append(dir);
        updatePlot();
    });

    m_plot->setObjectName(QStringLiteral("RunsLossPlot"));
    m_plot->setMinimumHeight(160);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("loss (smoothed)"));
    m_plot->legend->setVisible(true);
    legendAbovePlot(m_plot, 2);

    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_plot);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    rescan();
}

QStringList RunsPane::rememberedRuns()
{
    return QSettings().value(kRememberedKey).toStringList();
}

void RunsPane::remember(const QString &dir, bool on)
{
    QStringList list = rememberedRuns();
    list.removeAll(dir);
    if (on)
        list.prepend(dir);
    while (list.size() > 200) // the newest 200
        list.removeLast();
    QSettings().setValue(kRememberedKey, list);
}

void RunsPane::rescan()
{
    std::vector<RunSummary> runs = findRuns(Workspace::root().toStdString());
    int missing = 0;
    for (const QString &dir : rememberedRuns()) {
        const bool listed = std::any_of(runs.begin(), runs.end(),
                                        [&](const RunSummary &r) { return QString::fromStdString(r.dir) == dir; });
        if (listed)
            continue;
        try {
            runs.push_back(readRunSummary(dir.toStdString()));
        } catch (const std::exception &) {
            ++missing; // moved or deleted: kept in the settings, in case a drive comes back
        }
    }
    std::stable_sort(runs.begin(), runs.end(),
                     [](const RunSummary &a, const RunSummary &b) { return a.modifiedSecs > b.modifiedSecs; });
    m_runs = std::move(runs);
    fillTable();
    showMessage(missing == 0 ? tr("%n run(s): the workspace %1 and the runs you added or opened.", nullptr, runCount())
                                   .arg(QDir::toNativeSeparators(Workspace::root()))
                             : tr("%n run(s); %1 remembered run(s) could not be read (moved or deleted?).", nullptr,
                                  runCount())
                                   .arg(missing));
}

bool RunsPane::addRun(const QString &fileOrDir)
{
    RunSummary summary;
    try {
        summary = readRunSummary(fileOrDir.toStdString());
    } catch (const std::exception &e) {
        showMessage(tr("Not added: %1").arg(QString::fromLocal8Bit(e.what())), true);
        return false;
    }
    const QString dir = QString::fromStdString(summary.dir);
    remember(dir, true);
    const int row = rowOf(dir);
    if (row >= 0)
        m_runs[static_cast<std::size_t>(row)] = summary;
    else
        m_runs.insert(m_runs.begin(), summary);
    fillTable();
    m_table->selectRow(rowOf(dir));
    showMessage(tr("%1: %2, step %3.").arg(QString::fromStdString(summary.name), QString::fromStdString(summary.model))
                    .arg(summary.step));
    return true;
}

void RunsPane::removeRun(int row)
{
    if (row < 0 || row >= runCount())
        return;
    const QString dir = QString::fromStdString(run(row).dir);
    remember(dir, false);
    m_checked.removeAll(dir);
    m_runs.erase(m_runs.begin() + row);
    fillTable();
    showMessage(tr("Removed from the list: %1 (the folder is untouched; a run inside the workspace comes back on Rescan).")
                    .arg(QDir::toNativeSeparators(dir)));
}

int RunsPane::rowOf(const QString &dir) const
{
    const QString clean = cleanDir(dir);
    for (int i = 0; i < runCount(); ++i)
        if (QString::fromStdString(run(i).dir) == clean)
            return i;
    return -1;
}

QStringList RunsPane::overlaid() const
{
    return m_checked;
}

void RunsPane::setOverlaid(const QString &dir, bool on)
{
    const int row = rowOf(dir);
    if (row < 0)
        return;
    m_table->item(row, ShowColumn)->setCheckState(on ? Qt::Checked : Qt::Unchecked); // itemChanged updates the plot
}

QString RunsPane::messageText() const
{
    return m_message->text();
}

void RunsPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00000;") : QString());
}

void RunsPane::addDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a training run folder"), Workspace::root());
    if (!dir.isEmpty())
        addRun(dir);
}

void RunsPane::fillTable()
{
    m_filling = true;
    // Ticked runs that are no longer listed are dropped from the chart.
    QStringList checked;
    for (const QString &dir : m_checked)
        if (rowOf(dir) >= 0)
            checked.append(dir);
    m_checked = checked;
    const QLocale locale;
    m_table->setRowCount(runCount());
    for (int i = 0; i < runCount(); ++i) {
        const RunSummary &r = run(i);
        const QString dir = QString::fromStdString(r.dir);
        auto *show = new QTableWidgetItem;
        show->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        show->setCheckState(m_checked.contains(dir) ? Qt::Checked : Qt::Unchecked);
        show->setToolTip(r.loss.empty() ? tr("This run has no loss curve (a reference generator)")
                                        : tr("Overlay this run's loss curve"));
        m_table->setItem(i, ShowColumn, show);
        auto *name = new QTableWidgetItem(QString::fromStdString(r.name));
        name->setToolTip(tr("%n class(es); trained on %1; device %2", nullptr, static_cast<int>(r.classes.size()))
                             .arg(QDir::toNativeSeparators(QString::fromStdString(r.dataDir)),
                                  QString::fromStdString(r.device)));
        m_table->setItem(i, NameColumn, name);
        m_table->setItem(i, ModelColumn, new QTableWidgetItem(QString::fromStdString(r.model)));
        const QString steps = r.totalSteps > 0 && r.step < r.totalSteps
                                  ? tr("%1 of %2").arg(locale.toString(r.step), locale.toString(r.totalSteps))
                                  : locale.toString(r.step);
        auto *stepsItem = new QTableWidgetItem(steps);
        stepsItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, StepsColumn, stepsItem);
        auto *loss = new QTableWidgetItem(r.loss.empty() ? QStringLiteral("-") : locale.toString(r.lastLoss, 'g', 4));
        loss->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        loss->setToolTip(QString::fromStdString(r.lossName));
        m_table->setItem(i, LossColumn, loss);
        m_table->setItem(i, ModifiedColumn,
                         new QTableWidgetItem(locale.toString(QDateTime::fromSecsSinceEpoch(r.modifiedSecs),
                                                              QLocale::ShortFormat)));
        auto *folder = new QTableWidgetItem(QDir::toNativeSeparators(dir));
        folder->setToolTip(folder->text());
        m_table->setItem(i, FolderColumn, folder);
    }
    m_table->resizeColumnsToContents();
    m_filling = false;
    updatePlot();
}

void RunsPane::updatePlot()
{
    m_plot->clearGraphs();
    int colour = 0;
    double lo = 0.0, hi = 0.0, last = 0.0;
    QStringList lossNames;
    for (int i = 0; i < runCount(); ++i) {
        const RunSummary &r = run(i);
        if (!m_checked.contains(QString::fromStdString(r.dir)) || r.loss.empty())
            continue;
        QCPGraph *g = m_plot->addGraph();
        g->setName(QString::fromStdString(r.name));
        g->setPen(QPen(curveColour(colour++), 1.6));
        SmoothedValue smooth(0.9); // the stored history is thinned: a lighter smoothing than the live chart's
        QVector<double> x, y;
        for (const auto &point : r.loss) {
            if (!(point[1] > 0.0) || !std::isfinite(point[1]))
                continue; // a log axis: GAN losses can be negative, shown only where positive
            const double v = smooth.add(point[1]);
            x.append(point[0]);
            y.append(v);
            lo = lo == 0.0 ? v : std::min(lo, v);
            hi = std::max(hi, v);
            last = std::max(last, point[0]);
        }
        g->setData(x, y, true);
        if (!lossNames.contains(QString::fromStdString(r.lossName)))
            lossNames.append(QString::fromStdString(r.lossName));
    }
    m_plot->yAxis->setLabel(lossNames.size() == 1 ? tr("%1 (smoothed)").arg(lossNames.front())
                                                  : tr("loss (smoothed)"));
    if (hi > 0.0) {
        m_plot->xAxis->setRange(0.0, std::max(1.0, last));
        m_plot->yAxis->setRange(lo / 1.3, hi * 1.3);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace netsynth
