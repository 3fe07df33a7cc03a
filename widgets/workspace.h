#pragma once
// Workspace: where the workbench proposes to write what it makes (runs,
// reports, encoded image sets), so that an output never defaults into an
// input dataset's folder (the shared data, a city folder). The root is
// ~/NetSynth/runs until the user picks another (File > Workspace folder...),
// remembered in QSettings "workspace/root".

#include <QString>

namespace netsynth::Workspace {

QString root();
void setRoot(const QString &dir);

// root()/name when that does not exist or is an empty folder, else
// root()/name-2, name-3, ... (the first free one). Nothing is created.
QString proposeFolder(const QString &name);

// True when path is dir or lies under it (both made absolute and clean).
bool isInside(const QString &path, const QString &dir);

} // namespace netsynth::Workspace
