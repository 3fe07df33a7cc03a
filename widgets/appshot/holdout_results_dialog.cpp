#include "widgets/appshot/holdout_results_dialog.h"
#include "core/runtime/json_document.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace netsynth {

namespace {
struct MetricRow
{
    const char *key;
    const char *name; // translated below
    bool higherIsBetter;
};
} // namespace

HoldoutResultsDialog::HoldoutResultsDialog(const nlohmann::json &study, const QString &folder, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("HoldoutResultsDialog"));
    setWindowTitle(tr("Hold-out study of %1").arg(QString::fromStdString(study.value("city", std::string()))));
    const MetricRow rows[] = {
        {"pearson_cell_mean", QT_TR_NOOP("Per-cell correlation of mean traffic (higher is better)"), true},
        {"ssim_mean_map", QT_TR_NOOP("SSIM of the mean map (higher is better)"), true},
        {"pearson_cell_hourly", QT_TR_NOOP("Per-cell hourly correlation (higher is better)"), true},
        {"jsd_cell_values", QT_TR_NOOP("JSD of cell values (lower is better)"), false},
        {"emd_relative", QT_TR_NOOP("Relative EMD (lower is better)"), false}};
    const char *methods[] = {"gan", "ridge", "population"};
    const nlohmann::json summary = study.value("summary", nlohmann::json::object());
    m_table->setRowCount(5);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("AppShot GAN"), tr("Ridge"), tr("Population")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < 5; ++r) {
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(tr(rows[r].name)));
        int best = -1;
        double bestValue = 0.0;
        for (int m = 0; m < 3; ++m) {
            const nlohmann::json *s = summary.contains(methods[m]) && summary[methods[m]].contains(rows[r].key)
                                          ? &summary[methods[m]][rows[r].key]
                                          : nullptr;
            auto *item = new QTableWidgetItem(QStringLiteral("-"));
            if (s && (*s)["mean"].is_number()) {
                const double mean = (*s)["mean"].get<double>(), sd = (*s)["sd"].is_number() ? (*s)["sd"].get<double>() : 0.0;
                item->setText(QStringLiteral("%1 \u00b1 %2").arg(mean, 0, 'f', 3).arg(sd, 0, 'f', 3));
                if (best < 0 || (rows[r].higherIsBetter ? mean > bestValue : mean < bestValue)) {
                    best = m;
                    bestValue = mean;
                }
            }
            item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(r, m, item);
        }
        if (best >= 0) {
            QFont f = m_table->item(r, best)->font();
            f.setBold(true);
            m_table->item(r, best)->setFont(f);
        }
    }
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int rowHeight = m_table->fontMetrics().height() + 12;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 5 * rowHeight + 4);

    const int runs = static_cast<int>(study.value("runs", nlohmann::json::array()).size());
    auto *setup = new QLabel(tr("%1 stripes x %2 seeds (%3 runs done), buffer %4, %5 hours scored per run. Mean \u00b1 sd "
                                "over the runs; the best of each row in bold.")
                                 .arg(jsonNumberOr(study, "folds", 0, std::string()))
                                 .arg(jsonNumberOr(study, "seeds", 0, std::string()))
                                 .arg(runs)
                                 .arg(jsonNumberOr(study, "buffer", 0, std::string()))
                                 .arg(jsonNumberOr(study, "hours_compared", 0, std::string())),
                             this);
    setup->setWordWrap(true);
    QString verdict;
    const nlohmann::json gap = summary.value("gan_minus_ridge_pearson_cell_mean", nlohmann::json::object());
    if (gap.value("mean", nlohmann::json()).is_number())
        verdict = tr("GAN minus ridge, per-cell correlation of mean traffic: %1 on average, %2 in the worst run.")
                      .arg(gap["mean"].get<double>(), 0, 'f', 3)
                      .arg(gap["min"].get<double>(), 0, 'f', 3);
    auto *verdictLabel = new QLabel(verdict, this);
    verdictLabel->setObjectName(QStringLiteral("holdout-verdict"));
    verdictLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open folder"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(setup);
    layout->addWidget(m_table);
    layout->addWidget(verdictLabel);
    layout->addWidget(new QLabel(tr("Results: %1/holdout.json").arg(folder), this));
    layout->addWidget(buttons);
    resize(860, sizeHint().height());
}

} // namespace netsynth
