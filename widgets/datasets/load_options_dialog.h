#pragma once
// "Open with options": the reader and its options for one open (format,
// CSV series column, pcap idle timeout and label mapping, packets kept per
// biflow, MIRAGE background rule, cache).

#include "core/data/dataset_loader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace netsynth {

class LoadOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoadOptionsDialog(const QString &path, QWidget *parent = nullptr);

    QString path() const;
    LoadOptions options() const;

private:
    QLineEdit *m_path;
    QComboBox *m_format;
    QLineEdit *m_column;
    QDoubleSpinBox *m_idle;
    QLineEdit *m_labelMap;
    QSpinBox *m_maxPackets;
    QCheckBox *m_background;
    QCheckBox *m_cache;
};

} // namespace netsynth
