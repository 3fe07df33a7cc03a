// AppShotMapPane (offscreen): layers of a city with simulated real traffic and
// generated traffic, linked zoom, time slider, cell inspector, patches overlay,
// PNG rendering, and the SIMULATED badge.
#include "appshot_test_util.h"
#include "appshot_toy_city.h"

#include "core/appshot/appshot_trainer.h"
#include "core/appshot/city_reader.h"
#include "core/appshot/demo_traffic_generator.h"
#include "widgets/appshot/appshot_inspector.h"
#include "widgets/appshot/appshot_map_pane.h"
#include "widgets/appshot/appshot_training_view.h"
#include "widgets/appshot/color_scale.h"
#include "widgets/appshot/map_canvas.h"
#include "widgets/appshot/map_grid.h"
#include "widgets/colour_bar.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QWheelEvent>

using namespace netsynth;

class TestAppShotMapPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void colorScale()
    {
        const ColorScale lin(0, 10, ColorScale::Mode::Linear, ColorScale::Palette::Sequential);
        QCOMPARE(lin.position(5), 0.5);
        const ColorScale lg(0, 99, ColorScale::Mode::Log, ColorScale::Palette::Sequential);
        QVERIFY(std::abs(lg.position(9) - 0.5) < 1e-12); // log1p(9) / log1p(99) = 1/2
        const ColorScale div(-4, 2, ColorScale::Mode::Linear, ColorScale::Palette::Diverging);
        QCOMPARE(div.position(0), 0.5);
        QCOMPARE(div.position(-4), 0.0);
        // South-first rows are flipped so north is up.
        const float v[4] = {0, 0, 10, 10};
        const QImage img = lin.render(v, 2, 2, {}, false);
        QCOMPARE(img.pixel(0, 0), lin.color(10));
        QCOMPARE(img.pixel(0, 1), lin.color(0));
    }

    void paneShowsCityTrafficAndInspector()
    {
        auto city = std::make_shared<City>(toyCity("toy", 14, 18, 0.0));
        DemoTrafficSpec spec;
        spec.services = 2;
        spec.days = 1;
        city->traffic = DemoTrafficGenerator::generate(*city, spec);
        AppShotMapPane pane;
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setCity(city);
        QCOMPARE(pane.layerCount(), 2 + 4); // 2 services + 4 context layers
        // Generated: a copy of hours 3..5 scaled by 2.
        auto gen = std::make_shared<TrafficMaps>();
        gen->serviceNames = city->traffic->serviceNames;
        gen->hours = {3, 4, 5};
        gen->resize(3, 2, 14, 18);
        for (int t = 0; t < 3; ++t)
            for (int s = 0; s < 2; ++s)
                for (std::size_t i = 0; i < city->cells(); ++i)
                    gen->map(t, s)[i] = 2.0f * city->traffic->map(t + 3, s)[i];
        gen->provenance = TrafficProvenance::Generated;
        gen->metadata = {{"method", "appshot-gan"}, {"training_provenance", "simulated"}};
        pane.setGenerated(gen, {{0, 0}, {0, 8}, {6, 0}, {6, 8}}, 8);
        pane.setCurrentStep(1);
        // The difference map has its key: diverging, symmetric, as wide as the
        // largest |generated - real| of the step (generated = 2 x real here).
        ColourBar *bar = pane.differenceBar();
        QVERIFY(bar->hasScale());
        QCOMPARE(int(bar->kind()), int(ColourMapKind::Diverging));
        QCOMPARE(bar->low(), -bar->high());
        // The bar's title names the service (the topmost drawn); the real map
        // is the one with the generated step's hour (4).
        const std::string service = bar->title().section(QLatin1Char(':'), 0, 0).toStdString();
        const auto &names = city->traffic->serviceNames;
        const int s = static_cast<int>(std::find(names.begin(), names.end(), service) - names.begin());
        QVERIFY2(s < static_cast<int>(names.size()), qPrintable(bar->title()));
        int realStep = -1;
        for (int t = 0; t < city->traffic->steps; ++t)
            if (city->traffic->hours.empty() ? t == 4 : city->traffic->hours[static_cast<std::size_t>(t)] == 4)
                realStep = t;
        QVERIFY(realStep >= 0);
        double largest = 0.0;
        for (std::size_t i = 0; i < city->cells(); ++i)
            largest = std::max(largest, std::abs(double(gen->map(1, s)[i]) - double(city->traffic->map(realStep, s)[i])));
        QVERIFY2(std::abs(bar->high() - largest) < 1e-5 * std::max(1.0, largest),
                 qPrintable(QStringLiteral("%1 vs %2").arg(bar->high()).arg(largest)));
        pane.selectCell(5, 7);
        AppShotInspector *insp = pane.inspector();
        QCOMPARE(insp->tableRows(), 2 + 4);
        QCOMPARE(insp->plottedSeries(), 2);
        // Values show 3 significant digits (the columns are narrow); the tooltip has the full value.
        auto *table = insp->findChild<QTableWidget *>();
        QVERIFY(table);
        for (int r = 0; r < table->rowCount(); ++r) {
            const QTableWidgetItem *value = table->item(r, 1);
            QVERIFY(value && !value->toolTip().isEmpty());
            QCOMPARE(value->text(), QString::number(value->toolTip().toDouble(), 'g', 3));
        }
        // Linked zoom: a wheel on the real map zooms the generated one.
        MapCanvas *real = pane.canvas(0);
        QWheelEvent wheel(QPointF(100, 100), real->mapToGlobal(QPointF(100, 100)), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(real, &wheel);
        QVERIFY(real->zoom() > 1.0);
        QCOMPARE(pane.canvas(1)->zoom(), real->zoom());
        QCOMPARE(pane.canvas(2)->center(), real->center());
        const QImage img = pane.renderMaps();
        QVERIFY(img.width() > 300 && img.height() > 100);
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        QVERIFY(img.save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/appshot_maps.png")));
        QVERIFY(pane.grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/appshot_pane.png")));
        // Training charts.
        AppShotTrainingProgress p;
        p.step = 5;
        p.totalSteps = 10;
        p.lossGenerator = 3.0;
        pane.addTrainingProgress(p);
        QCOMPARE(pane.trainingView()->pointCount(), 1);
        // The toy city has no geo-reference: a location without coordinates, no scale bar.
        QCOMPARE(pane.locationText(5, 7), QStringLiteral("Cell row 5, column 7"));
        QCOMPARE(pane.canvas(0)->scaleBar().pixels, 0.0);
    }

    // Aachen's grid is geo-referenced in UTM 32N (metres): the status line
    // gives a hovered cell's centre in that CRS, the maps carry a scale bar.
    void geoReferencedCityShowsCoordinatesAndScale()
    {
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities/aachen is absent");
        auto city = std::make_shared<City>(CityReader::read(sharedData("cities/aachen")));
        QVERIFY(city->geo.isMetric());
        AppShotMapPane pane;
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setCity(city);

        // Row 0 is the south edge in this data: cell (0, 0) is the south-west one.
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        city->geo.cellBounds(0, 0, x0, y0, x1, y1);
        QCOMPARE(x0, city->geo.minX);
        QCOMPARE(y0, city->geo.minY);
        const QString text = pane.locationText(0, 0);
        const QLocale locale;
        for (const QString &part : {locale.toString(0.5 * (x0 + x1), 'f', 0), locale.toString(0.5 * (y0 + y1), 'f', 0),
                                    QStringLiteral("WGS_1984_UTM_Zone_32N"), locale.toString(city->geo.cellWidth, 'f', 0)})
            QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
        QVERIFY(pane.locationText(city->rows, 0).isEmpty());

        // Hovering a map sends its cell's location to the status line.
        MapCanvas *real = pane.canvas(0);
        QTest::mouseMove(real, real->rect().center());
        QTRY_VERIFY(pane.locationShown().startsWith(QStringLiteral("Cell row")));

        // The scale bar: a round length, at most a third of the map wide, and
        // twice as many pixels per metre at twice the zoom.
        const MapCanvas::ScaleBar bar = real->scaleBar();
        QVERIFY2(bar.metres >= 100 && bar.pixels > 10 && bar.pixels <= std::min(160.0, real->width() / 3.0),
                 qPrintable(QStringLiteral("%1 m, %2 px").arg(bar.metres).arg(bar.pixels)));
        QVERIFY(bar.label.endsWith(QLatin1String(" km")) || bar.label.endsWith(QLatin1String(" m")));
        real->setView(2.0, real->center());
        const MapCanvas::ScaleBar zoomed = real->scaleBar();
        QVERIFY(std::abs(zoomed.pixels / zoomed.metres - 2.0 * bar.pixels / bar.metres) < 1e-9);
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        QVERIFY(pane.grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/appshot_pane_aachen.png")));
    }

    // The three maps are arranged for the space they get: a row in a wide
    // pane, two over one in a narrow one, stacked in a tall strip; each
    // larger than side by side would be (issue 20: maps 150 px wide).
    void mapsArrangeForTheSpace()
    {
        QCOMPARE(MapGrid::bestColumns(QSize(1200, 300), 22, 28, 40), 3);
        QCOMPARE(MapGrid::bestColumns(QSize(420, 420), 22, 28, 40), 2);
        QCOMPARE(MapGrid::bestColumns(QSize(300, 1200), 22, 28, 40), 1);
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities/aachen is absent");
        auto city = std::make_shared<City>(CityReader::read(sharedData("cities/aachen")));
        AppShotMapPane pane;
        pane.resize(800, 560); // about the default dock's share of a 1280 x 800 window
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setCity(city);
        auto *grid = pane.findChild<MapGrid *>(QStringLiteral("AppShotMapGrid"));
        QVERIFY(grid);
        QTRY_COMPARE(grid->columns(), 2);
        QVERIFY2(pane.canvas(2)->width() > grid->width() / 3 + 20, qPrintable(QString::number(pane.canvas(2)->width())));
        // Under the difference map, its colour bar.
        const ColourBar *bar = pane.differenceBar();
        QVERIFY(bar->geometry().top() >= pane.canvas(2)->geometry().bottom());
        QCOMPARE(bar->geometry().left(), pane.canvas(2)->geometry().left());
        pane.resize(1800, 560);
        QTRY_COMPARE(grid->columns(), 3);
    }

    // The inspector's narrow columns: 3 significant digits, tiny traffic
    // values short enough not to be elided.
    void inspectorNumbersAreCompact()
    {
        QCOMPARE(AppShotInspector::compactNumber(0.0), QStringLiteral("0"));
        QCOMPARE(AppShotInspector::compactNumber(52.3), QStringLiteral("52.3"));
        QCOMPARE(AppShotInspector::compactNumber(0.79912), QStringLiteral("0.799"));
        QCOMPARE(AppShotInspector::compactNumber(1.234e-5), QStringLiteral("1.2e-5"));
        QCOMPARE(AppShotInspector::compactNumber(-3.96e-12), QStringLiteral("-4.0e-12"));
        QCOMPARE(AppShotInspector::compactNumber(2.5e7), QStringLiteral("2.5e7"));
    }

    void requestsAreSignals()
    {
        AppShotMapPane pane;
        QSignalSpy spy(&pane, &AppShotMapPane::openCityRequested);
        Q_EMIT pane.openCityRequested(QStringLiteral("/x"));
        QCOMPARE(spy.count(), 1);
    }

    // The readers' notes in the status line follow the UI language: a
    // translator that marks what it translates shows which of them go
    // through tr() (known notes, a cropped city's with its numbers) and that
    // an unknown note is shown as written.
    void cityNotesFollowTheLanguage()
    {
        class Marking : public QTranslator
        {
        public:
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                return QLatin1String(context) == QLatin1String("netsynth::AppShotMapPane")
                           ? QStringLiteral("<") + QString::fromUtf8(source) + QStringLiteral(">")
                           : QString();
            }
            bool isEmpty() const override { return false; }
        } marking;
        QCoreApplication::installTranslator(&marking);
        auto city = std::make_shared<City>(toyCity("toy", 14, 18, 0.0));
        city->notes = {"CSV grid: not geo-referenced", "cropped from aachen: rows 0..9, cols 2..11", "an unknown note"};
        AppShotMapPane pane;
        pane.setCity(city);
        const QString status = pane.statusText();
        QCoreApplication::removeTranslator(&marking);
        QVERIFY2(status.contains(QStringLiteral("<CSV grid: not geo-referenced>")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("<cropped from aachen: rows 0..9, cols 2..11>")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("an unknown note")) && !status.contains(QStringLiteral("<an unknown note>")),
                 qPrintable(status));
    }
};

QTEST_MAIN(TestAppShotMapPane)
#include "tst_appshot_map_pane.moc"
