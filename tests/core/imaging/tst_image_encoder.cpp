// encodeDataset: classes, metadata, dataset bounds, save/load through the
// ImageDataset contract, decode to CSV, progress and cancel.
#include "core/imaging/image_encoder.h"
#include "core/imaging/image_inversion.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QTest>

#include <random>
#include <sstream>

using namespace netsynth;

namespace {

Dataset makeDataset(int perClass)
{
    Dataset d;
    d.name = "test";
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> size(40, 1500);
    std::uniform_int_distribution<int> count(3, 45);
    const char *labels[] = {"zeta.app", "alpha.app", "mid.app"};
    for (int c = 0; c < 3; ++c)
        for (int k = 0; k < perClass; ++k) {
            Biflow b;
            b.label = labels[c];
            b.sourceFile = std::string("/data/") + labels[c] + ".json";
            b.sourceIndex = k;
            const int n = count(rng);
            for (int i = 0; i < n; ++i) {
                Packet p;
                p.payloadBytes = size(rng);
                p.direction = (i + c) % 3 == 0 ? Direction::Downstream : Direction::Upstream;
                p.iat = i == 0 ? 0.0 : 0.001 * (i % 5);
                b.packets.push_back(p);
            }
            d.biflows.push_back(b);
        }
    return d;
}

} // namespace

class TestImageEncoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodesEveryBiflowWithMetadata()
    {
        const Dataset d = makeDataset(5);
        EncodeSpec spec;
        ProgressToken token;
        const ImageDataset set = encodeDataset(d, spec, token);
        QCOMPARE(set.count(), std::size_t(15));
        QCOMPARE(set.imageSize, 32);
        QCOMPARE(set.classes, (std::vector<std::string>{"alpha.app", "mid.app", "zeta.app"}));
        QCOMPARE(set.samples[0].label, 2); // zeta.app
        QCOMPARE(set.samples[5].label, 0);
        QCOMPARE(set.samples[7].source, std::string("alpha.app.json#2"));
        // The spec comes back with the dataset's size unit: payloads (no IP lengths).
        EncodeSpec expected = spec;
        expected.sizeUnit = "payload";
        QCOMPARE(EncodeSpec::fromJson(set.spec), expected);
        QCOMPARE(token.fraction(), 1.0);
        for (std::size_t i = 0; i < set.count(); ++i) {
            const Biflow &b = d.biflows[i];
            QCOMPARE(set.samples[i].length, std::min<int>(32, int(b.packets.size())));
            double lo = 0, hi = 0; // zero padding takes part in the bounds when padded
            if (b.packets.size() >= 32)
                lo = hi = b.packets[0].signedSize();
            for (std::size_t k = 0; k < std::min<std::size_t>(32, b.packets.size()); ++k) {
                lo = std::min(lo, b.packets[k].signedSize());
                hi = std::max(hi, b.packets[k].signedSize());
            }
            QCOMPARE(set.samples[i].min, lo);
            QCOMPARE(set.samples[i].max, hi);
            const std::vector<double> v = toFeatureValues(invertImage(set.image(i), 32, set.spec, set.samples[i]), spec);
            QCOMPARE(int(v.size()), set.samples[i].length);
            for (std::size_t k = 0; k < v.size(); ++k)
                QCOMPARE(v[k], b.packets[k].signedSize());
        }
    }

    void datasetBoundsAreComputedAndStored()
    {
        const Dataset d = makeDataset(4);
        EncodeSpec spec;
        spec.normalisation = Normalisation::Dataset;
        ProgressToken token;
        const ImageDataset set = encodeDataset(d, spec, token);
        const EncodeSpec stored = EncodeSpec::fromJson(set.spec);
        double lo = 0, hi = 0;
        for (const Biflow &b : d.biflows)
            for (std::size_t k = 0; k < std::min<std::size_t>(32, b.packets.size()); ++k) {
                lo = std::min(lo, b.packets[k].signedSize());
                hi = std::max(hi, b.packets[k].signedSize());
            }
        QCOMPARE(stored.datasetMin, lo);
        QCOMPARE(stored.datasetMax, hi);
        for (std::size_t i = 0; i < set.count(); ++i) {
            const auto v = toFeatureValues(invertImage(set.image(i), 32, stored, set.samples[i]), stored);
            for (std::size_t k = 0; k < v.size(); ++k)
                QCOMPARE(v[k], d.biflows[i].packets[k].signedSize());
        }
    }

    // Quantile knots: fitted by encodeDataset over every biflow, or by
    // fitEncodeSpec over a subset (the pipeline's training split); images
    // re-encoded with the subset's knots still decode to every packet size.
    void quantileKnotsAreFittedOnAnySubset()
    {
        const Dataset d = makeDataset(4);
        EncodeSpec spec;
        spec.normalisation = Normalisation::Quantile;
        ProgressToken token;
        ImageDataset set = encodeDataset(d, spec, token);
        const EncodeSpec stored = EncodeSpec::fromJson(set.spec);
        QCOMPARE(int(stored.quantiles.size()), kQuantileKnots + 1);
        for (std::size_t i = 0; i < set.count(); ++i) {
            const auto v = toFeatureValues(invertImage(set.image(i), 32, stored, set.samples[i]), stored);
            for (std::size_t k = 0; k < v.size(); ++k)
                QCOMPARE(v[k], d.biflows[i].packets[k].signedSize());
        }
        // fitted on the first biflow only: its own sizes are the knots' range
        const EncodeSpec one = fitEncodeSpec(d, spec, {0}, token);
        double lo = 1e9, hi = -1e9;
        for (std::size_t k = 0; k < std::min<std::size_t>(32, d.biflows[0].packets.size()); ++k) {
            lo = std::min(lo, d.biflows[0].packets[k].signedSize());
            hi = std::max(hi, d.biflows[0].packets[k].signedSize());
        }
        QCOMPARE(one.quantiles.front(), lo);
        QCOMPARE(one.quantiles.back(), hi);
        std::vector<std::size_t> order(set.count());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        reencodeImages(set, d, order, one);
        QVERIFY(EncodeSpec::fromJson(set.spec) == one);
        const auto first = toFeatureValues(invertImage(set.image(0), 32, one, set.samples[0]), one);
        for (std::size_t k = 0; k < first.size(); ++k)
            QCOMPARE(first[k], d.biflows[0].packets[k].signedSize());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, reencodeImages(set, d, {0}, one));
        // a per-series spec has nothing to fit
        EncodeSpec perSeries = fitEncodeSpec(d, EncodeSpec{}, {}, token);
        QCOMPARE(perSeries.sizeUnit, std::string("payload"));
        perSeries.sizeUnit.clear();
        QVERIFY(perSeries == EncodeSpec{});
    }

    void saveLoadDecodeCsv()
    {
        const Dataset d = makeDataset(3);
        EncodeSpec spec;
        spec.gamma = 0.4;
        spec.amplitude = 2.0;
        ProgressToken token;
        const ImageDataset set = encodeDataset(d, spec, token);
        const QString dir = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/encoded");
        QDir(dir).removeRecursively();
        set.save(dir.toStdString(), 4);
        const ImageDataset back = ImageDataset::load(dir.toStdString());
        QCOMPARE(back.pixels, set.pixels);
        spec.sizeUnit = "payload"; // recorded from the dataset, kept by the manifest
        QCOMPARE(EncodeSpec::fromJson(back.spec), spec);
        const std::vector<DecodedSample> decoded = decodeDataset(back, token);
        QCOMPARE(decoded.size(), d.biflows.size());
        const std::string csv = dir.toStdString() + "/decoded.csv";
        writeDecodedCsv(decoded, csv);
        std::istringstream in(readWholeFile(csv));
        std::string line;
        std::getline(in, line);
        QVERIFY(line.rfind("label,length,v1,v2", 0) == 0);
        for (const Biflow &b : d.biflows) {
            std::getline(in, line);
            std::ostringstream expected;
            const std::size_t n = std::min<std::size_t>(32, b.packets.size());
            expected << b.label << ',' << n;
            for (std::size_t k = 0; k < n; ++k)
                expected << ',' << b.packets[k].signedSize();
            QCOMPARE(QString::fromStdString(line), QString::fromStdString(expected.str()));
        }
    }

    void cancelStopsEncoding()
    {
        const Dataset d = makeDataset(50);
        ProgressToken token([](double f, const std::string &) { (void)f; }, std::chrono::milliseconds(0));
        int calls = 0;
        token.setObserver([&](double, const std::string &) {
            if (++calls == 10)
                token.cancel();
        });
        QVERIFY_THROWS_EXCEPTION(CanceledError, encodeDataset(d, EncodeSpec(), token));
    }

    void emptyBiflowEncodes()
    {
        Dataset d;
        Biflow b;
        b.label = "x";
        d.biflows.push_back(b);
        ProgressToken token;
        const ImageDataset set = encodeDataset(d, EncodeSpec(), token);
        QCOMPARE(set.count(), std::size_t(1));
        QCOMPARE(set.samples[0].length, 0);
        for (float p : set.pixels)
            QVERIFY(std::isfinite(p));
    }
};

QTEST_GUILESS_MAIN(TestImageEncoder)
#include "tst_image_encoder.moc"
