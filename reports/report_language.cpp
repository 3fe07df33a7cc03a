#include "reports/report_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace netsynth {

bool installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(&app);
    const bool found = ours->load(locale, QStringLiteral("netsynth"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        app.installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return found;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("netsynth_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(9, file.size() - 9 - 3);
    languages.sort();
    return languages;
}

} // namespace netsynth
