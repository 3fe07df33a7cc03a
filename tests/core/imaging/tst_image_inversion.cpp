// Inversion properties on random series: encode -> gamma -> invert gives the
// series back to 1e-5 (of its range) for GASF and GADF, every gamma/A, both
// paddings and normalisations, log scale and lossless PAA; PAA down-sizing is
// lossy (and says so); MTF refuses.
#include "core/eval/appxact_sample.h"
#include "core/imaging/image_encoder.h"
#include "core/imaging/image_inversion.h"
#include "core/runtime/errors.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace netsynth;

namespace {

ExtractedSeries randomSeries(std::mt19937 &rng, int n, int length, SeriesFeature feature)
{
    ExtractedSeries s;
    s.values.assign(static_cast<std::size_t>(n), 0.0);
    s.length = length;
    std::uniform_int_distribution<int> size(0, 1500);
    std::uniform_int_distribution<int> sign(0, 1);
    std::exponential_distribution<double> iat(1.0 / 20000.0);
    for (int i = 0; i < length; ++i) {
        switch (feature) {
        case SeriesFeature::SignedSize: s.values[i] = size(rng) * (sign(rng) ? 1 : -1); break;
        case SeriesFeature::Size: s.values[i] = size(rng); break;
        case SeriesFeature::Iat: s.values[i] = i == 0 ? 0.0 : iat(rng); break;
        case SeriesFeature::BytesPerBin: s.values[i] = size(rng) * 10.0; break;
        }
    }
    return s;
}

double range(const ExtractedSeries &s)
{
    const auto [lo, hi] = std::minmax_element(s.values.begin(), s.values.end());
    return std::max(1.0, *hi - *lo);
}

// The encoding of the real-series checks: signed sizes, 16x16, padding
// marked, normalised to the series' dataset bounds (at least +-1500 bytes).
EncodeSpec datasetBoundsSpec(const SeriesSet &set)
{
    EncodeSpec spec;
    spec.normalisation = Normalisation::Dataset;
    spec.padding = PaddingPolicy::MarkLength;
    spec.length = spec.imageSize = 16;
    spec.datasetMin = -1500;
    spec.datasetMax = 1500;
    for (const auto &item : set.items)
        for (double v : item.values) {
            spec.datasetMin = std::min(spec.datasetMin, v);
            spec.datasetMax = std::max(spec.datasetMax, v);
        }
    return spec;
}

} // namespace

class TestImageInversion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsExact_data()
    {
        QTest::addColumn<int>("encoder");
        QTest::addColumn<int>("feature");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("imageSize");
        QTest::addColumn<double>("gamma");
        QTest::addColumn<double>("amplitude");
        QTest::addColumn<bool>("mark");
        QTest::addColumn<bool>("logScale");
        const int gasf = int(EncoderKind::Gasf), gadf = int(EncoderKind::Gadf);
        const int sz = int(SeriesFeature::SignedSize), iat = int(SeriesFeature::Iat), bins = int(SeriesFeature::BytesPerBin);
        QTest::newRow("gasf default") << gasf << sz << 32 << 32 << 0.25 << 1.0 << false << false;
        QTest::newRow("gasf no gamma") << gasf << sz << 32 << 32 << 1.0 << 1.0 << false << false;
        QTest::newRow("gasf g0.1 A3") << gasf << sz << 64 << 64 << 0.1 << 3.0 << false << false;
        QTest::newRow("gasf g2 A0.5") << gasf << sz << 20 << 20 << 2.0 << 0.5 << false << false;
        QTest::newRow("gasf g0.37") << gasf << int(SeriesFeature::Size) << 128 << 128 << 0.37 << 1.0 << false << false;
        QTest::newRow("gasf iat log") << gasf << iat << 32 << 32 << 0.25 << 1.0 << false << true;
        QTest::newRow("gasf mark") << gasf << sz << 40 << 40 << 0.25 << 1.0 << true << false;
        QTest::newRow("gasf upsample x4") << gasf << bins << 16 << 64 << 0.25 << 1.0 << false << false;
        QTest::newRow("gasf mark upsample x2") << gasf << sz << 24 << 48 << 0.6 << 2.0 << true << false;
        QTest::newRow("gadf default") << gadf << sz << 32 << 32 << 0.25 << 1.0 << false << false;
        QTest::newRow("gadf g1 A2") << gadf << iat << 50 << 50 << 1.0 << 2.0 << false << true;
        QTest::newRow("gadf mark") << gadf << sz << 32 << 32 << 0.5 << 1.0 << true << false;
    }

    void roundTripIsExact()
    {
        QFETCH(int, encoder);
        QFETCH(int, feature);
        QFETCH(int, length);
        QFETCH(int, imageSize);
        QFETCH(double, gamma);
        QFETCH(double, amplitude);
        QFETCH(bool, mark);
        QFETCH(bool, logScale);
        EncodeSpec spec;
        spec.encoder = EncoderKind(encoder);
        spec.feature = SeriesFeature(feature);
        spec.length = length;
        spec.imageSize = imageSize;
        spec.gamma = gamma;
        spec.amplitude = amplitude;
        spec.padding = mark ? PaddingPolicy::MarkLength : PaddingPolicy::Zeros;
        spec.logScale = logScale;
        QVERIFY(spec.invertible());
        std::mt19937 rng(1234 + encoder * 100 + length);
        std::uniform_int_distribution<int> trueLength(1, length);
        for (int trial = 0; trial < 50; ++trial) {
            const int n = trial % 3 == 0 ? length : trueLength(rng);
            const ExtractedSeries s = randomSeries(rng, length, n, spec.feature);
            const EncodedImage e = encodeSeries(s, spec);
            QCOMPARE(int(e.pixels.size()), imageSize * imageSize);
            // the normalised series comes back to 1e-5
            const std::vector<double> x = invertNormalised(e.pixels.data(), imageSize, spec);
            for (int i = 0; i < imageSize; ++i)
                QVERIFY2(std::abs(x[i] - e.normalised[i]) < 1e-5,
                         qPrintable(QStringLiteral("x[%1] %2 vs %3").arg(i).arg(x[i]).arg(e.normalised[i])));
            // and so does the series, in its own units (1e-5 of its range)
            const std::vector<double> v = invertImage(e.pixels.data(), imageSize, spec, e.info);
            QCOMPARE(int(v.size()), n);
            const double tol = logScale ? 1e-4 * std::max(1.0, std::abs(e.info.max)) : 1e-5 * range(s);
            for (int i = 0; i < n; ++i)
                QVERIFY2(std::abs(v[i] - s.values[i]) <= tol,
                         qPrintable(QStringLiteral("trial %1 v[%2] %3 vs %4").arg(trial).arg(i).arg(v[i]).arg(s.values[i])));
            // sizes are whole bytes: rounding gives them back exactly
            if (spec.feature == SeriesFeature::SignedSize || spec.feature == SeriesFeature::Size) {
                const std::vector<double> r = toFeatureValues(v, spec);
                for (int i = 0; i < n; ++i)
                    QCOMPARE(r[i], s.values[i]);
            }
        }
    }

    void datasetBoundsRestoreAbsoluteScale()
    {
        EncodeSpec spec;
        spec.normalisation = Normalisation::Dataset;
        spec.datasetMin = -1500;
        spec.datasetMax = 1500;
        std::mt19937 rng(5);
        const ExtractedSeries s = randomSeries(rng, 32, 32, SeriesFeature::SignedSize);
        const EncodedImage e = encodeSeries(s, spec);
        // an image made with dataset bounds does not need the per-sample min/max
        ImageSampleInfo anonymous;
        anonymous.length = 32;
        const std::vector<double> v = invertImage(e.pixels.data(), 32, spec, anonymous);
        for (int i = 0; i < 32; ++i)
            QVERIFY(std::abs(v[i] - s.values[i]) < 3000 * 1e-5);
        // GADF needs per-series bounds
        spec.encoder = EncoderKind::Gadf;
        const EncodedImage g = encodeSeries(s, spec);
        QVERIFY_THROWS_EXCEPTION(InputError, invertImage(g.pixels.data(), 32, spec, anonymous));
    }

    void markLengthIsReadFromTheImage()
    {
        EncodeSpec spec;
        spec.padding = PaddingPolicy::MarkLength;
        ExtractedSeries s;
        s.values = {5, 5, 9, -3, 0, 0, 0, 0};
        s.length = 4;
        spec.length = spec.imageSize = 8;
        const EncodedImage e = encodeSeries(s, spec);
        ImageSampleInfo info = e.info;
        info.length = 0; // unknown, as for a generated image
        const std::vector<double> v = invertImage(e.pixels.data(), 8, spec, info);
        QCOMPARE(int(v.size()), 4);
        QVERIFY(std::abs(v[3] + 3) < 1e-4);
        QVERIFY(std::abs(v[2] - 9) < 1e-4);
    }

    void zeroPaddingUsesStoredLength()
    {
        EncodeSpec spec;
        ExtractedSeries s;
        s.values = {100, -200, 300, 0, 0, 0, 0, 0};
        s.length = 3;
        spec.length = spec.imageSize = 8;
        const EncodedImage e = encodeSeries(s, spec);
        QCOMPARE(e.info.length, 3);
        QCOMPARE(e.info.min, -200.0);
        QCOMPARE(e.info.max, 300.0);
        QCOMPARE(int(invertImage(e.pixels.data(), 8, spec, e.info).size()), 3);
        ImageSampleInfo unknown = e.info;
        unknown.length = 0;
        const std::vector<double> all = invertImage(e.pixels.data(), 8, spec, unknown);
        QCOMPARE(int(all.size()), 8);
        QVERIFY(std::abs(all[7]) < 1e-3);
    }

    void paaDownsizingIsLossyButMeansSurvive()
    {
        EncodeSpec spec;
        spec.length = 64;
        spec.imageSize = 16;
        QVERIFY(!spec.invertible());
        std::mt19937 rng(9);
        const ExtractedSeries s = randomSeries(rng, 64, 64, SeriesFeature::SignedSize);
        const EncodedImage e = encodeSeries(s, spec);
        const std::vector<double> v = invertImage(e.pixels.data(), 16, spec, e.info);
        QCOMPARE(int(v.size()), 64);
        // each block of 4 comes back as its mean
        double worst = 0.0;
        for (int k = 0; k < 16; ++k) {
            const double mean = (s.values[4 * k] + s.values[4 * k + 1] + s.values[4 * k + 2] + s.values[4 * k + 3]) / 4;
            for (int i = 0; i < 4; ++i) {
                QVERIFY(std::abs(v[4 * k + i] - mean) < 1e-5 * range(s));
                worst = std::max(worst, std::abs(v[4 * k + i] - s.values[4 * k + i]));
            }
        }
        QVERIFY2(worst > 10.0, "random sizes cannot survive averaging");
    }

    void symmetrisedNoisyImageStillInverts()
    {
        EncodeSpec spec;
        std::mt19937 rng(11);
        const ExtractedSeries s = randomSeries(rng, 32, 32, SeriesFeature::SignedSize);
        EncodedImage e = encodeSeries(s, spec);
        std::normal_distribution<float> noise(0.0f, 1e-3f);
        for (int i = 0; i < 32; ++i)
            for (int j = 0; j < 32; ++j)
                if (i != j)
                    e.pixels[i * 32 + j] += noise(rng);
        symmetrise(e.pixels.data(), 32);
        for (int i = 0; i < 32; ++i)
            for (int j = 0; j < 32; ++j)
                QCOMPARE(e.pixels[i * 32 + j], e.pixels[j * 32 + i]);
        const std::vector<double> v = invertImage(e.pixels.data(), 32, spec.toJson(), e.info);
        for (int i = 0; i < 32; ++i)
            QVERIFY(std::abs(v[i] - s.values[i]) < 1e-5 * range(s));
    }

    // Least-squares inversion on real MIRAGE-AppxAct series (signed sizes,
    // dataset bounds, padding marked, 16x16): the same series as the diagonal
    // for exact images, and closer to the truth than the diagonal when every
    // pixel carries independent noise, as a generator's output does.
    void leastSquaresInversionOnRealSeries()
    {
        if (!QFile::exists(appxactPath()))
            QSKIP("../shared/data/mirage-appxact is absent: least-squares inversion check skipped");
        const SeriesSet set = readAppxact(20);
        QVERIFY(set.items.size() > 200);
        const EncodeSpec spec = datasetBoundsSpec(set);
        EncodeSpec ls = spec;
        ls.inversion = GasfInversion::LeastSquares;
        QCOMPARE(EncodeSpec::fromJson(ls.toJson()).inversion, GasfInversion::LeastSquares);
        QVERIFY(QString::fromStdString(ls.describe()).contains(QStringLiteral("least-squares")));
        std::mt19937 rng(3);
        std::normal_distribution<double> noise(0.0, 0.03);
        double errDiagonal = 0.0, errFit = 0.0;
        int values = 0, lengthsDiagonal = 0, lengthsFit = 0;
        for (const auto &item : set.items) {
            ExtractedSeries s;
            s.values = item.values;
            s.length = static_cast<int>(item.values.size());
            s.values.resize(16, 0.0);
            EncodedImage e = encodeSeries(s, spec);
            ImageSampleInfo info = e.info;
            info.length = 0; // read from the image, as for a generated one
            const std::vector<double> exact = invertImage(e.pixels.data(), 16, ls, info);
            QCOMPARE(int(exact.size()), s.length);
            for (int i = 0; i < s.length; ++i)
                QVERIFY2(std::abs(exact[i] - item.values[i]) < 1e-3,
                         qPrintable(QString("%1 vs %2").arg(exact[i]).arg(item.values[i])));
            for (float &p : e.pixels)
                p = static_cast<float>(std::clamp(p + noise(rng), 0.0, 1.0));
            symmetrise(e.pixels.data(), 16);
            const std::vector<double> d = invertImage(e.pixels.data(), 16, spec, info);
            const std::vector<double> f = invertImage(e.pixels.data(), 16, ls, info);
            lengthsDiagonal += int(d.size()) == s.length;
            lengthsFit += int(f.size()) == s.length;
            for (int i = 0; i < s.length; ++i, ++values) {
                errDiagonal += std::abs((i < int(d.size()) ? d[i] : 0.0) - item.values[i]);
                errFit += std::abs((i < int(f.size()) ? f[i] : 0.0) - item.values[i]);
            }
        }
        errDiagonal /= values;
        errFit /= values;
        qInfo("pixel noise 0.03: mean |error| %.1f bytes (diagonal) vs %.1f (least squares); lengths right %d vs %d of %d",
              errDiagonal, errFit, lengthsDiagonal, lengthsFit, int(set.items.size()));
        QVERIFY2(errFit < 0.6 * errDiagonal, "least squares must average the pixel noise out");
        QVERIFY(lengthsFit >= lengthsDiagonal);
    }

    // Quantile normalisation on real AppxAct series (knots fitted on them):
    // exact images give every size back; with pixel noise, far more sizes come
    // back exactly than with the dataset's linear bounds, because the frequent
    // sizes own wide plateaus of the unit interval.
    void quantileNormalisationOnRealSeries()
    {
        if (!QFile::exists(appxactPath()))
            QSKIP("../shared/data/mirage-appxact is absent: quantile normalisation check skipped");
        const SeriesSet set = readAppxact(20);
        QVERIFY(set.items.size() > 200);
        EncodeSpec linear = datasetBoundsSpec(set);
        linear.inversion = GasfInversion::LeastSquares;
        std::vector<double> all;
        for (const auto &item : set.items)
            all.insert(all.end(), item.values.begin(), item.values.end());
        EncodeSpec quantile = linear;
        quantile.normalisation = Normalisation::Quantile;
        quantile.quantiles = fitQuantileKnots(all);
        QCOMPARE(int(quantile.quantiles.size()), kQuantileKnots + 1);
        std::mt19937 rng(3);
        std::normal_distribution<double> noise(0.0, 0.03);
        int values = 0, exactLinear = 0, exactQuantile = 0;
        for (const auto &item : set.items) {
            ExtractedSeries s;
            s.values = item.values;
            s.length = static_cast<int>(item.values.size());
            s.values.resize(16, 0.0);
            EncodedImage q = encodeSeries(s, quantile);
            EncodedImage l = encodeSeries(s, linear);
            ImageSampleInfo info;
            const std::vector<double> exact = invertImage(q.pixels.data(), 16, quantile, info);
            QCOMPARE(int(exact.size()), s.length);
            for (int i = 0; i < s.length; ++i)
                QVERIFY2(std::abs(exact[i] - item.values[i]) < 0.5,
                         qPrintable(QString("%1 vs %2").arg(exact[i]).arg(item.values[i])));
            for (std::size_t p = 0; p < q.pixels.size(); ++p) {
                const double n = noise(rng);
                q.pixels[p] = static_cast<float>(std::clamp(q.pixels[p] + n, 0.0, 1.0));
                l.pixels[p] = static_cast<float>(std::clamp(l.pixels[p] + n, 0.0, 1.0));
            }
            symmetrise(q.pixels.data(), 16);
            symmetrise(l.pixels.data(), 16);
            const std::vector<double> fq = toFeatureValues(invertImage(q.pixels.data(), 16, quantile, info), quantile);
            const std::vector<double> fl = toFeatureValues(invertImage(l.pixels.data(), 16, linear, info), linear);
            for (int i = 0; i < s.length; ++i, ++values) {
                exactQuantile += i < int(fq.size()) && fq[i] == item.values[i];
                exactLinear += i < int(fl.size()) && fl[i] == item.values[i];
            }
        }
        qInfo("pixel noise 0.03: sizes back exactly %d (quantile) vs %d (dataset bounds) of %d", exactQuantile,
              exactLinear, values);
        QVERIFY2(exactQuantile > 2 * exactLinear, "quantile plateaus must bring frequent sizes back exactly");
        QVERIFY(exactQuantile > values / 3);
    }

    void mtfAndWrongSizeAreRefused()
    {
        EncodeSpec spec;
        spec.encoder = EncoderKind::Mtf;
        std::mt19937 rng(3);
        const EncodedImage e = encodeSeries(randomSeries(rng, 32, 32, SeriesFeature::Size), spec);
        QVERIFY_THROWS_EXCEPTION(InputError, invertImage(e.pixels.data(), 32, spec, e.info));
        spec.encoder = EncoderKind::Gasf;
        QVERIFY_THROWS_EXCEPTION(InputError, invertImage(e.pixels.data(), 16, spec, e.info));
        QVERIFY_THROWS_EXCEPTION(InputError, invertImage(e.pixels.data(), 32, nlohmann::json{{"gamma", -1}}, e.info));
    }

    void imageToPackets()
    {
        EncodeSpec spec;
        ExtractedSeries s;
        s.values = {120, -1448, -1448, 52, 0, 0};
        s.length = 4;
        spec.length = spec.imageSize = 6;
        const EncodedImage e = encodeSeries(s, spec);
        const Biflow b = imageToBiflow(e.pixels.data(), 6, spec, e.info, "app");
        QCOMPARE(b.packets.size(), std::size_t(4));
        QCOMPARE(b.packets[1].payloadBytes, 1448);
        QCOMPARE(b.packets[1].direction, Direction::Downstream);
        QCOMPARE(b.packets[3].signedSize(), 52.0);
    }
};

QTEST_GUILESS_MAIN(TestImageInversion)
#include "tst_image_inversion.moc"
