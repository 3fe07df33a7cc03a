#pragma once
#include "app/app_settings.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace netsynth {

// Device (auto/cpu/cuda), CPU threads and language.
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
};

} // namespace netsynth
