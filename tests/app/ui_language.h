#pragma once
// Test helper: the application's user-interface language for one scope, as
// `netsynth --lang` sets it. "en" (or empty) is the source language; another
// code loads the embedded :/i18n/netsynth_<code>.qm, and isAvailable() says
// whether the build embeds it (tests QSKIP otherwise).
//
//   const UiLanguage italian(QStringLiteral("it"));
//   if (!italian.isAvailable()) QSKIP("the translation is not embedded in this build");
#include <QCoreApplication>
#include <QString>
#include <QTranslator>

class UiLanguage
{
public:
    explicit UiLanguage(const QString &code)
    {
        if (code.isEmpty() || code == QLatin1String("en")) return;
        m_installed = m_translator.load(QStringLiteral(":/i18n/netsynth_%1.qm").arg(code)) &&
                      QCoreApplication::installTranslator(&m_translator);
        m_available = m_installed;
    }
    ~UiLanguage()
    {
        if (m_installed) QCoreApplication::removeTranslator(&m_translator);
    }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;
    bool isAvailable() const { return m_available; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    bool m_available = true;
};
