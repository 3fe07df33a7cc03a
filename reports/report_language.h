#pragma once
// The language of NetSynth's words: the workbench's, and its reports' (the
// Reports pane, report.html, report.pdf; the CLI's `--lang`). Installs
// NetSynth's translations (translations/netsynth_*.ts, compiled and embedded
// under :/i18n) and Qt's own into the application. Strings of core's report
// renderers (core/eval/report_text.h) follow it; metrics.json stays English.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace netsynth {

// language: "it", "en", ... or empty for the system's. Returns false when
// NetSynth has no translation for it (its words stay English).
bool installTranslations(QCoreApplication &app, const QString &language);

// The languages NetSynth has translations for ("en", "it"), sorted.
QStringList availableLanguages();

} // namespace netsynth
