// The AppShot Map pane's dialogs (open city, simulate, train, generate, load,
// evaluate, export): they collect the options and emit the pane's requests.
#include "widgets/appshot/appshot_map_pane.h"
#include "widgets/workspace.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace netsynth {

namespace {
// A spin box with a range and a value, owned by `parent`.
QSpinBox *spinBox(QWidget *parent, int lo, int hi, int value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(lo, hi);
    box->setValue(value);
    return box;
}

// Adds OK/Cancel to a form dialog and runs it; true when accepted.
bool execFormDialog(QDialog &dlg, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    return dlg.exec() == QDialog::Accepted;
}
} // namespace

void AppShotMapPane::openCityDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open city folder"), m_lastDir);
    if (dir.isEmpty())
        return;
    m_lastDir = dir;
    Q_EMIT openCityRequested(dir);
}

void AppShotMapPane::demoDialog()
{
    if (!m_city) {
        showMessage(tr("Open a city first: simulated traffic is built over its context layers."));
        return;
    }
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Simulate traffic"));
    auto *form = new QFormLayout(&dlg);
    auto *note = new QLabel(tr("Builds SIMULATED multi-service traffic over the city's context layers (procedural "
                               "demo data, not a measurement). It replaces the real maps in this view and is "
                               "labelled simulated."), &dlg);
    note->setWordWrap(true);
    form->addRow(note);
    auto *services = spinBox(&dlg, 1, 6, 4);
    auto *days = spinBox(&dlg, 1, 28, 7);
    auto *seed = spinBox(&dlg, 0, 1000000, 1);
    form->addRow(tr("Services"), services);
    form->addRow(tr("Days"), days);
    form->addRow(tr("Seed"), seed);
    if (!execFormDialog(dlg, form))
        return;
    Q_EMIT demoTrafficRequested(AppShotDemoRequest{services->value(), days->value(), seed->value()});
}

void AppShotMapPane::trainDialog()
{
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Train AppShot"));
    auto *form = new QFormLayout(&dlg);
    auto *cities = new QListWidget(&dlg);
    cities->setMinimumHeight(90);
    if (m_city && !m_city->path.empty())
        cities->addItem(QString::fromStdString(m_city->path));
    auto *add = new QPushButton(tr("Add city folder..."), &dlg);
    connect(add, &QPushButton::clicked, &dlg, [&] {
        const QString d = QFileDialog::getExistingDirectory(&dlg, tr("Training city"), m_lastDir);
        if (!d.isEmpty())
            cities->addItem(d);
    });
    auto *remove = new QPushButton(tr("Remove"), &dlg);
    connect(remove, &QPushButton::clicked, &dlg, [cities] { delete cities->currentItem(); });
    auto *cityButtons = new QHBoxLayout;
    cityButtons->addWidget(add);
    cityButtons->addWidget(remove);
    const QString runName = m_city ? QStringLiteral("appshot-%1").arg(QString::fromStdString(m_city->name))
                                   : QStringLiteral("appshot-run");
    auto *run = new QLineEdit(Workspace::proposeFolder(runName), &dlg);
    run->setObjectName(QStringLiteral("appshot-train-run"));
    auto *steps = spinBox(&dlg, 1, 1000000, 1000);
    auto *batch = spinBox(&dlg, 1, 256, 8);
    auto *seed = spinBox(&dlg, 0, 1000000, 1);
    auto *demo = new QCheckBox(tr("Train on SIMULATED demo traffic of each city"), &dlg);
    demo->setChecked(true);
    auto *services = spinBox(&dlg, 1, 6, 4);
    form->addRow(tr("Training cities"), cities);
    form->addRow(QString(), cityButtons);
    form->addRow(tr("Run folder"), run);
    form->addRow(tr("Steps"), steps);
    form->addRow(tr("Batch"), batch);
    form->addRow(tr("Seed"), seed);
    form->addRow(demo);
    form->addRow(tr("Simulated services"), services);
    if (!execFormDialog(dlg, form))
        return;
    AppShotTrainRequest r;
    for (int i = 0; i < cities->count(); ++i)
        r.cityDirs << cities->item(i)->text();
    if (r.cityDirs.isEmpty()) {
        showMessage(tr("Training needs at least one city folder."));
        return;
    }
    r.runDir = run->text();
    r.steps = steps->value();
    r.batch = batch->value();
    r.seed = seed->value();
    r.demo = demo->isChecked();
    r.demoServices = services->value();
    Q_EMIT trainRequested(r);
}

void AppShotMapPane::setLastRun(const QString &runDir)
{
    QSettings().setValue(QStringLiteral("appshot/lastRun"), QDir::cleanPath(QFileInfo(runDir).absoluteFilePath()));
}

QString AppShotMapPane::lastRun() const
{
    return QSettings().value(QStringLiteral("appshot/lastRun")).toString();
}

void AppShotMapPane::generateDialog()
{
    if (!m_city) {
        showMessage(tr("Open the city to generate for first."));
        return;
    }
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Generate traffic for %1").arg(QString::fromStdString(m_city->name)));
    auto *form = new QFormLayout(&dlg);
    auto *ckpt = new QLineEdit(lastRun().isEmpty() ? QString() : QDir(lastRun()).filePath(QStringLiteral("checkpoint.pt")),
                               &dlg);
    ckpt->setObjectName(QStringLiteral("appshot-generate-checkpoint"));
    ckpt->setPlaceholderText(tr("checkpoint.pt of an AppShot training run"));
    auto *browse = new QPushButton(tr("Browse..."), &dlg);
    connect(browse, &QPushButton::clicked, &dlg, [&] {
        const QString f = QFileDialog::getOpenFileName(&dlg, tr("AppShot checkpoint"),
                                                       ckpt->text().isEmpty() ? Workspace::root() : ckpt->text(),
                                                       tr("Checkpoints (*.pt)"));
        if (!f.isEmpty())
            ckpt->setText(f);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(ckpt, 1);
    row->addWidget(browse);
    auto *hours = new QLineEdit(QStringLiteral("0-23"), &dlg);
    hours->setToolTip(tr("Hour indices from Monday 00:00, e.g. 0-23, 0-167 or 0,6,12"));
    auto *seed = spinBox(&dlg, 0, 1000000, 1);
    form->addRow(tr("Checkpoint"), row);
    form->addRow(tr("Hours"), hours);
    form->addRow(tr("Seed"), seed);
    if (!execFormDialog(dlg, form))
        return;
    if (ckpt->text().trimmed().isEmpty()) {
        showMessage(tr("Choose the checkpoint of an AppShot training run (Train... writes one)."));
        return;
    }
    Q_EMIT generateRequested(AppShotGenerateRequest{ckpt->text(), hours->text(), seed->value()});
}

void AppShotMapPane::loadGeneratedDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Generated traffic folder"), m_lastDir);
    if (!dir.isEmpty())
        Q_EMIT loadGeneratedRequested(dir);
}

void AppShotMapPane::exportPngDialog()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export maps as PNG"), QDir(Workspace::root()).filePath(QStringLiteral("appshot-map.png")),
                                                      tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    if (renderMaps().save(file, "PNG"))
        showMessage(tr("Saved %1").arg(file));
    else
        QMessageBox::warning(this, tr("Export PNG"), tr("Could not write %1").arg(file));
}

void AppShotMapPane::exportTrafficDialog()
{
    if (!m_generated) {
        showMessage(tr("No generated traffic to export: generate or load some first."));
        return;
    }
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export generated traffic"),
                                                      QDir(Workspace::root()).filePath(QStringLiteral("appshot-traffic.npy")),
                                                      tr("NumPy folder (*.npy);;CSV (*.csv)"), &selected);
    if (!file.isEmpty())
        Q_EMIT exportTrafficRequested(file);
}

void AppShotMapPane::evaluateDialog()
{
    if (!m_city || !m_real || !m_generated) {
        showMessage(tr("Evaluation needs a city with real (or simulated) traffic and generated traffic for it: open, "
                       "simulate or generate them first."));
        return;
    }
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Evaluate generated traffic for %1").arg(QString::fromStdString(m_city->name)));
    auto *form = new QFormLayout(&dlg);
    auto *note = new QLabel(tr("Compares the generated maps with the city's real traffic at the same hours: per "
                               "service EMD, SSIM, Pearson of cell means, Moran's I and temporal profile errors, and "
                               "the cross-service correlation error, next to the ridge and population baselines of "
                               "the training run. Writes report.html, report.pdf and metrics.json."), &dlg);
    note->setWordWrap(true);
    form->addRow(note);
    const QString name = QStringLiteral("appshot-report-%1").arg(QString::fromStdString(m_city->name));
    auto *out = new QLineEdit(Workspace::proposeFolder(name), &dlg);
    out->setObjectName(QStringLiteral("appshot-evaluate-out"));
    auto *browse = new QPushButton(tr("Browse..."), &dlg);
    connect(browse, &QPushButton::clicked, &dlg, [&] {
        const QString d = QFileDialog::getExistingDirectory(&dlg, tr("Folder for the report folder"), Workspace::root());
        if (!d.isEmpty())
            out->setText(QDir(d).filePath(name));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(out, 1);
    row->addWidget(browse);
    form->addRow(tr("Report folder"), row);
    if (!execFormDialog(dlg, form) || out->text().trimmed().isEmpty())
        return;
    Q_EMIT evaluateRequested(AppShotEvaluateRequest{out->text().trimmed()});
}

void AppShotMapPane::holdoutDialog()
{
    if (!m_city || !m_real) {
        showMessage(tr("A hold-out study needs a city with traffic: open one (e.g. Aachen of the shared data) or "
                       "simulate its traffic first."));
        return;
    }
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Hold-out study of %1").arg(QString::fromStdString(m_city->name)));
    auto *form = new QFormLayout(&dlg);
    auto *note = new QLabel(tr("Cuts the city into stripes. For every stripe and seed, AppShot and the ridge and "
                               "population baselines are trained without the stripe's traffic (nor the buffer "
                               "around it), the whole city is generated, and the stripe is scored. Each training "
                               "takes as long as Train with the same steps."), &dlg);
    note->setWordWrap(true);
    form->addRow(note);
    const QString name = QStringLiteral("appshot-holdout-%1").arg(QString::fromStdString(m_city->name));
    auto *out = new QLineEdit(Workspace::proposeFolder(name), &dlg);
    out->setObjectName(QStringLiteral("appshot-holdout-out"));
    const AppShotHoldoutRequest defaults;
    auto *folds = spinBox(&dlg, 2, 20, defaults.folds);
    auto *buffer = spinBox(&dlg, 0, 10, defaults.buffer);
    auto *seeds = spinBox(&dlg, 1, 10, defaults.seeds);
    auto *steps = spinBox(&dlg, 1, 1000000, defaults.steps);
    auto *patch = spinBox(&dlg, 4, 64, defaults.patch);
    auto *hours = new QLineEdit(defaults.hours, &dlg);
    hours->setToolTip(tr("Hours from Monday 00:00 that are generated and scored, e.g. 0-167 or 0,6,12"));
    form->addRow(tr("Study folder"), out);
    form->addRow(tr("Stripes (folds)"), folds);
    form->addRow(tr("Buffer (cells)"), buffer);
    form->addRow(tr("Seeds per fold"), seeds);
    form->addRow(tr("Training steps"), steps);
    form->addRow(tr("Patch size"), patch);
    form->addRow(tr("Hours scored"), hours);
    if (!execFormDialog(dlg, form) || out->text().trimmed().isEmpty())
        return;
    AppShotHoldoutRequest r;
    r.outDir = out->text().trimmed();
    r.folds = folds->value();
    r.buffer = buffer->value();
    r.seeds = seeds->value();
    r.steps = steps->value();
    r.patch = patch->value();
    r.hours = hours->text().trimmed();
    Q_EMIT holdoutRequested(r);
}

} // namespace netsynth
