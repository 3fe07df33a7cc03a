// AppShotMapPane (offscreen): layers of a city with simulated real traffic and
// generated traffic, linked zoom, time slider, cell inspector, patches overlay,
// PNG rendering, and the SIMULATED badge.
#include "appshot_toy_city.h"

#include "core/appshot/appshot_trainer.h"
#include "core/appshot/demo_traffic_generator.h"
#include "widgets/appshot/appshot_inspector.h"
#include "widgets/appshot/appshot_map_pane.h"
#include "widgets/appshot/appshot_training_view.h"
#include "widgets/appshot/color_scale.h"
#include "widgets/appshot/map_canvas.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
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
        pane.selectCell(5, 7);
        AppShotInspector *insp = pane.inspector();
        QCOMPARE(insp->tableRows(), 2 + 4);
        QCOMPARE(insp->plottedSeries(), 2);
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
    }

    void requestsAreSignals()
    {
        AppShotMapPane pane;
        QSignalSpy spy(&pane, &AppShotMapPane::openCityRequested);
        Q_EMIT pane.openCityRequested(QStringLiteral("/x"));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestAppShotMapPane)
#include "tst_appshot_map_pane.moc"
