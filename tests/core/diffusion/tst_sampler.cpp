// Sampler: seeded DDIM is deterministic, the output is an ImageDataset with
// the training set's classes and spec, symmetric and in range; DDPM and
// guidance run; an oracle model makes DDIM recover the data exactly.
#include "core/diffusion/sampler.h"
#include "core/diffusion/trainer.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include "core/diffusion/tiny_config.h"
#include "core/diffusion/toy_gasf.h"

#include "core/diffusion/checkpoint_info.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <numeric>

using namespace netsynth;

class TestSampler : public QObject
{
    Q_OBJECT
private:
    QString m_root;
    std::string m_run;

private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        m_root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
        const std::string data = (m_root + QStringLiteral("/toy")).toStdString();
        toy::makeToySet(16, 8).save(data);
        TrainRequest req;
        req.config = tinyConfig(20);
        req.dataDir = data;
        req.runDir = (m_root + QStringLiteral("/run")).toStdString();
        ProgressToken token;
        trainDiffusion(req, token);
        m_run = req.runDir;
    }

    void ddimIsDeterministicWithASeed()
    {
        SampleConfig c;
        c.checkpoint = m_run;
        c.perClass = 3;
        c.steps = 8;
        c.seed = 11;
        ProgressToken t;
        const ImageDataset a = sampleImages(c, t);
        const ImageDataset b = sampleImages(c, t);
        QCOMPARE(a.count(), std::size_t(6));
        QCOMPARE(a.pixels, b.pixels);
        c.seed = 12;
        const ImageDataset other = sampleImages(c, t);
        QVERIFY(other.pixels != a.pixels);
        // Stochastic DDIM (eta > 0) is seeded too.
        c.seed = 11;
        c.eta = 1.0;
        const ImageDataset e1 = sampleImages(c, t);
        const ImageDataset e2 = sampleImages(c, t);
        QCOMPARE(e1.pixels, e2.pixels);
        QVERIFY(e1.pixels != a.pixels);
    }

    void classMixFollowsTheTrainingSet()
    {
        // Largest remainders: the counts add up and follow the weights.
        QCOMPARE(proportionalCounts({3000, 900, 100}, 40), (std::vector<int>{30, 9, 1}));
        QCOMPARE(proportionalCounts({1, 1, 1}, 10), (std::vector<int>{4, 3, 3}));
        QCOMPARE(proportionalCounts({2, 1}, 1), (std::vector<int>{1, 0}));
        QCOMPARE(proportionalCounts({0, 0}, 3), (std::vector<int>{2, 1}));
        const std::vector<int> big = proportionalCounts({2411, 1722, 95, 340, 7}, 9785);
        QCOMPARE(std::accumulate(big.begin(), big.end(), 0), 9785);
        QVERIFY(std::abs(big[0] - 9785.0 * 2411 / 4575) <= 1.0);
        // The checkpoint records the training class mix (8 sine, 8 ramp)...
        const CheckpointInfo info = readCheckpointInfo(m_run);
        QCOMPARE(info.classCounts, (std::vector<std::int64_t>{8, 8}));
        // ...and `total` shares it out (perClass ignored).
        SampleConfig c;
        c.checkpoint = m_run;
        c.perClass = 100;
        c.total = 5;
        c.steps = 4;
        ProgressToken t;
        const ImageDataset d = sampleImages(c, t);
        QCOMPARE(d.count(), std::size_t(5));
        QCOMPARE(d.classCounts(), (std::vector<std::int64_t>{3, 2}));
        QCOMPARE(d.provenance["class_mix"].get<std::string>(), std::string("training"));
    }

    void writesAnImageDataset()
    {
        SampleConfig c;
        c.checkpoint = m_run + "/checkpoint.pt";
        c.sampler = SamplerKind::Ddpm;
        c.steps = 10;
        c.perClass = 2;
        c.guidance = 2.0;
        c.seed = 5;
        c.batchSize = 3; // uneven batches
        const std::string out = (m_root + QStringLiteral("/samples")).toStdString();
        ProgressToken t;
        const SampleResult r = sampleToFolder(c, out, t);
        QCOMPARE(r.samples, std::size_t(4));
        QCOMPARE(r.classes, (std::vector<std::string>{"sine", "ramp"}));
        const ImageDataset d = ImageDataset::load(out);
        QCOMPARE(d.count(), std::size_t(4));
        QCOMPARE(d.imageSize, 16);
        QCOMPARE(d.classes, (std::vector<std::string>{"sine", "ramp"}));
        QCOMPARE(d.spec.value("encoding", std::string()), std::string("gasf"));
        QCOMPARE(d.provenance.value("origin", std::string()), std::string("synthetic"));
        QCOMPARE(d.provenance.value("generator", std::string()), std::string("diffusion-ddpm"));
        QCOMPARE(d.samples[0].label, 0);
        QCOMPARE(d.samples[3].label, 1);
        // Per-sample series stats come from the training series of the same class.
        QCOMPARE(d.samples[0].max, 1.0);
        QCOMPARE(d.samples[3].max, 1.5);
        QCOMPARE(d.samples[3].length, 16);
        for (std::size_t k = 0; k < d.count(); ++k) {
            const float *img = d.image(k);
            for (int i = 0; i < 16; ++i)
                for (int j = 0; j < 16; ++j) {
                    QCOMPARE(img[i * 16 + j], img[j * 16 + i]);
                    QVERIFY(img[i * 16 + j] >= -1.0f && img[i * 16 + j] <= 1.0f);
                }
        }
    }

    void writesSeriesCsvAndContactSheets()
    {
        // A set the inversion can read (imaging's spec), a few training steps.
        const std::string data = (m_root + QStringLiteral("/encoded")).toStdString();
        toy::makeEncodedToySet(16, 4).save(data);
        TrainRequest req;
        req.config = tinyConfig(3);
        req.dataDir = data;
        req.runDir = (m_root + QStringLiteral("/encoded_run")).toStdString();
        ProgressToken t;
        trainDiffusion(req, t);
        SampleConfig c;
        c.checkpoint = req.runDir;
        c.steps = 4;
        c.perClass = 3;
        c.seed = 2;
        const std::string out = (m_root + QStringLiteral("/encoded_samples")).toStdString();
        const SampleResult r = sampleToFolder(c, out, t);
        QCOMPARE(QString::fromStdString(r.csv), QString::fromStdString(out + "/series.csv"));
        const ImageDataset d = ImageDataset::load(out);
        QFile csv(QString::fromStdString(r.csv));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 6);
        QVERIFY(lines[0].startsWith(QStringLiteral("label,length,v1,")));
        for (std::size_t i = 0; i < d.count(); ++i) {
            const QStringList cells = lines[static_cast<int>(i + 1)].split(QLatin1Char(','));
            QCOMPARE(cells[0].toStdString(), d.classes[static_cast<std::size_t>(d.samples[i].label)]);
            QCOMPARE(cells[1].toInt(), d.samples[i].length); // zeros padding: the drawn true length
            QCOMPARE(cells.size(), 2 + cells[1].toInt());
            // Values lie within the sample's drawn bounds (the inversion rescales into them).
            for (int k = 2; k < cells.size(); ++k) {
                QVERIFY(cells[k].toDouble() >= d.samples[i].min - 0.5);
                QVERIFY(cells[k].toDouble() <= d.samples[i].max + 0.5);
            }
        }
        QCOMPARE(r.contactSheets.size(), std::size_t(2));
        for (const std::string &sheet : r.contactSheets) {
            QFile png(QString::fromStdString(sheet));
            QVERIFY(png.open(QIODevice::ReadOnly));
            const QByteArray head = png.read(24);
            QVERIFY(head.startsWith("\x89PNG"));
            auto be = [&](int at) {
                return (static_cast<unsigned char>(head[at]) << 24) | (static_cast<unsigned char>(head[at + 1]) << 16) |
                       (static_cast<unsigned char>(head[at + 2]) << 8) | static_cast<unsigned char>(head[at + 3]);
            };
            QCOMPARE(int(be(16)), 2 + 2 * 66); // 3 images of 16 px: 2 x 2 cells of 64 px
            QCOMPARE(int(be(20)), 20 + 2 + 2 * 66);
        }
        QVERIFY(QFile::exists(QString::fromStdString(out + "/contact_00_big-small.png")));
        QVERIFY(QFile::exists(QString::fromStdString(out + "/contact_01_rising.png")));
    }

    void rejectsBadInput()
    {
        SampleConfig c;
        c.checkpoint = (m_root + QStringLiteral("/nowhere")).toStdString();
        ProgressToken t;
        QVERIFY_THROWS_EXCEPTION(InputError, sampleImages(c, t));
        c.checkpoint = m_run;
        c.classes = {5};
        QVERIFY_THROWS_EXCEPTION(InputError, sampleImages(c, t));
        QVERIFY_THROWS_EXCEPTION(InputError, parseSamplerKind("euler"));
        // A file that is not a checkpoint.
        const std::string junk = (m_root + QStringLiteral("/junk.pt")).toStdString();
        QFile f(QString::fromStdString(junk));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a zip archive");
        f.close();
        c.checkpoint = junk;
        c.classes.clear();
        QVERIFY_THROWS_EXCEPTION(InputError, sampleImages(c, t));
    }

    void cancelStopsSampling()
    {
        SampleConfig c;
        c.checkpoint = m_run;
        c.steps = 0; // all 100 steps
        c.perClass = 1;
        ProgressToken t;
        t.cancel();
        QVERIFY_THROWS_EXCEPTION(CanceledError, sampleImages(c, t));
    }
};

QTEST_GUILESS_MAIN(TestSampler)
#include "tst_sampler.moc"
