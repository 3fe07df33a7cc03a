// colour_maps: the one definition of the project's colour maps: viridis'
// ends and rising lightness, the diverging map's white middle, BGR order for
// OpenCV, and the set's fixed display range the contact sheets use.
#include "core/imaging/colour_maps.h"
#include "core/imaging/image_dataset.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

namespace {
double lightness(const Rgb &c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; }
} // namespace

class TestColourMaps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void viridisEndsAndLightness()
    {
        const Rgb lo = colourAt(ColourMapKind::Viridis, 0.0), hi = colourAt(ColourMapKind::Viridis, 1.0);
        QCOMPARE(int(lo.r), 68);
        QCOMPARE(int(lo.g), 1);
        QCOMPARE(int(lo.b), 84);
        QCOMPARE(int(hi.r), 253);
        QCOMPARE(int(hi.g), 231);
        QCOMPARE(int(hi.b), 37);
        const auto &t = colourTable(ColourMapKind::Viridis);
        for (std::size_t i = 1; i < t.size(); ++i)
            QVERIFY2(lightness(t[i]) >= lightness(t[i - 1]) - 0.5, qPrintable(QString::number(i)));
        // clamped, NaN at the low end
        QCOMPARE(int(colourAt(ColourMapKind::Viridis, 7.0).g), 231);
        QCOMPARE(int(colourAt(ColourMapKind::Viridis, std::nan("")).b), 84);
        QCOMPARE(int(colourAt(ColourMapKind::Grey, 0.5).r), 128);
    }

    void divergingIsBlueWhiteRed()
    {
        const Rgb lo = colourAt(ColourMapKind::Diverging, 0.0), mid = colourAt(ColourMapKind::Diverging, 0.5),
                  hi = colourAt(ColourMapKind::Diverging, 1.0);
        QVERIFY(lo.b > lo.r);
        QVERIFY(hi.r > hi.b);
        QVERIFY(mid.r > 240 && mid.g > 240 && mid.b > 240);
    }

    void bgrForOpenCv()
    {
        const std::uint8_t grey[2] = {0, 255};
        std::uint8_t bgr[6] = {};
        colouriseBgr(grey, 2, bgr, ColourMapKind::Viridis);
        QCOMPARE(int(bgr[0]), 84);
        QCOMPARE(int(bgr[2]), 68);
        QCOMPARE(int(bgr[3]), 37);
        QCOMPARE(int(bgr[5]), 253);
    }

    void displayRangeIsFixedPerSet()
    {
        ImageDataset set;
        set.imageSize = 2;
        set.pixels = {0.1f, 0.2f, 0.3f, 0.4f};
        QCOMPARE(set.displayRange(), std::make_pair(0.0f, 1.0f));
        set.pixels[2] = -0.5f;
        QCOMPARE(set.displayRange(), std::make_pair(-1.0f, 1.0f));
    }
};

QTEST_GUILESS_MAIN(TestColourMaps)
#include "tst_colour_maps.moc"
