#pragma once
// The Datasets pane: open traffic files and folders (as background jobs with
// progress and cancel), browse them as a tree of datasets and classes, a
// sortable and filterable biflow table, a Wireshark-style packet list and
// per-class statistics plots. Picking a biflow emits biflowSelected().

#include "core/data/dataset_loader.h"
#include "widgets/datasets/loaded_dataset.h"

#include <QWidget>

#include <map>

class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace netsynth {

class BiflowTableModel;
class ClassPlots;
class JobRunner;
class PacketTableModel;

class DatasetsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetsPane(JobRunner *jobs, QWidget *parent = nullptr);

    // Opens a file or folder as a background job. On success the dataset is
    // added (replacing one opened from the same path) and selected; on failure
    // the error is shown and the datasets already open stay.
    void openPath(const QString &path, const LoadOptions &options = LoadOptions());
    void openFileDialog();
    void openFolderDialog();
    // Asks for a path and the reader options, then opens.
    void openWithOptionsDialog();
    // Adds an already loaded dataset (e.g. the embedded demo) and selects it.
    void addDataset(const LoadedDataset &loaded);
    // Closes the dataset of the current tree item.
    void closeCurrentDataset();

    DatasetPtr currentDataset() const;
    // Index into currentDataset()->biflows of the selected biflow, or -1.
    int currentBiflow() const;
    int datasetCount() const { return static_cast<int>(m_datasets.size()); }
    QString errorText() const;

    QTreeWidget *tree() const { return m_tree; }
    QTableView *biflowView() const { return m_biflowView; }
    QTableView *packetView() const { return m_packetView; }
    QLineEdit *filterEdit() const { return m_filter; }
    BiflowTableModel *biflowModel() const { return m_biflowModel; }
    QSortFilterProxyModel *biflowProxy() const { return m_proxy; }
    PacketTableModel *packetModel() const { return m_packetModel; }
    ClassPlots *plots() const { return m_plots; }

Q_SIGNALS:
    void biflowSelected(netsynth::DatasetPtr dataset, int biflowIndex);
    // A dataset was opened from path (for the recent-datasets list).
    void datasetOpened(const QString &path);
    void errorOccurred(const QString &message);

private:
    QLayout *buildToolbar();
    void buildBanners();
    void buildDatasetTree();
    void buildBiflowTable();
    void buildDetailTabs();
    void assembleLayout(QLayout *toolbar);
    void showError(const QString &message);
    void onTreeSelection();
    void onBiflowSelection();
    void showDetails(const Biflow *b);
    const LoadedDataset *loadedFor(const QTreeWidgetItem *item) const;

    JobRunner *m_jobs;
    std::map<quint64, LoadedDataset> m_datasets;
    quint64 m_nextId = 1;
    QTreeWidget *m_tree;
    QLineEdit *m_filter;
    QTableView *m_biflowView;
    BiflowTableModel *m_biflowModel;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_packetView;
    PacketTableModel *m_packetModel;
    ClassPlots *m_plots;
    QPlainTextEdit *m_details;
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QLabel *m_syntheticNote;
    QToolButton *m_close;
    QString m_lastDir;
};

} // namespace netsynth
