#pragma once
// A failed job's message, the one way the app shows it: a window-modal
// warning opened without blocking the event loop (other jobs, their
// progress and the panes go on) and deleted when closed.

#include <QString>

class QWidget;

namespace netsynth {

void showJobError(QWidget *parent, const QString &title, const QString &error);

} // namespace netsynth
