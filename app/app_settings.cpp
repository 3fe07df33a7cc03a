#include "app/app_settings.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "widgets/workspace.h"

#include <QSettings>

namespace netsynth {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.device = s.value(QStringLiteral("compute/device"), QStringLiteral("auto")).toString();
    a.threads = s.value(QStringLiteral("compute/threads"), 0).toInt();
    a.recentDatasets = s.value(QStringLiteral("data/recent")).toStringList();
    a.workspace = Workspace::root();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("compute/device"), device);
    s.setValue(QStringLiteral("compute/threads"), threads);
    s.setValue(QStringLiteral("data/recent"), recentDatasets);
    if (!workspace.isEmpty())
        Workspace::setRoot(workspace);
}

void AppSettings::addRecentDataset(const QString &path)
{
    recentDatasets.removeAll(path);
    recentDatasets.prepend(path);
    while (recentDatasets.size() > 10)
        recentDatasets.removeLast();
}

QString cliBesideApplication()
{
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/netsynth-cli");
    return QFileInfo(cli).isExecutable() ? cli : QString();
}

} // namespace netsynth
