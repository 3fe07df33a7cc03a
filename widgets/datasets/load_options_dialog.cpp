#include "widgets/datasets/load_options_dialog.h"

#include "core/data/format_detector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace netsynth {

LoadOptionsDialog::LoadOptionsDialog(const QString &path, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open dataset with options"));
    m_path = new QLineEdit(path, this);
    auto *browseFile = new QPushButton(tr("File..."), this);
    auto *browseFolder = new QPushButton(tr("Folder..."), this);
    connect(browseFile, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Open dataset"), m_path->text());
        if (!p.isEmpty())
            m_path->setText(p);
    });
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getExistingDirectory(this, tr("Open dataset folder"), m_path->text());
        if (!p.isEmpty())
            m_path->setText(p);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseFile);
    pathRow->addWidget(browseFolder);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("FormatCombo"));
    m_format->addItem(tr("Detect"), QString());
    for (const std::string &f : FormatDetector::knownFormats())
        m_format->addItem(QString::fromStdString(f), QString::fromStdString(f));
    m_column = new QLineEdit(this);
    m_column->setPlaceholderText(QStringLiteral("addr2_bytes"));
    m_idle = new QDoubleSpinBox(this);
    m_idle->setObjectName(QStringLiteral("IdleTimeout"));
    m_idle->setRange(0.001, 86400.0);
    m_idle->setDecimals(3);
    m_idle->setValue(LoadOptions().idleTimeoutSeconds);
    m_idle->setSuffix(tr(" s"));
    m_labelMap = new QLineEdit(this);
    m_labelMap->setPlaceholderText(tr("file name,label per line (optional)"));
    auto *browseMap = new QPushButton(tr("..."), this);
    connect(browseMap, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Label mapping"), m_labelMap->text());
        if (!p.isEmpty())
            m_labelMap->setText(p);
    });
    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(m_labelMap, 1);
    mapRow->addWidget(browseMap);
    m_maxPackets = new QSpinBox(this);
    m_maxPackets->setRange(0, 100000000);
    m_maxPackets->setSpecialValueText(tr("all"));
    m_background = new QCheckBox(tr("Label biflows of other apps \"background\" (tcbench rule)"), this);
    m_cache = new QCheckBox(tr("Use the dataset cache"), this);
    m_cache->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Path:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("CSV series column:"), m_column);
    form->addRow(tr("pcap idle timeout:"), m_idle);
    form->addRow(tr("pcap label mapping:"), mapRow);
    form->addRow(tr("Packets kept per biflow:"), m_maxPackets);
    form->addRow(tr("MIRAGE:"), m_background);
    form->addRow(QString(), m_cache);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString LoadOptionsDialog::path() const
{
    return m_path->text().trimmed();
}

LoadOptions LoadOptionsDialog::options() const
{
    LoadOptions o;
    o.format = m_format->currentData().toString().toStdString();
    o.column = m_column->text().trimmed().toStdString();
    o.idleTimeoutSeconds = m_idle->value();
    o.labelMapPath = m_labelMap->text().trimmed().toStdString();
    o.maxPacketsPerBiflow = static_cast<std::size_t>(m_maxPackets->value());
    o.mirageBackgroundRule = m_background->isChecked();
    o.useCache = m_cache->isChecked();
    return o;
}

} // namespace netsynth
