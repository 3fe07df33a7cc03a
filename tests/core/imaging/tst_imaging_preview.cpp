// ImagingPreview: the raw and gamma images, histograms and recovered series
// the Imaging pane shows.
#include "core/imaging/imaging_preview.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace netsynth;

namespace {
Biflow biflow(int n)
{
    Biflow b;
    for (int i = 0; i < n; ++i) {
        Packet p;
        p.payloadBytes = 60 + (i * 397) % 1400;
        p.direction = i % 4 == 1 ? Direction::Downstream : Direction::Upstream;
        p.iat = i == 0 ? 0.0 : 0.002 * (1 + i % 7);
        b.packets.push_back(p);
    }
    return b;
}
} // namespace

class TestImagingPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gasfPreview()
    {
        EncodeSpec spec;
        spec.length = spec.imageSize = 128;
        const ImagingPreview p = computeImagingPreview(biflow(100), spec, 20);
        QCOMPARE(int(p.image.size()), 128 * 128);
        QCOMPARE(int(p.rawImage.size()), 128 * 128);
        QVERIFY(p.invertible);
        QVERIFY(p.inversionNote.empty());
        QCOMPARE(p.recoveredLength, 100);
        QVERIFY2(p.maxAbsError < 1e-5 * 3000, qPrintable(QString::number(p.maxAbsError)));
        QCOMPARE(std::accumulate(p.rawHistogram.begin(), p.rawHistogram.end(), 0), 128 * 128);
        QCOMPARE(std::accumulate(p.gammaHistogram.begin(), p.gammaHistogram.end(), 0), 128 * 128);
        // gamma 0.25 lifts pixel values: mass moves to higher bins (NetDiffus Fig. 3a)
        auto mean = [](const std::vector<int> &h) {
            double s = 0, n = 0;
            for (std::size_t i = 0; i < h.size(); ++i) {
                s += double(i) * h[i];
                n += h[i];
            }
            return s / n;
        };
        QVERIFY(mean(p.gammaHistogram) > mean(p.rawHistogram));
        // the image is A * raw^gamma
        for (std::size_t i = 0; i < p.image.size(); i += 97)
            QVERIFY(std::abs(p.image[i] - std::pow(p.rawImage[i], 0.25f)) < 2e-6);
        QVERIFY(p.encodeMicroseconds > 0.0);
    }

    void mtfAndPaaNotes()
    {
        EncodeSpec spec;
        spec.encoder = EncoderKind::Mtf;
        ImagingPreview p = computeImagingPreview(biflow(32), spec);
        QVERIFY(!p.invertible);
        QVERIFY(p.inversionNote.find("MTF") != std::string::npos);
        spec.encoder = EncoderKind::Gasf;
        spec.length = 64;
        spec.imageSize = 16;
        p = computeImagingPreview(biflow(64), spec);
        QVERIFY(p.invertible);
        QVERIFY(p.inversionNote.find("lossy") != std::string::npos);
        QVERIFY(p.maxAbsError > 1.0);
    }
};

QTEST_GUILESS_MAIN(TestImagingPreview)
#include "tst_imaging_preview.moc"
