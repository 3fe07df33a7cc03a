#include "app/preferences_dialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace netsynth {

PreferencesDialog::PreferencesDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    m_device = new QComboBox(this);
    m_device->addItem(tr("Automatic (CUDA when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(qMax(0, m_device->findData(settings.device)));

    m_threads = new QSpinBox(this);
    m_threads->setRange(0, 4 * QThread::idealThreadCount());
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(settings.threads);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));

    m_workspace = new QLineEdit(settings.workspace, this);
    m_workspace->setObjectName(QStringLiteral("preferences-workspace"));
    m_workspace->setToolTip(tr("New runs, reports and encoded image sets are proposed in this folder, never inside "
                               "an input dataset's folder"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Workspace folder"), m_workspace->text());
        if (!dir.isEmpty())
            m_workspace->setText(dir);
    });
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Compute &device:"), m_device);
    form->addRow(tr("CPU &threads:"), m_threads);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Workspace folder:"), workspaceRow);
    auto *note = new QLabel(tr("A language change takes effect at the next start."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

AppSettings PreferencesDialog::settings() const
{
    AppSettings s = m_settings;
    s.device = m_device->currentData().toString();
    s.threads = m_threads->value();
    s.language = m_language->currentData().toString();
    s.workspace = m_workspace->text().trimmed();
    return s;
}

} // namespace netsynth
