// PatchTiler: origins cover the grid, the window is positive, and blending
// crops of a known map gives the map back.
#include "core/appshot/patch_tiler.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

class TestPatchTiler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void origins()
    {
        QCOMPARE(PatchTiler::origins(22, 16, 8), (std::vector<int>{0, 6}));
        QCOMPARE(PatchTiler::origins(40, 16, 8), (std::vector<int>{0, 8, 16, 24}));
        QCOMPARE(PatchTiler::origins(41, 16, 8), (std::vector<int>{0, 8, 16, 24, 25}));
        QCOMPARE(PatchTiler::origins(10, 16, 8), (std::vector<int>{0}));
        const auto w = PatchTiler::window(16);
        for (float v : w)
            QVERIFY(v > 0.0f);
        QVERIFY(w[8 * 16 + 8] > 10.0f * w[0]); // centre dominates the corner
    }

    void blendingCropsOfAKnownMapReproducesIt_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("patch");
        QTest::addColumn<int>("stride");
        QTest::newRow("aachen 22x28 p16 s8") << 22 << 28 << 16 << 8;
        QTest::newRow("munich 56x75 p16 s4") << 56 << 75 << 16 << 4;
        QTest::newRow("smaller than patch") << 9 << 13 << 16 << 8;
        QTest::newRow("no overlap") << 32 << 48 << 16 << 16;
    }

    void blendingCropsOfAKnownMapReproducesIt()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, patch);
        QFETCH(int, stride);
        const int channels = 3;
        std::vector<float> map(static_cast<std::size_t>(channels) * rows * cols);
        for (std::size_t i = 0; i < map.size(); ++i)
            map[i] = static_cast<float>(std::sin(0.37 * i) * 100.0 + 0.001 * i);
        const PatchTiler tiler(rows, cols, patch, stride);
        std::vector<std::vector<float>> patches;
        for (std::size_t k = 0; k < tiler.patches().size(); ++k)
            patches.push_back(tiler.extract(map.data(), channels, static_cast<int>(k), -999.0f));
        const std::vector<float> back = tiler.blend(patches, channels);
        QCOMPARE(back.size(), map.size());
        float maxErr = 0.0f;
        for (std::size_t i = 0; i < map.size(); ++i)
            maxErr = std::max(maxErr, std::abs(back[i] - map[i]));
        // Exact up to the final float rounding of sum(w x) / sum(w) in double.
        QVERIFY2(maxErr <= 1e-5f, qPrintable(QString::number(maxErr)));
        std::size_t exact = 0;
        for (std::size_t i = 0; i < map.size(); ++i)
            exact += back[i] == map[i];
        QVERIFY(exact >= map.size() * 99 / 100);
    }

    void blendingAveragesDisagreeingPatchesSmoothly()
    {
        // Patch k filled with the constant k: the blend is between min and max of
        // the covering patches and varies smoothly (no jump larger than the span).
        const PatchTiler tiler(20, 20, 8, 4);
        std::vector<std::vector<float>> patches;
        for (std::size_t k = 0; k < tiler.patches().size(); ++k)
            patches.push_back(std::vector<float>(64, static_cast<float>(k)));
        const auto out = tiler.blend(patches, 1);
        QCOMPARE(out[0], 0.0f); // corner covered by patch 0 only
        for (int r = 0; r < 20; ++r)
            for (int c = 1; c < 20; ++c)
                QVERIFY(std::abs(out[r * 20 + c] - out[r * 20 + c - 1]) < 2.5f);
    }
};

QTEST_GUILESS_MAIN(TestPatchTiler)
#include "tst_patch_tiler.moc"
