// Series extraction from hand-made biflows, and the way back to packets.
#include "core/imaging/series_extraction.h"
#include "core/runtime/errors.h"

#include <QTest>

using namespace netsynth;

namespace {
Packet packet(int payload, Direction d, double iat, int ip = -1)
{
    Packet p;
    p.payloadBytes = payload;
    p.ipBytes = ip;
    p.direction = d;
    p.iat = iat;
    return p;
}

Biflow sample()
{
    Biflow b;
    b.label = "app";
    b.packets = {packet(100, Direction::Upstream, 0.0), packet(1400, Direction::Downstream, 0.010),
                 packet(0, Direction::Upstream, 0.5), packet(60, Direction::Downstream, 0.000250, 100)};
    return b;
}
} // namespace

class TestSeriesExtraction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signedSizesPadWithZeros()
    {
        EncodeSpec spec;
        spec.length = 6;
        const ExtractedSeries s = extractSeries(sample(), spec);
        QCOMPARE(s.length, 4);
        // the last packet has an IP length (100): signed size uses it
        QCOMPARE(s.values, (std::vector<double>{100, -1400, 0, -100, 0, 0}));
    }

    void truncatesToLength()
    {
        EncodeSpec spec;
        spec.length = 2;
        const ExtractedSeries s = extractSeries(sample(), spec);
        QCOMPARE(s.length, 2);
        QCOMPARE(s.values, (std::vector<double>{100, -1400}));
    }

    void payloadSizesAndIatMicroseconds()
    {
        EncodeSpec spec;
        spec.length = 4;
        spec.feature = SeriesFeature::Size;
        QCOMPARE(extractSeries(sample(), spec).values, (std::vector<double>{100, 1400, 0, 60}));
        spec.feature = SeriesFeature::Iat;
        const auto iat = extractSeries(sample(), spec).values;
        QCOMPARE(iat.size(), std::size_t(4));
        QCOMPARE(iat[0], 0.0);
        QVERIFY(std::abs(iat[1] - 10000.0) < 1e-6);
        QVERIFY(std::abs(iat[2] - 500000.0) < 1e-6);
        QVERIFY(std::abs(iat[3] - 250.0) < 1e-6);
    }

    void bytesPerBinOfPackets()
    {
        EncodeSpec spec;
        spec.feature = SeriesFeature::BytesPerBin;
        spec.binSeconds = 0.1;
        spec.length = 8;
        // times: 0, 0.010, 0.510, 0.51025 -> bins 0, 0, 5, 5
        const ExtractedSeries s = extractSeries(sample(), spec);
        QCOMPARE(s.values, (std::vector<double>{1500, 0, 0, 0, 0, 100, 0, 0}));
        QCOMPARE(s.length, 6);
    }

    void bytesPerBinOfBinnedSource()
    {
        Biflow b;
        b.bins = {5, 6, 7};
        b.binSeconds = 0.5;
        EncodeSpec spec;
        spec.feature = SeriesFeature::BytesPerBin;
        spec.length = 4;
        const ExtractedSeries s = extractSeries(b, spec);
        QCOMPARE(s.values, (std::vector<double>{5, 6, 7, 0}));
        QCOMPARE(s.length, 3);
    }

    // --bin-seconds on a binned source: a whole multiple sums the source's
    // bins (it was ignored, while the manifest claimed the new width); a
    // width below twice theirs keeps them; another width names the file.
    void binnedSourceRebinnedByWholeMultiples()
    {
        Biflow b;
        b.bins = {1, 2, 3, 4, 5, 6, 7};
        b.binSeconds = 0.5;
        b.sourceFile = "YouTube_V360.csv";
        EncodeSpec spec;
        spec.feature = SeriesFeature::BytesPerBin;
        spec.length = 4;
        spec.binSeconds = 1.5; // 3 source bins per value
        QCOMPARE(binsPerValue(b, spec), std::size_t{3});
        ExtractedSeries s = extractSeries(b, spec);
        QCOMPARE(s.values, (std::vector<double>{6, 15, 7, 0}));
        QCOMPARE(s.length, 3);
        spec.binSeconds = 0.5;
        QCOMPARE(extractSeries(b, spec).values, (std::vector<double>{1, 2, 3, 4}));
        spec.binSeconds = 0.25; // finer than the source: its own bins
        QCOMPARE(binsPerValue(b, spec), std::size_t{1});
        spec.binSeconds = 1.2;
        try {
            extractSeries(b, spec);
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), std::string("YouTube_V360.csv"));
            QVERIFY2(std::string(e.what()).find("whole multiple") != std::string::npos, e.what());
        }
    }

    void backToPackets()
    {
        EncodeSpec spec;
        const Biflow b = seriesToBiflow({99.6, -1400.2, 0.0, -70000.0, 12.0}, spec, 4, "x");
        QCOMPARE(b.label, std::string("x"));
        QCOMPARE(b.packets.size(), std::size_t(4));
        QCOMPARE(b.packets[0].payloadBytes, 100);
        QCOMPARE(b.packets[0].direction, Direction::Upstream);
        QCOMPARE(b.packets[1].payloadBytes, 1400);
        QCOMPARE(b.packets[1].direction, Direction::Downstream);
        QCOMPARE(b.packets[2].payloadBytes, 0);
        QCOMPARE(b.packets[3].payloadBytes, 65535); // clamped
        spec.feature = SeriesFeature::Iat;
        const Biflow t = seriesToBiflow({0, 1000, -5, 2500}, spec, 4);
        QCOMPARE(t.packets[1].iat, 0.001);
        QCOMPARE(t.packets[2].iat, 0.0);
        QVERIFY(std::abs(t.packets[3].timestamp - 0.0035) < 1e-12);
        spec.feature = SeriesFeature::BytesPerBin;
        const Biflow v = seriesToBiflow({1.5, -2, 3}, spec, 3);
        QCOMPARE(v.bins, (std::vector<double>{1.5, 0, 3}));
        QCOMPARE(v.binSeconds, spec.binSeconds);
    }
};

QTEST_GUILESS_MAIN(TestSeriesExtraction)
#include "tst_series_extraction.moc"
