#include "app/about_dialog.h"

#include "core/runtime/device.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace netsynth {

QString AboutDialog::versionsHtml()
{
    const DeviceInfo d = DeviceManager::current();
    return tr("<h2>NetSynth Studio %1</h2>"
              "<p>A workbench for generative modelling of network traffic: packet-level synthesis "
              "(NetDiffus) and city-scale service-level snapshots (AppShot).</p>"
              "<table>"
              "<tr><td><b>Qt</b></td><td>%2</td></tr>"
              "<tr><td><b>libtorch</b></td><td>%3 (%4)</td></tr>"
              "<tr><td><b>OpenCV</b></td><td>%5</td></tr>"
              "<tr><td><b>Device</b></td><td>%6</td></tr>"
              "</table>")
        .arg(QStringLiteral(NETSYNTH_VERSION), QString::fromLatin1(qVersion()),
             QString::fromStdString(DeviceManager::torchVersion()),
             DeviceManager::torchHasCuda() ? tr("CUDA build") : tr("CPU build"),
             QString::fromStdString(DeviceManager::openCvVersion()),
             QString::fromStdString(d.name + ": " + d.description));
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About NetSynth Studio"));
    auto *label = new QLabel(versionsHtml(), this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    resize(460, 280);
}

} // namespace netsynth
