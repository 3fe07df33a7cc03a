#include "app/compare_actions.h"
#include "app/job_error_box.h"

#include "app/path_row.h"

#include "core/eval/evaluation_inputs.h"
#include "core/eval/series_comparison.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/job_runner.h"
#include "core/runtime/progress.h"
#include "widgets/reports/series_comparison_dialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace netsynth {

namespace {

// "runs/r9/synthetic/diffusion-dpm2m" -> "r9/diffusion-dpm2m"; "runs/r9/images/train" -> "r9/train".
QString shortName(const QString &folder)
{
    QDir d(folder);
    const QString leaf = d.dirName();
    d.cdUp();
    const QString middle = d.dirName();
    d.cdUp();
    if (middle == QLatin1String("synthetic") || middle == QLatin1String("images"))
        return d.dirName() + QLatin1Char('/') + leaf;
    return leaf;
}

} // namespace

CompareActions::CompareActions(QWidget *window, JobRunner *jobs) : QObject(window), m_window(window), m_jobs(jobs) {}

void CompareActions::addTo(QMenu *menu)
{
    QAction *a = menu->addAction(tr("Compare &real and synthetic..."), this, [this] { compareSets(); });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    a->setToolTip(tr("Decoded real and synthetic series per class side by side, with their distributions overlaid"));
}

void CompareActions::compareSets(const QString &realIn, const QString &syntheticIn)
{
    QSettings settings;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Compare real and synthetic"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Both image sets are decoded into series with their own specs; per class, a few "
                                "series of each are drawn side by side and their value and length distributions "
                                "overlaid."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    QLineEdit *real = nullptr, *synthetic = nullptr;
    form->addRow(tr("Real image set"), pathRow(&dialog, real, tr("Real image set folder"), BrowseFor::Folder));
    real->setObjectName(QStringLiteral("CompareReal"));
    real->setText(!realIn.isEmpty() ? realIn : settings.value(QStringLiteral("compare/lastReal")).toString());
    form->addRow(tr("Synthetic image set"),
                 pathRow(&dialog, synthetic, tr("Synthetic image set folder"), BrowseFor::Folder));
    synthetic->setObjectName(QStringLiteral("CompareSynthetic"));
    synthetic->setText(!syntheticIn.isEmpty() ? syntheticIn
                                              : settings.value(QStringLiteral("compare/lastSynthetic")).toString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(dialog.sizeHint().boundedTo(QSize(900, 600)).expandedTo(QSize(640, 0)));

    while (dialog.exec() == QDialog::Accepted) {
        QString problem;
        for (QLineEdit *e : {real, synthetic})
            if (!QFileInfo::exists(QDir(e->text().trimmed()).filePath(QStringLiteral("manifest.json"))))
                problem = tr("%1 is not an image set (it has no manifest.json).").arg(e->text().trimmed());
        if (!problem.isEmpty()) {
            QMessageBox::warning(&dialog, tr("Compare real and synthetic"), problem);
            continue;
        }
        settings.setValue(QStringLiteral("compare/lastReal"), real->text().trimmed());
        settings.setValue(QStringLiteral("compare/lastSynthetic"), synthetic->text().trimmed());
        submitComparison(real->text().trimmed(), synthetic->text().trimmed());
        return;
    }
}

void CompareActions::submitComparison(const QString &realSet, const QString &syntheticSet)
{
    const std::string realPath = realSet.toStdString(), synthPath = syntheticSet.toStdString();
    m_jobs->submit(
        tr("Compare %1 with %2").arg(shortName(realSet), shortName(syntheticSet)),
        [realPath, synthPath](ProgressToken &token) {
            SeriesSet sides[2];
            const std::string paths[2] = {realPath, synthPath};
            const char *what[2] = {"real: ", "synthetic: "};
            for (int i = 0; i < 2; ++i) {
                ChildProgress part(token, i * 0.5, (i + 1) * 0.5, what[i]);
                const ImageDataset set = ImageDataset::load(paths[i], part.token());
                sides[i] = seriesOfImages(set, part.token());
                token.throwIfCanceled();
            }
            return SeriesComparison::compute(sides[0], sides[1]);
        },
        this, [this, realSet, syntheticSet](const JobOutcome<SeriesComparison> &r) {
            if (r.status == JobResult::Status::Canceled) return;
            if (!r.ok()) {
                Q_EMIT failed(r.error);
                showJobError(m_window, tr("Compare real and synthetic"), r.error);
                return;
            }
            auto *view = new SeriesComparisonDialog(r.value(), shortName(realSet),
                                                    shortName(syntheticSet), m_window);
            view->setAttribute(Qt::WA_DeleteOnClose);
            view->show();
            Q_EMIT shown(view);
        });
}

} // namespace netsynth
