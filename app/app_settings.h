#pragma once
// Typed access to the GUI's QSettings (organisation "NetSynth", app "NetSynth Studio").

#include <QString>
#include <QStringList>

namespace netsynth {

struct AppSettings
{
    QString language;      // "" = follow the system locale, else "en" / "it"
    QString device = QStringLiteral("auto"); // auto | cpu | cuda
    int threads = 0;       // 0 = all cores
    QStringList recentDatasets;
    QString workspace;     // where outputs are proposed (Workspace::root(), "workspace/root")

    static AppSettings load();
    void save() const;
    void addRecentDataset(const QString &path); // most recent first, max 10
};

// netsynth-cli installed (or built) beside this program, the workers of
// multi-process training; "" when it is absent.
QString cliBesideApplication();

} // namespace netsynth
