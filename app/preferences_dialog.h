#pragma once
#include "app/app_settings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace netsynth {

// Device (auto/cpu/cuda), CPU threads, language and the workspace folder.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

private:
    AppSettings m_settings;
    QComboBox *m_device;
    QSpinBox *m_threads;
    QComboBox *m_language;
    QLineEdit *m_workspace;
};

} // namespace netsynth
