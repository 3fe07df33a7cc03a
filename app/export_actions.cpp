#include "app/export_actions.h"
#include "app/job_error_box.h"

#include "app/path_row.h"

#include "core/imaging/image_dataset.h"
#include "core/runtime/job_runner.h"
#include "core/runtime/progress.h"
#include "widgets/datasets/datasets_pane.h"
#include "widgets/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace netsynth {

namespace {

// The formats, as the dialog lists them.
struct FormatChoice
{
    ExportFormat format;
    const char *text;
};
const FormatChoice kFormats[] = {
    {ExportFormat::Pcapng, QT_TRANSLATE_NOOP("netsynth::ExportActions", "pcapng: one capture per class (Wireshark, tshark)")},
    {ExportFormat::Pcap, QT_TRANSLATE_NOOP("netsynth::ExportActions", "pcap: one capture per class (tcpdump, tcpreplay)")},
    {ExportFormat::MirageJson, QT_TRANSLATE_NOOP("netsynth::ExportActions", "MIRAGE JSON: one file")},
    {ExportFormat::Csv, QT_TRANSLATE_NOOP("netsynth::ExportActions", "CSV, AppxAct layout: one file")},
    {ExportFormat::CsvPackets, QT_TRANSLATE_NOOP("netsynth::ExportActions", "CSV per packet, Alexa layout: one file per biflow")},
};

QString extensionOf(ExportFormat f)
{
    return f == ExportFormat::MirageJson ? QStringLiteral(".json")
           : f == ExportFormat::Csv      ? QStringLiteral(".csv")
                                         : QString();
}

} // namespace

ExportActions::ExportActions(QWidget *window, JobRunner *jobs, DatasetsPane *datasets)
    : QObject(window), m_window(window), m_jobs(jobs), m_datasets(datasets)
{
}

void ExportActions::addTo(QMenu *menu)
{
    QAction *a = menu->addAction(tr("E&xport traffic..."), this, [this] { exportSet(); });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    a->setToolTip(tr("Write an image set (synthetic or encoded) as pcapng, pcap, MIRAGE JSON or CSV traffic"));
}

QString ExportActions::defaultOut(const QString &setFolder, ExportFormat format)
{
    // runs/r5/synthetic/diffusion-ddim -> exports/r5-diffusion-ddim-pcapng
    const QDir set(setFolder);
    QDir parent = set;
    parent.cdUp();
    QDir run = parent;
    run.cdUp();
    const QString base = parent.dirName() == QLatin1String("synthetic")
                             ? run.dirName() + QLatin1Char('-') + set.dirName()
                             : set.dirName();
    const QString name = base + QLatin1Char('-') + QString::fromStdString(exportFormatName(format));
    return QDir(Workspace::root()).filePath(QStringLiteral("exports/") + name + extensionOf(format));
}

void ExportActions::exportSet(const QString &setFolderIn, const QString &referenceIn)
{
    QSettings settings;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Export traffic"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Every image is inverted and each value of its series becomes one packet, so reading "
                                "the export back gives the same series. Addresses are from the documentation ranges "
                                "(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24)."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    QLineEdit *set = nullptr, *out = nullptr, *reference = nullptr;
    form->addRow(tr("Image set"), pathRow(&dialog, set, tr("Image set folder"), BrowseFor::Folder));
    set->setObjectName(QStringLiteral("ExportSet"));
    set->setText(!setFolderIn.isEmpty() ? setFolderIn : settings.value(QStringLiteral("export/lastSet")).toString());
    auto *format = new QComboBox(&dialog);
    format->setObjectName(QStringLiteral("ExportFormat"));
    for (const FormatChoice &c : kFormats) format->addItem(tr(c.text), static_cast<int>(c.format));
    form->addRow(tr("Format"), format);
    form->addRow(tr("Write to"), pathRow(&dialog, out, tr("Export to"), BrowseFor::SaveFile));
    out->setObjectName(QStringLiteral("ExportOut"));
    form->addRow(tr("Reference dataset"), pathRow(&dialog, reference, tr("Reference traffic dataset"), BrowseFor::Folder));
    reference->setObjectName(QStringLiteral("ExportReference"));
    reference->setPlaceholderText(tr("optional: real traffic lending protocol, port and inter-arrival times"));
    reference->setToolTip(tr("A traffic dataset with the same classes: its protocol, server port and inter-arrival "
                             "times (per class and packet position) are used. Without one: TCP to port 443, "
                             "packets 1 ms apart."));
    reference->setText(referenceIn);
    auto *seed = new QSpinBox(&dialog);
    seed->setRange(0, 1000000);
    seed->setToolTip(tr("Seed of the inter-arrival draws, sequence numbers and payload bytes"));
    form->addRow(tr("Seed"), seed);
    auto *unit = new QComboBox(&dialog);
    unit->addItem(tr("As the set's spec records (payload when it does not)"), QString());
    unit->addItem(tr("IP packet lengths"), QStringLiteral("ip"));
    unit->addItem(tr("L4 payload sizes"), QStringLiteral("payload"));
    form->addRow(tr("Sizes are"), unit);
    auto *random = new QCheckBox(tr("Random payload bytes (seeded) instead of zeros"), &dialog);
    form->addRow(QString(), random);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // The output follows the set and the format until the user edits it.
    bool outEdited = false;
    const auto proposeOut = [&] {
        if (!outEdited && !set->text().isEmpty())
            out->setText(defaultOut(set->text(), static_cast<ExportFormat>(format->currentData().toInt())));
    };
    connect(set, &QLineEdit::textChanged, &dialog, proposeOut);
    connect(format, &QComboBox::currentIndexChanged, &dialog, proposeOut);
    connect(out, &QLineEdit::textEdited, &dialog, [&] { outEdited = true; });
    proposeOut();
    dialog.resize(dialog.sizeHint().boundedTo(QSize(900, 600)));

    while (dialog.exec() == QDialog::Accepted) {
        const QString setFolder = set->text().trimmed();
        QString problem;
        if (!QFileInfo::exists(QDir(setFolder).filePath(QStringLiteral("manifest.json"))))
            problem = tr("%1 is not an image set (it has no manifest.json).").arg(setFolder);
        else if (out->text().trimmed().isEmpty())
            problem = tr("Choose where to write the export.");
        else if (Workspace::isInside(out->text().trimmed(), setFolder))
            problem = tr("The export would land inside the image set's folder; choose another place.");
        if (!problem.isEmpty()) {
            QMessageBox::warning(&dialog, tr("Export traffic"), problem);
            continue;
        }
        ExportOptions o;
        o.format = static_cast<ExportFormat>(format->currentData().toInt());
        o.out = out->text().trimmed().toStdString();
        o.referencePath = reference->text().trimmed().toStdString();
        o.seed = static_cast<std::uint64_t>(seed->value());
        o.sizeUnit = unit->currentData().toString().toStdString();
        o.randomPayload = random->isChecked();
        settings.setValue(QStringLiteral("export/lastSet"), setFolder);
        submitExport(setFolder, o);
        return;
    }
}

void ExportActions::submitExport(const QString &setFolder, const ExportOptions &options)
{
    const std::string folder = setFolder.toStdString();
    const QString out = QString::fromStdString(options.out);
    m_jobs->submit(
        tr("Export %1 as %2").arg(QDir(setFolder).dirName(), QString::fromStdString(exportFormatName(options.format))),
        [folder, options](ProgressToken &token) {
            const ImageDataset set = ImageDataset::load(folder, token);
            return exportImageSet(set, folder, options, token);
        },
        this, [this, out, options](const JobOutcome<ExportResult> &r) {
            if (r.status == JobResult::Status::Canceled)
                return;
            if (!r.ok()) {
                Q_EMIT failed(r.error);
                showJobError(m_window, tr("Export traffic"), r.error);
                return;
            }
            const ExportResult &result = r.value();
            QStringList files;
            for (const auto &f : result.files) files << QString::fromStdString(f);
            QString text = tr("%1 biflows, %2 packets written to %3 (%n file(s)).", nullptr, int(files.size()))
                               .arg(result.biflows)
                               .arg(result.packets)
                               .arg(QDir::toNativeSeparators(out));
            QString details = tr("Timestamps: %1").arg(QString::fromStdString(result.timing));
            for (const auto &n : result.notes) details += QStringLiteral("\n") + QString::fromStdString(n);
            Q_EMIT exported(out, files);
            auto *box = new QMessageBox(QMessageBox::Information, tr("Export traffic"), text, QMessageBox::Close,
                                        m_window);
            box->setObjectName(QStringLiteral("ExportDoneBox"));
            box->setInformativeText(details);
            box->setAttribute(Qt::WA_DeleteOnClose);
            if (m_datasets && options.format != ExportFormat::CsvPackets) {
                QPushButton *open = box->addButton(tr("Open in the Datasets pane"), QMessageBox::AcceptRole);
                const bool capture = options.format == ExportFormat::Pcap || options.format == ExportFormat::Pcapng;
                connect(open, &QPushButton::clicked, this, [this, out, capture] {
                    LoadOptions lo;
                    if (capture) lo.labelMapPath = QDir(out).filePath(QStringLiteral("labels.csv")).toStdString();
                    m_datasets->openPath(out, lo);
                });
            }
            box->open();
        });
}

} // namespace netsynth
