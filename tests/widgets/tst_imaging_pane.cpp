// The Imaging pane: preview of a biflow, live gamma/A, tooltip, zoom,
// histogram, recovered series, controls, PNG export, and its place in the
// main window (demo biflow until the dataset browser picks one).
#include "app/main_window.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/device.h"
#include "widgets/datasets/datasets_pane.h"
#include "widgets/colour_bar.h"
#include "widgets/imaging/imaging_pane.h"
#include "widgets/imaging/matrix_image_view.h"
#include "widgets/qcustomplot_include.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace netsynth;

namespace {

DatasetPtr makeDataset()
{
    auto d = std::make_shared<Dataset>();
    d->name = "pane test";
    for (int f = 0; f < 3; ++f) {
        Biflow b;
        b.label = "app" + std::to_string(f);
        const int n = 20 + 60 * f;
        for (int i = 0; i < n; ++i) {
            Packet p;
            p.payloadBytes = 40 + (i * 131 + f * 17) % 1400;
            p.direction = (i + f) % 3 == 0 ? Direction::Downstream : Direction::Upstream;
            p.iat = i == 0 ? 0.0 : 0.001 * (1 + i % 9);
            b.packets.push_back(p);
        }
        d->biflows.push_back(b);
    }
    return d;
}

bool waitForIdle(ImagingPane &pane, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (pane.isUpdating() && t.elapsed() < ms)
        QTest::qWait(5);
    return !pane.isUpdating();
}

} // namespace

class TestImagingPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NetSynthTest"));
        DeviceManager::configure(DevicePreference::Cpu, 1);
    }

    void showsBiflowSeriesImageAndRecovery()
    {
        ImagingPane pane;
        pane.resize(1200, 700);
        pane.show();
        const DatasetPtr ds = makeDataset();
        QSignalSpy shown(&pane, &ImagingPane::previewShown);
        pane.showBiflow(ds, 1);
        QVERIFY(shown.wait(20000));
        QVERIFY(waitForIdle(pane));
        const PreviewFramePtr frame = pane.currentFrame();
        QVERIFY(frame && frame->preview);
        QCOMPARE(frame->biflowIndex, 1);
        QCOMPARE(pane.imageView()->matrixSize(), 32);
        QCOMPARE(frame->image.width(), 32);
        // series plot: 32 original values, 32 recovered, errors tiny
        QCOMPARE(pane.seriesPlot()->graph(0)->dataCount(), 32);
        QCOMPARE(pane.seriesPlot()->graph(1)->dataCount(), 32);
        const auto original = pane.seriesPlot()->graph(0)->data();
        const auto recovered = pane.seriesPlot()->graph(1)->data();
        for (int i = 0; i < 32; ++i) {
            QCOMPARE(original->at(i)->value, ds->biflows[1].packets[std::size_t(i)].signedSize());
            QVERIFY(std::abs(recovered->at(i)->value - original->at(i)->value) < 0.05);
        }
        QVERIFY(frame->preview->maxAbsError < 0.05);
        QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("max |error|")));
        // histogram: raw and gamma-corrected pixel counts, each summing to 32 x 32
        for (int g = 0; g < 2; ++g) {
            double total = 0;
            for (auto it = pane.histogramPlot()->graph(g)->data()->begin(); it != pane.histogramPlot()->graph(g)->data()->end(); ++it)
                total += it->value;
            QCOMPARE(total, 1024.0);
        }
        // The legends sit above the plots, never over the data, and the
        // series has a margin above its largest and below its smallest value.
        for (QCustomPlot *plot : {pane.seriesPlot(), pane.histogramPlot()}) {
            plot->replot();
            QVERIFY(!plot->legend->outerRect().intersects(plot->axisRect()->rect()));
        }
        const QCPRange y = pane.seriesPlot()->yAxis->range();
        double lo = 1e18, hi = -1e18;
        for (int i = 0; i < 32; ++i) {
            lo = std::min(lo, original->at(i)->value);
            hi = std::max(hi, original->at(i)->value);
        }
        QVERIFY2(y.lower < lo && y.upper > hi, qPrintable(QString("%1..%2 for %3..%4").arg(y.lower).arg(y.upper).arg(lo).arg(hi)));
    }

    void gammaAndAmplitudeUpdateLive()
    {
        ImagingPane pane;
        pane.resize(1200, 700);
        pane.show();
        QSignalSpy shown(&pane, &ImagingPane::previewShown);
        pane.showBiflow(makeDataset(), 2);
        QVERIFY(shown.wait(20000));
        pane.imageSizeSpin()->setValue(128);
        QVERIFY(waitForIdle(pane));
        QCOMPARE(pane.currentFrame()->preview->spec.imageSize, 128);
        QCOMPARE(pane.currentFrame()->preview->spec.length, 128); // linked: lossless

        // Drag the slider through 60 positions as fast as events come: the
        // pane coalesces and ends on the last value.
        QElapsedTimer timer;
        timer.start();
        const int frames0 = shown.count();
        for (int k = 0; k <= 60; ++k)
            pane.gammaSlider()->setValue(200 + 10 * k);
        QVERIFY(waitForIdle(pane));
        const qint64 elapsed = timer.elapsed();
        const double expectedGamma = ImagingPane::gammaForSlider(800);
        QVERIFY(std::abs(pane.gammaSpin()->value() - expectedGamma) < 1e-3);
        const PreviewFramePtr frame = pane.currentFrame();
        QVERIFY(std::abs(frame->preview->spec.gamma - pane.gammaSpin()->value()) < 1e-9);
        qInfo("61 gamma changes at 128x128: %d previews shown, %lld ms until the last one; last preview %.2f ms",
              int(shown.count() - frames0), static_cast<long long>(elapsed), frame->milliseconds);
        QVERIFY(elapsed < 10000);
        for (std::size_t i = 0; i < frame->values->size(); i += 211)
            QVERIFY(std::abs((*frame->values)[i] - std::pow((*frame->rawValues)[i], float(frame->preview->spec.gamma))) < 3e-6);

        // One step at a time, as a user drags: time from the change to the new image on screen.
        double worstMs = 0.0, totalMs = 0.0;
        for (int k = 0; k < 10; ++k) {
            QElapsedTimer step;
            step.start();
            pane.gammaSlider()->setValue(300 + 40 * k);
            QVERIFY(shown.wait(10000)); // returns as soon as the new image is shown
            const double ms = step.nsecsElapsed() / 1e6;
            worstMs = std::max(worstMs, ms);
            totalMs += ms;
            QVERIFY(std::abs(pane.currentFrame()->preview->spec.gamma - ImagingPane::gammaForSlider(300 + 40 * k)) < 1e-3);
        }
        QVERIFY2(worstMs < 2000, "a gamma step must not take seconds");
        qInfo("128x128 gamma step to new image shown: mean %.1f ms, worst %.1f ms",
              totalMs / 10, worstMs);

        pane.amplitudeSpin()->setValue(2.0);
        QVERIFY(waitForIdle(pane));
        const PreviewFramePtr a2 = pane.currentFrame();
        QCOMPARE(a2->preview->spec.amplitude, 2.0);
        QCOMPARE(a2->preview->histogramMax, 2.0);
        float top = 0;
        for (float v : *a2->values)
            top = std::max(top, v);
        QVERIFY(top > 1.5f && top <= 2.0f);
        QVERIFY(a2->preview->maxAbsError < 0.05);

        // The colour bar beside the image is its key: the image's colour map
        // and range, [0, A] after gamma, [0, 1] before.
        ColourBar *bar = pane.colourBar();
        QVERIFY(bar->hasScale() && bar->isVisible());
        QCOMPARE(bar->high(), 2.0);
        QCOMPARE(bar->low(), 0.0);
        QCOMPARE(bar->tickLabels(), QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY2(bar->title().contains(QLatin1String("after gamma")), qPrintable(bar->title()));
        QCOMPARE(int(bar->kind()), int(ColourMapKind::Viridis));
        auto *raw = pane.findChild<QCheckBox *>(QStringLiteral("ImagingShowRaw"));
        QVERIFY(raw);
        raw->setChecked(true);
        QTRY_COMPARE(bar->high(), 1.0);
        QVERIFY2(bar->title().contains(QLatin1String("before gamma")), qPrintable(bar->title()));
        raw->setChecked(false);
        pane.findChild<QComboBox *>(QStringLiteral("ImagingColours"))->setCurrentIndex(1); // Inferno
        QVERIFY(waitForIdle(pane));
        QCOMPARE(int(bar->kind()), int(ColourMapKind::Inferno));
        QVERIFY(bar->geometry().left() >= pane.imageView()->geometry().right()); // beside the image, not over it
    }

    void tooltipAndZoom()
    {
        ImagingPane pane;
        pane.resize(1000, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy shown(&pane, &ImagingPane::previewShown);
        pane.showBiflow(makeDataset(), 0);
        QVERIFY(shown.wait(20000));
        QVERIFY(waitForIdle(pane));
        MatrixImageView *view = pane.imageView();
        const float value = (*pane.currentFrame()->values)[3 * 32 + 5];
        const QString tip = view->toolTipAt(view->cellCentre(3, 5));
        QVERIFY2(tip.contains(QStringLiteral("i = 3, j = 5")), qPrintable(tip));
        QVERIFY2(tip.contains(QString::number(double(value), 'g', 7)), qPrintable(tip));
        int i = -1, j = -1;
        QVERIFY(view->cellAt(view->cellCentre(31, 0), i, j));
        QCOMPARE(i, 31);
        QCOMPARE(j, 0);
        QVERIFY(!view->cellAt(QPointF(-5, -5), i, j));
        const double fit = view->scale();
        view->zoomIn();
        QVERIFY(view->scale() > fit);
        QVERIFY(!view->fitsView());
        view->fitToView();
        QCOMPARE(view->scale(), fit);
    }

    void encoderControlsAndExport()
    {
        ImagingPane pane;
        pane.show();
        QSignalSpy shown(&pane, &ImagingPane::previewShown);
        const DatasetPtr ds = makeDataset();
        pane.showBiflow(ds, 2);
        QVERIFY(shown.wait(20000));
        pane.encoderCombo()->setCurrentIndex(pane.encoderCombo()->findData(QStringLiteral("mtf")));
        QVERIFY(waitForIdle(pane));
        QCOMPARE(pane.currentFrame()->preview->spec.encoder, EncoderKind::Mtf);
        QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("not invertible")));
        QCOMPARE(pane.seriesPlot()->graph(1)->dataCount(), 0);
        pane.encoderCombo()->setCurrentIndex(pane.encoderCombo()->findData(QStringLiteral("gadf")));
        pane.featureCombo()->setCurrentIndex(pane.featureCombo()->findData(QStringLiteral("iat")));
        QVERIFY(waitForIdle(pane));
        QCOMPARE(pane.currentFrame()->preview->spec.encoder, EncoderKind::Gadf);
        QCOMPARE(pane.currentFrame()->preview->spec.feature, SeriesFeature::Iat);
        QVERIFY(pane.currentFrame()->preview->invertible);

        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        const QString png = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/gadf.png");
        QVERIFY(pane.exportImage(png));
        QImage saved(png);
        QCOMPARE(saved.width(), 512); // 32 px x 16
        QVERIFY(pane.grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/imaging_pane.png")));
        // On this small pane the series axis title is the short one, and it
        // fits along the axis (the long one was cut at the top).
        QCustomPlot *series = pane.seriesPlot();
        series->replot();
        const QString title = series->yAxis->label();
        QVERIFY2(title.startsWith(QLatin1String("IAT")), qPrintable(title));
        QVERIFY2(QFontMetrics(series->yAxis->labelFont()).horizontalAdvance(title) <= series->axisRect()->height(),
                 qPrintable(QStringLiteral("%1 in %2 px").arg(title).arg(series->axisRect()->height())));

        DatasetPtr requested;
        EncodeSpec requestedSpec;
        connect(&pane, &ImagingPane::encodeDatasetRequested, this, [&](DatasetPtr d, const EncodeSpec &s) {
            requested = d;
            requestedSpec = s;
        });
        auto *button = pane.findChild<QPushButton *>();
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(requested, ds);
        QCOMPARE(requestedSpec.encoder, EncoderKind::Gadf);
        QCOMPARE(requestedSpec.feature, SeriesFeature::Iat);
    }

    void badSpecKeepsLastImage()
    {
        ImagingPane pane;
        QSignalSpy shown(&pane, &ImagingPane::previewShown);
        pane.showBiflow(makeDataset(), 0);
        QVERIFY(shown.wait(20000));
        QVERIFY(waitForIdle(pane));
        const PreviewFramePtr before = pane.currentFrame();
        pane.showBiflow(makeDataset(), 7); // no such biflow
        QVERIFY(waitForIdle(pane));
        QTRY_VERIFY(pane.statusLabel()->text().contains(QStringLiteral("Cannot preview")));
        QCOMPARE(pane.currentFrame(), before);
    }

    void mainWindowShowsDemoBiflow()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QDockWidget *dock = w.dock(QStringLiteral("ImagingDock"));
        QVERIFY(dock);
        auto *pane = qobject_cast<ImagingPane *>(dock->widget());
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->currentFrame() != nullptr, 20000);
        QVERIFY(pane->dataset()->synthetic);
        QCOMPARE(pane->biflowIndex(), 0);
        // A biflow picked in the dataset browser is previewed.
        QVERIFY(w.datasetsPane());
        QSignalSpy shown(pane, &ImagingPane::previewShown);
        Q_EMIT w.datasetsPane()->biflowSelected(pane->dataset(), 5);
        QVERIFY(shown.wait(20000));
        QTRY_COMPARE(pane->currentFrame()->biflowIndex, 5);
        QCOMPARE(pane->biflowSpin()->value(), 5);
    }
};

QTEST_MAIN(TestImagingPane)
#include "tst_imaging_pane.moc"
