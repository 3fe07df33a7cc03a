// Real data: every biflow of ../shared/data/mirage2019 (and the VideoTrain
// YouTube 360 traces) encoded and inverted back exactly.
#include "core/data/dataset_loader.h"
#include "core/imaging/image_encoder.h"
#include "core/imaging/image_inversion.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace netsynth;

namespace {
const QString kData = QStringLiteral(NETSYNTH_SHARED_DATA_DIR);
}

class TestImagingRealData : public QObject
{
    Q_OBJECT
private:
    DatasetPtr load(const QString &relative, const std::string &format = std::string())
    {
        LoadOptions options;
        options.format = format;
        options.useCache = false;
        ProgressToken token;
        return loadDataset((kData + QLatin1Char('/') + relative).toStdString(), options, token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(kData + QStringLiteral("/mirage2019")).isDir())
            QSKIP("../shared/data/mirage2019 is absent (real-data tests need the shared data beside the checkout)");
    }

    void everyMirageBiflowInvertsExactly_data()
    {
        QTest::addColumn<QString>("specJson");
        QTest::newRow("default gasf 32, gamma 0.25") << R"({})";
        QTest::newRow("gasf 64 upsampled, gamma 0.7, A 2") << R"({"image_size":64,"gamma":0.7,"amplitude":2})";
        QTest::newRow("mark-length, gamma 1") << R"({"padding":"mark-length","gamma":1})";
        QTest::newRow("dataset bounds") << R"({"normalisation":"dataset"})";
        QTest::newRow("payload sizes gadf") << R"({"feature":"size","encoder":"gadf"})";
        QTest::newRow("iat log-scaled") << R"({"feature":"iat","log_scale":true,"gamma":0.3})";
    }

    void everyMirageBiflowInvertsExactly()
    {
        QFETCH(QString, specJson);
        const EncodeSpec spec = EncodeSpec::fromJson(nlohmann::json::parse(specJson.toStdString()));
        const DatasetPtr ds = load(QStringLiteral("mirage2019"));
        QCOMPARE(ds->biflows.size(), std::size_t(5 + 28));
        ProgressToken token;
        const ImageDataset set = encodeDataset(*ds, spec, token);
        QCOMPARE(set.count(), ds->biflows.size());
        QCOMPARE(set.classes.size(), std::size_t(2));
        const EncodeSpec stored = EncodeSpec::fromJson(set.spec);
        std::size_t packets = 0;
        for (std::size_t i = 0; i < set.count(); ++i) {
            const Biflow &b = ds->biflows[i];
            const std::vector<double> v = invertImage(set.image(i), set.imageSize, set.spec, set.samples[i]);
            const std::size_t n = std::min<std::size_t>(32, b.packets.size());
            QCOMPARE(v.size(), n);
            const std::vector<double> rounded = toFeatureValues(v, stored);
            for (std::size_t k = 0; k < n; ++k) {
                const Packet &p = b.packets[k];
                switch (stored.feature) {
                case SeriesFeature::SignedSize:
                    QCOMPARE(rounded[k], p.signedSize()); // bit-exact after rounding to whole bytes
                    break;
                case SeriesFeature::Size:
                    QCOMPARE(rounded[k], double(p.payloadBytes));
                    break;
                case SeriesFeature::Iat: {
                    const double us = k == 0 ? 0.0 : p.iat * 1e6;
                    QVERIFY2(std::abs(v[k] - us) <= 1e-5 * std::max(1.0, us) + 1e-3,
                             qPrintable(QStringLiteral("biflow %1 packet %2: %3 vs %4").arg(i).arg(k).arg(v[k]).arg(us)));
                    break;
                }
                case SeriesFeature::BytesPerBin:
                    break;
                }
            }
            // and back to packets: sizes and directions
            if (stored.feature == SeriesFeature::SignedSize) {
                const Biflow back = imageToBiflow(set.image(i), set.imageSize, stored, set.samples[i], b.label);
                QCOMPARE(back.packets.size(), n);
                for (std::size_t k = 0; k < n; ++k) {
                    if (b.packets[k].signedSize() != 0.0)
                        QCOMPARE(back.packets[k].direction, b.packets[k].direction);
                    QCOMPARE(back.packets[k].payloadBytes, b.packets[k].ipBytes >= 0 ? b.packets[k].ipBytes : b.packets[k].payloadBytes);
                }
            }
            packets += n;
        }
        QVERIFY(packets > 33);
    }

    void savedSetDecodesExactly()
    {
        const DatasetPtr ds = load(QStringLiteral("mirage2019"));
        ProgressToken token;
        const ImageDataset set = encodeDataset(*ds, EncodeSpec(), token);
        const QString dir = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/mirage_images");
        QDir(dir).removeRecursively();
        set.save(dir.toStdString());
        const ImageDataset back = ImageDataset::load(dir.toStdString());
        const std::vector<DecodedSample> decoded = decodeDataset(back, token);
        QCOMPARE(decoded.size(), ds->biflows.size());
        for (std::size_t i = 0; i < decoded.size(); ++i) {
            QCOMPARE(decoded[i].label, ds->biflows[i].classKey());
            for (std::size_t k = 0; k < decoded[i].values.size(); ++k)
                QCOMPARE(decoded[i].values[k], ds->biflows[i].packets[k].signedSize());
        }
    }

    // Snapping (the default preset's decoding) on AppxAct: the vocabulary holds
    // exactly the values a class carries at a position at least 3 times; a
    // real set decodes unchanged; a generated-like set (pixel noise) decodes
    // to vocabulary values only, and to more of the true sizes than without.
    void appxactSnapsToTheTrainingVocabulary()
    {
        if (!QFileInfo(kData + QStringLiteral("/mirage-appxact")).isDir())
            QSKIP("../shared/data/mirage-appxact is absent");
        const DatasetPtr full = load(QStringLiteral("mirage-appxact"));
        Dataset part;
        part.sourcePath = full->sourcePath;
        for (std::size_t i = 0; i < full->biflows.size(); i += 4) part.biflows.push_back(full->biflows[i]);
        EncodeSpec spec = EncodeSpec::fromJson(nlohmann::json::parse(
            R"({"length":16,"image_size":16,"normalisation":"quantile","padding":"mark-length",
                "inversion":"least-squares","snap":"class-position","snap_min_count":3})"));
        QVERIFY(spec.needsFit());
        ProgressToken token;
        ImageDataset set = encodeDataset(part, spec, token);
        const EncodeSpec fitted = EncodeSpec::fromJson(set.spec);
        QCOMPARE(fitted.vocabulary.size(), set.classes.size());

        // the vocabulary, counted here independently
        std::map<std::string, std::vector<std::map<double, int>>> counts;
        for (const Biflow &b : part.biflows) {
            auto &positions = counts[b.classKey()];
            const std::size_t n = std::min<std::size_t>(16, b.packets.size());
            if (positions.size() < n) positions.resize(n);
            for (std::size_t k = 0; k < n; ++k) ++positions[k][b.packets[k].signedSize()];
        }
        std::size_t kept = 0;
        for (const auto &[label, positions] : counts) {
            const auto &vocab = fitted.vocabulary.at(label);
            QCOMPARE(vocab.size(), positions.size());
            for (std::size_t k = 0; k < positions.size(); ++k) {
                std::vector<double> want;
                for (const auto &[value, times] : positions[k])
                    if (times >= 3) want.push_back(value);
                QCOMPARE(vocab[k], want);
                kept += want.size();
            }
        }
        QVERIFY(kept > 100);

        // a real set decodes to its own sizes, snapping or not
        const std::vector<DecodedSample> real = decodeDataset(set, token);
        for (std::size_t i = 0; i < real.size(); ++i)
            for (std::size_t k = 0; k < real[i].values.size(); ++k)
                QCOMPARE(real[i].values[k], part.biflows[i].packets[k].signedSize());

        // generated-like: pixel noise; snapped values lie in the vocabulary
        std::mt19937 rng(11);
        std::normal_distribution<float> noise(0.0f, 0.03f);
        for (float &p : set.pixels) p = std::clamp(p + noise(rng), 0.0f, 1.0f);
        set.provenance["origin"] = "synthetic";
        const std::vector<DecodedSample> snapped = decodeDataset(set, token);
        EncodeSpec plain = fitted;
        plain.snap = ValueSnap::None;
        set.spec = plain.toJson();
        const std::vector<DecodedSample> unsnapped = decodeDataset(set, token);
        std::size_t exactSnapped = 0, exactPlain = 0, values = 0;
        for (std::size_t i = 0; i < snapped.size(); ++i) {
            const auto &vocab = fitted.vocabulary.at(snapped[i].label);
            for (std::size_t k = 0; k < snapped[i].values.size(); ++k) {
                if (k < vocab.size() && !vocab[k].empty())
                    QVERIFY(std::binary_search(vocab[k].begin(), vocab[k].end(), snapped[i].values[k]));
                if (k < part.biflows[i].packets.size()) {
                    const double truth = part.biflows[i].packets[k].signedSize();
                    exactSnapped += snapped[i].values[k] == truth;
                    exactPlain += k < unsnapped[i].values.size() && unsnapped[i].values[k] == truth;
                    ++values;
                }
            }
        }
        QVERIFY2(exactSnapped > exactPlain + values / 20,
                 qPrintable(QStringLiteral("exact sizes: snapped %1, unsnapped %2 of %3")
                                .arg(exactSnapped).arg(exactPlain).arg(values)));
    }

    void videoBytesPerBinInvertsExactly()
    {
        const QString file = QStringLiteral("video/videotrain/YouTube_V360.csv");
        if (!QFileInfo::exists(kData + QLatin1Char('/') + file))
            QSKIP("VideoTrain traces absent");
        const DatasetPtr ds = load(file);
        QVERIFY(ds->biflows.size() > 100);
        QVERIFY(ds->biflows[0].isBinned());
        EncodeSpec spec;
        spec.feature = SeriesFeature::BytesPerBin;
        spec.length = spec.imageSize = 240;
        ProgressToken token;
        const ImageDataset set = encodeDataset(*ds, spec, token);
        for (std::size_t i = 0; i < set.count(); ++i) {
            const std::vector<double> &bins = ds->biflows[i].bins;
            const std::vector<double> v = invertImage(set.image(i), 240, spec, set.samples[i]);
            QCOMPARE(v.size(), std::min<std::size_t>(240, bins.size()));
            const double range = std::max(1.0, set.samples[i].max - set.samples[i].min);
            for (std::size_t k = 0; k < v.size(); ++k)
                QVERIFY2(std::abs(v[k] - bins[k]) <= 1e-5 * range,
                         qPrintable(QStringLiteral("trace %1 bin %2: %3 vs %4").arg(i).arg(k).arg(v[k]).arg(bins[k])));
        }
    }
};

QTEST_GUILESS_MAIN(TestImagingRealData)
#include "tst_imaging_real_data.moc"
