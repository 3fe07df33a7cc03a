// loadDataset / demoDataset / FormatDetector: detection, folders, progress,
// cancel, errors; the embedded demo is deterministic and well formed.
#include "core/data/class_statistics.h"
#include "core/data/dataset_loader.h"
#include "core/data/demo_dataset.h"
#include "core/data/format_detector.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <set>

using namespace netsynth;

namespace {

QString shared(const QString &rel) { return QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/") + rel; }

DatasetPtr load(const QString &path, LoadOptions o = {})
{
    o.useCache = false;
    ProgressToken token;
    return loadDataset(path.toStdString(), o, token);
}

int countDataLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    int n = 0;
    while (!f.atEnd())
        if (!f.readLine().trimmed().isEmpty())
            ++n;
    return n - 1;
}

QString scratch(const QString &name)
{
    QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
    return QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/") + name;
}

} // namespace

class TestDatasetLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoIsDeterministicAndDistinct()
    {
        QCOMPARE(demoMirageJson(), demoMirageJson());
        QVERIFY(demoMirageJson(1) != demoMirageJson(2));
        const DatasetPtr demo = demoDataset();
        QVERIFY(demo->synthetic);
        QCOMPARE(demo.get(), demoDataset().get()); // generated once
        const auto classes = demo->classes();
        QCOMPARE(classes.size(), std::size_t(5));
        for (const ClassSummary &c : classes) {
            QVERIFY2(QString::fromStdString(c.label).startsWith(QStringLiteral("demo.")), c.label.c_str());
            QCOMPARE(c.biflows, std::int64_t(kDemoBiflowsPerClass));
        }
        // Archetypes differ where they should: video is downstream-heavy with
        // full-size packets, audio calls are symmetric with small packets.
        std::map<std::string, ClassStatistics> s;
        for (const ClassStatistics &c : classStatistics(*demo))
            s[c.label] = c;
        const ClassStatistics &video = s.at("demo.video-streaming");
        const ClassStatistics &audio = s.at("demo.audio-call");
        const ClassStatistics &chat = s.at("demo.chat");
        QVERIFY(video.bytesDown > 10 * video.bytesUp);
        QVERIFY(std::abs(double(audio.bytesDown) / double(audio.bytesUp) - 1.0) < 0.1);
        QVERIFY(audio.packetSize.max < 300);
        QVERIFY(std::abs(audio.iat.median - 0.01) < 0.005);
        QVERIFY(chat.iat.mean > 10 * audio.iat.mean);
        for (const Biflow &b : demo->biflows) {
            QVERIFY(b.tuple.has_value());
            QCOMPARE(b.declaredPackets, static_cast<std::int64_t>(b.packets.size()));
            QCOMPARE(b.packets.front().iat, 0.0);
            for (std::size_t i = 1; i < b.packets.size(); ++i)
                QVERIFY(b.packets[i].iat >= 0.0);
        }
    }

    void detectsFormats()
    {
        if (!QFileInfo(shared(QStringLiteral("pcap"))).isDir())
            QSKIP("../shared/data is absent (real-data test)");
        const std::pair<const char *, const char *> cases[] = {
            {"mirage2019/1539866692_com.iconology.comics_MIRAGE-2019_traffic_dataset_labeled_biflows.json", "mirage"},
            {"pcap/ndpi/netflix.pcap", "pcap"},
            {"pcap/ndpi/dazn.pcapng", "pcap"},
            {"pcap/alexa/flip_a_coin_5_30s.pcap", "pcap"},
            {"pcap/other/ugr16-small_raw.csv", "csv-netflow"},
            {"video/videotrain/Facebook_V360.csv", "csv-binned-rows"},
            {"video/videotrainplusplus/Stan_vid1_1.csv", "csv-binned-file"},
            {"alexa/trace_csv/alexa_5_30s_L_1.csv", "csv-packets"},
            {"mirage-appxact/appxact_first10_train.csv", "csv-appxact"},
            {"README.md", ""},
        };
        for (const auto &c : cases)
            QCOMPARE(FormatDetector::detect(shared(QString::fromUtf8(c.first)).toStdString()), std::string(c.second));
    }

    void mirageFolder()
    {
        const QString dir = shared(QStringLiteral("mirage2019"));
        if (!QFileInfo(dir).isDir())
            QSKIP("../shared/data/mirage2019 is absent (real-data test)");
        const DatasetPtr ds = load(dir);
        QCOMPARE(ds->format, std::string("mirage"));
        QCOMPARE(ds->files.size(), std::size_t(2));
        QCOMPARE(ds->biflows.size(), std::size_t(33)); // 5 + 28 keys in the two files
        QCOMPARE(ds->totalPackets(), std::int64_t(619)); // 113 + 506 packet_data entries
        const auto classes = ds->classes();
        QCOMPARE(classes.size(), std::size_t(2));
        QCOMPARE(classes[0].label, std::string("air.com.hypah.io.slither"));
        QCOMPARE(classes[0].biflows, std::int64_t(28));
        QCOMPARE(classes[1].biflows, std::int64_t(5));
    }

    void videoAndAlexaFolders()
    {
        const QString video = shared(QStringLiteral("video/videotrain"));
        const QString alexa = shared(QStringLiteral("alexa/trace_csv"));
        if (!QFileInfo(video).isDir() || !QFileInfo(alexa).isDir())
            QSKIP("../shared/data video/alexa are absent (real-data test)");
        int rows = 0;
        for (const QString &f : QDir(video).entryList({QStringLiteral("*.csv")}))
            rows += countDataLines(video + QLatin1Char('/') + f);
        const DatasetPtr v = load(video);
        QCOMPARE(static_cast<int>(v->biflows.size()), rows);
        QCOMPARE(v->classes().size(), std::size_t(4));

        int files = 0, packets = 0;
        std::set<QString> labels;
        QDirIterator it(alexa, {QStringLiteral("*.csv")});
        while (it.hasNext()) {
            const QString f = it.next();
            ++files;
            packets += countDataLines(f);
            QString base = QFileInfo(f).completeBaseName();
            labels.insert(base.left(base.lastIndexOf(QLatin1Char('_'))));
        }
        const DatasetPtr a = load(alexa);
        QCOMPARE(static_cast<int>(a->biflows.size()), files);
        QCOMPARE(static_cast<int>(a->totalPackets()), packets);
        QCOMPARE(a->classes().size(), labels.size());
    }

    void progressAndCancel()
    {
        const QString dir = shared(QStringLiteral("pcap"));
        if (!QFileInfo(dir).isDir())
            QSKIP("../shared/data/pcap is absent (real-data test)");
        double last = 0.0;
        int calls = 0;
        ProgressToken token([&](double f, const std::string &) {
            QVERIFY(f >= last - 1e-12);
            last = f;
            ++calls;
        }, std::chrono::milliseconds(0));
        LoadOptions o;
        o.useCache = false;
        loadDataset(dir.toStdString(), o, token);
        QCOMPARE(last, 1.0);
        QVERIFY(calls > 10);

        ProgressToken canceling([&](double f, const std::string &) {
            if (f > 0.3)
                canceling.cancel();
        }, std::chrono::milliseconds(0));
        QVERIFY_THROWS_EXCEPTION(CanceledError, loadDataset(dir.toStdString(), o, canceling));
    }

    void errors()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, load(QStringLiteral("/nonexistent/path")));
        const QString emptyDir = scratch(QStringLiteral("empty-folder"));
        QDir().mkpath(emptyDir);
        QFile readme(emptyDir + QStringLiteral("/notes.txt"));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("nothing here\n");
        readme.close();
        try {
            load(emptyDir);
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("no MIRAGE JSON")), e.what());
        }
        try {
            load(emptyDir + QStringLiteral("/notes.txt"));
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("cannot tell the format")), e.what());
        }
        LoadOptions o;
        o.format = "xml";
        QVERIFY_THROWS_EXCEPTION(InputError, load(emptyDir, o));
    }
};

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_dataset_loader.moc"
