#pragma once
// Reports pane: lists evaluation reports (folders holding metrics.json) under
// a chosen folder, shows one (the same document as report.pdf), and compares
// two side by side with a table of their headline numbers. Display only: the
// reports are produced by jobs (Evaluate, Run full pipeline) in MainWindow.

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace netsynth {

class ReportsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPane(QWidget *parent = nullptr);

    QString root() const { return m_root; }
    // Lists every report folder under `root` (up to 4 levels deep).
    void setRoot(const QString &root);
    // Adds one report folder (if not listed yet) and shows it.
    void addReport(const QString &folder);
    QStringList reports() const;
    // Shows one report; false (and a message in the pane) when it cannot be read.
    bool showReport(const QString &folder);
    bool compareReports(const QString &a, const QString &b);
    QString currentReport() const { return m_current; }

Q_SIGNALS:
    // Asks the owner to run an evaluation or the pipeline (menu actions live in MainWindow).
    void rootChanged(const QString &root);
    // Export traffic...: the shown report's synthetic image set, and the
    // dataset its pipeline read (a reference for inter-arrival times; may be empty).
    void exportRequested(const QString &syntheticSet, const QString &referenceDataset);
    // Real vs synthetic...: the shown report's real training set and synthetic set.
    void compareRequested(const QString &realSet, const QString &syntheticSet);

private:
    void chooseRoot();
    void refresh();
    void onSelectionChanged();
    void compareSelected();
    void openInBrowser();
    void showMessage(const QString &text);

    QString m_root;
    QString m_current;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTextBrowser *m_single = nullptr;
    QTextBrowser *m_compareTable = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
    QLabel *m_leftTitle = nullptr;
    QLabel *m_rightTitle = nullptr;
    QToolButton *m_compareButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_realVsSynthButton = nullptr;
    QString m_currentSynthetic; // the shown report's synthetic set (dataset.synthetic), when it exists
    QString m_currentData;      // the dataset its pipeline read (pipeline.data), when it exists
    QString m_currentReal;      // its real training set (dataset.real), when it exists
};

} // namespace netsynth
