#pragma once
// The application object of netsynth-cli. Commands that write PDF reports
// (report, evaluate --report, pipeline) need Qt's GUI module for QTextDocument
// and QPdfWriter fonts, but never a display: for them the CLI creates a
// QGuiApplication on the "offscreen" platform (unless QT_QPA_PLATFORM is set);
// every other command keeps a plain QCoreApplication.

#include <QCoreApplication>

#include <memory>

namespace netsynth::cli {

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv);
// True when this build can write PDF reports (Qt6::Gui linked).
bool pdfReportsAvailable();

} // namespace netsynth::cli
