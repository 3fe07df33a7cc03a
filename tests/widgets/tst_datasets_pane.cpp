// DatasetsPane: the demo in the tree, class selection, filter, sort, the
// packet list, the plots, opening real data as a job, an error that keeps
// what is loaded, cancel, close; a 200k-packet biflow opens at once.
#include "core/data/dataset_loader.h"
#include "core/data/dataset_summary.h"
#include "core/runtime/job_runner.h"
#include "core/runtime/progress.h"
#include "widgets/datasets/biflow_table_model.h"
#include "widgets/datasets/class_plots.h"
#include "widgets/datasets/datasets_pane.h"
#include "widgets/datasets/load_options_dialog.h"
#include "core/data/format_detector.h"
#include "widgets/datasets/packet_table_model.h"

#include "widgets/qcustomplot_include.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QFontMetrics>
#include <QTest>
#include <QTreeWidget>

using namespace netsynth;

namespace {

LoadedDataset loadedDemo()
{
    ProgressToken token;
    const DatasetPtr demo = demoDataset();
    return {demo, summarizeDataset(*demo, token)};
}

QTreeWidgetItem *classItem(QTreeWidget *tree, int top, const QString &label)
{
    QTreeWidgetItem *t = tree->topLevelItem(top);
    for (int i = 0; i < t->childCount(); ++i)
        if (t->child(i)->text(0) == label)
            return t->child(i);
    return nullptr;
}

} // namespace

class TestDatasetsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoIsShownAndLabelled()
    {
        JobRunner jobs(1);
        DatasetsPane pane(&jobs);
        QSignalSpy selected(&pane, &DatasetsPane::biflowSelected);
        pane.addDataset(loadedDemo());
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(pane.tree()->topLevelItemCount(), 1);
        QCOMPARE(pane.tree()->topLevelItem(0)->childCount(), 5);
        QVERIFY(pane.tree()->topLevelItem(0)->text(0).contains(QStringLiteral("synthetic demo")));
        auto *note = pane.findChild<QLabel *>(QStringLiteral("SyntheticNote"));
        QVERIFY(note && note->isVisible());
        QCOMPARE(pane.biflowProxy()->rowCount(), 120);
        // The first biflow is selected and announced.
        QCOMPARE(pane.currentBiflow(), 0);
        QVERIFY(selected.count() >= 1);
        QCOMPARE(selected.last().at(0).value<DatasetPtr>().get(), demoDataset().get());
        QCOMPARE(selected.last().at(1).toInt(), 0);
        QCOMPARE(pane.currentDataset().get(), demoDataset().get());
    }

    void classFilterSortAndPackets()
    {
        JobRunner jobs(1);
        DatasetsPane pane(&jobs);
        pane.addDataset(loadedDemo());
        const DatasetPtr demo = demoDataset();

        QTreeWidgetItem *audio = classItem(pane.tree(), 0, QStringLiteral("demo.audio-call"));
        QVERIFY(audio);
        QCOMPARE(audio->text(1), QStringLiteral("24"));
        pane.tree()->setCurrentItem(audio);
        QCOMPARE(pane.biflowProxy()->rowCount(), 24);
        for (int r = 0; r < 24; ++r)
            QCOMPARE(pane.biflowProxy()->index(r, BiflowTableModel::LabelColumn).data().toString(),
                     QStringLiteral("demo.audio-call"));
        // The plots show this class: two bar series, a CDF on a log axis.
        QCOMPARE(pane.plots()->sizePlot()->plottableCount(), 2);
        QCOMPARE(pane.plots()->iatPlot()->graphCount(), 1);
        QCOMPARE(pane.plots()->iatPlot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(pane.plots()->iatPlot()->graph(0)->dataCount() > 100);

        // Filter over every column of the whole dataset.
        pane.tree()->setCurrentItem(pane.tree()->topLevelItem(0));
        pane.filterEdit()->setText(QStringLiteral("udp"));
        QCOMPARE(pane.biflowProxy()->rowCount(), 48); // audio calls and gaming
        pane.filterEdit()->setText(QStringLiteral(":5222"));
        QCOMPARE(pane.biflowProxy()->rowCount(), 24); // chat server port
        pane.filterEdit()->clear();

        // Sort by packets, descending: the top row is the longest biflow.
        pane.biflowView()->sortByColumn(BiflowTableModel::PacketsColumn, Qt::DescendingOrder);
        std::size_t longest = 0;
        int longestIndex = 0;
        for (std::size_t i = 0; i < demo->biflows.size(); ++i)
            if (demo->biflows[i].packets.size() > longest) {
                longest = demo->biflows[i].packets.size();
                longestIndex = static_cast<int>(i);
            }
        QCOMPARE(pane.biflowProxy()->index(0, BiflowTableModel::IndexColumn).data().toInt(), longestIndex + 1);

        // Picking it fills the packet list lazily.
        QSignalSpy selected(&pane, &DatasetsPane::biflowSelected);
        pane.biflowView()->setCurrentIndex(pane.biflowProxy()->index(0, 0));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(1).toInt(), longestIndex);
        QCOMPARE(pane.packetModel()->rowCount(), static_cast<int>(longest));
        const Biflow &b = demo->biflows[static_cast<std::size_t>(longestIndex)];
        const QModelIndex size = pane.packetModel()->index(3, PacketTableModel::SizeColumn);
        QCOMPARE(size.data().toInt(), b.packets[3].ipBytes);
        QCOMPARE(PacketTableModel::flagsText(0x12), QStringLiteral("SYN ACK"));
        QCOMPARE(PacketTableModel::flagsText(0x18), QStringLiteral("PSH ACK"));
    }

    void hugeBiflowOpensAtOnce()
    {
        auto ds = std::make_shared<Dataset>();
        ds->name = "huge";
        Biflow b;
        b.label = "big";
        b.packets.resize(200000);
        for (std::size_t i = 0; i < b.packets.size(); ++i) {
            b.packets[i].timestamp = static_cast<double>(i) * 0.001;
            b.packets[i].iat = i ? 0.001 : 0.0;
            b.packets[i].ipBytes = 100 + static_cast<int>(i % 1400);
            b.packets[i].direction = i % 3 ? Direction::Downstream : Direction::Upstream;
        }
        ds->biflows.push_back(std::move(b));
        PacketTableModel model;
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setModel(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer timer;
        timer.start();
        model.setBiflow(ds, 0);
        QApplication::processEvents();
        view.scrollToBottom();
        QApplication::processEvents();
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(model.rowCount(), 200000);
        QCOMPARE(model.index(199999, PacketTableModel::NumberColumn).data().toULongLong(), 200000ULL);
    }

    void opensRealDataAsJob()
    {
        const QString dir = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage2019");
        if (!QFileInfo(dir).isDir())
            QSKIP("../shared/data/mirage2019 is absent (real-data test)");
        JobRunner jobs(1);
        DatasetsPane pane(&jobs);
        pane.addDataset(loadedDemo());
        QSignalSpy opened(&pane, &DatasetsPane::datasetOpened);
        QSignalSpy added(&jobs, &JobRunner::jobAdded);
        LoadOptions o;
        o.useCache = false;
        pane.openPath(dir, o);
        QCOMPARE(added.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        QCOMPARE(pane.datasetCount(), 2);
        QCOMPARE(pane.tree()->topLevelItemCount(), 2);
        QCOMPARE(pane.currentDataset()->biflows.size(), std::size_t(33));
        QCOMPARE(pane.biflowProxy()->rowCount(), 33);
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("SyntheticNote"))->isHidden());
        // Reopening the same path replaces it instead of adding a copy.
        pane.openPath(dir, o);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 20000);
        QCOMPARE(pane.datasetCount(), 2);
        QCOMPARE(pane.tree()->topLevelItemCount(), 2);
    }

    void errorKeepsLoadedDatasets()
    {
        JobRunner jobs(1);
        DatasetsPane pane(&jobs);
        pane.addDataset(loadedDemo());
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        const QString bad = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/broken.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"1.1.1.1,1,2.2.2.2,2,6\": {\"packet_data\": {\"packet_dir\": [0, \"x\"]");
        f.close();
        QSignalSpy error(&pane, &DatasetsPane::errorOccurred);
        pane.openPath(bad);
        QTRY_COMPARE_WITH_TIMEOUT(error.count(), 1, 10000);
        QVERIFY2(pane.errorText().contains(QStringLiteral("broken.json")), qPrintable(pane.errorText()));
        QVERIFY2(pane.errorText().contains(QStringLiteral("packet_data.packet_dir[1]")), qPrintable(pane.errorText()));
        QCOMPARE(pane.datasetCount(), 1);
        QCOMPARE(pane.tree()->topLevelItemCount(), 1);
        QCOMPARE(pane.currentDataset().get(), demoDataset().get());
    }

    // A capture cut in the middle of a record opens with its complete
    // records, and the banner says where it stopped (as Wireshark does).
    void truncatedCaptureOpensWithAWarning()
    {
        const QString source = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/pcap/other/yi_camera_sample.pcap");
        if (!QFileInfo::exists(source))
            QSKIP("../shared/data/pcap is absent (real-data test)");
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        const QString cut = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/cut_camera.pcap");
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes.left(bytes.size() - 7));
        out.close();
        JobRunner jobs(1);
        DatasetsPane pane(&jobs);
        QSignalSpy opened(&pane, &DatasetsPane::datasetOpened);
        LoadOptions o;
        o.useCache = false;
        pane.openPath(cut, o);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        QCOMPARE(pane.datasetCount(), 1);
        QVERIFY(pane.currentDataset()->totalPackets() > 0);
        QCOMPARE(pane.currentDataset()->warnings.size(), std::size_t(1));
        QVERIFY2(pane.errorText().contains(QStringLiteral("cut_camera.pcap")), qPrintable(pane.errorText()));
        QVERIFY2(pane.errorText().contains(QStringLiteral("complete records")), qPrintable(pane.errorText()));
    }

    void cancelAddsNothing()
    {
        const QString dir = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/alexa/trace_csv");
        if (!QFileInfo(dir).isDir())
            QSKIP("../shared/data/alexa is absent (real-data test)");
        JobRunner jobs(1);
        DatasetsPane pane(&jobs);
        QSignalSpy finished(&jobs, &JobRunner::jobFinished);
        QSignalSpy error(&pane, &DatasetsPane::errorOccurred);
        LoadOptions o;
        o.useCache = false;
        pane.openPath(dir, o);
        jobs.cancelAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(1).value<JobResult>().status, JobResult::Status::Canceled);
        QApplication::processEvents();
        QCOMPARE(pane.datasetCount(), 0);
        QCOMPARE(error.count(), 0);
    }

    void loadOptionsDialog()
    {
        LoadOptionsDialog dialog(QStringLiteral("/data/x.pcap"));
        QCOMPARE(dialog.path(), QStringLiteral("/data/x.pcap"));
        const LoadOptions defaults = dialog.options();
        QCOMPARE(defaults.format, std::string());
        QCOMPARE(defaults.idleTimeoutSeconds, LoadOptions().idleTimeoutSeconds);
        QVERIFY(defaults.useCache);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("FormatCombo"));
        QVERIFY(format);
        QCOMPARE(format->count(), 1 + static_cast<int>(FormatDetector::knownFormats().size()));
        format->setCurrentIndex(format->findData(QStringLiteral("pcap")));
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("IdleTimeout"))->setValue(15.0);
        QCOMPARE(dialog.options().format, std::string("pcap"));
        QCOMPARE(dialog.options().idleTimeoutSeconds, 15.0);
    }

    void longPlotTitlesBreakInTwo()
    {
        // The Italian "Packet size by direction" was cut at both ends of its plot.
        const QFont font(QApplication::font().family(), 9, QFont::Bold);
        const QFontMetrics metrics(font);
        const QString title = QStringLiteral("Dimensione dei pacchetti per direzione, per classe");
        QVERIFY(metrics.horizontalAdvance(title) > ClassPlots::kTitleWidth);
        const QStringList lines = ClassPlots::fitTitle(title, font, ClassPlots::kTitleWidth).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.join(QLatin1Char(' ')), title);
        for (const QString &line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= ClassPlots::kTitleWidth, qPrintable(line));
        QCOMPARE(ClassPlots::fitTitle(QStringLiteral("Biflow length"), font, ClassPlots::kTitleWidth),
                 QStringLiteral("Biflow length"));
    }

    // What the constructor's phases build: toolbar first in the focus chain,
    // Close disabled until a dataset is picked, banners hidden, the tree above
    // the details tabs.
    void builtLayout()
    {
        JobRunner jobs(1);
        DatasetsPane pane(&jobs);
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QList<QToolButton *> buttons = pane.findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly);
        QCOMPARE(buttons.size(), 4);
        QStringList texts;
        for (QToolButton *b : buttons)
            texts << b->text();
        QCOMPARE(texts, QStringList({QStringLiteral("Open file..."), QStringLiteral("Open folder..."),
                                     QStringLiteral("Options..."), QStringLiteral("Close")}));
        QVERIFY(!buttons.last()->isEnabled());
        QVERIFY(buttons.first()->y() < pane.tree()->mapTo(&pane, QPoint(0, 0)).y());
        // Tab moves from the toolbar to the tree, then to the filter.
        QWidget *afterButtons = buttons.last()->nextInFocusChain();
        while (afterButtons && !(afterButtons->focusPolicy() & Qt::TabFocus))
            afterButtons = afterButtons->nextInFocusChain();
        QCOMPARE(afterButtons, static_cast<QWidget *>(pane.tree()));
        QVERIFY(!pane.findChild<QLabel *>(QStringLiteral("DatasetsErrorBanner"))->isVisible());
        QVERIFY(!pane.findChild<QLabel *>(QStringLiteral("SyntheticNote"))->isVisible());
        auto *tabs = pane.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Packets"));
        QVERIFY(tabs->mapTo(&pane, QPoint(0, 0)).y() > pane.tree()->mapTo(&pane, QPoint(0, 0)).y());
        auto *filter = pane.findChild<QLineEdit *>(QStringLiteral("BiflowFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("nothing-matches-this"));
        pane.addDataset(loadedDemo());
        QCOMPARE(pane.biflowProxy()->rowCount(), 0);
        filter->clear();
        QCOMPARE(pane.biflowProxy()->rowCount(), 120);
    }

    void closeDataset()
    {
        JobRunner jobs(1);
        DatasetsPane pane(&jobs);
        pane.addDataset(loadedDemo());
        pane.tree()->setCurrentItem(classItem(pane.tree(), 0, QStringLiteral("demo.web")));
        pane.closeCurrentDataset();
        QCOMPARE(pane.datasetCount(), 0);
        QCOMPARE(pane.tree()->topLevelItemCount(), 0);
        QCOMPARE(pane.biflowProxy()->rowCount(), 0);
        QCOMPARE(pane.packetModel()->rowCount(), 0);
        QVERIFY(!pane.currentDataset());
    }
};

QTEST_MAIN(TestDatasetsPane)
#include "tst_datasets_pane.moc"
