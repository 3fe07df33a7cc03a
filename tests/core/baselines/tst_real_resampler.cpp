#include "core/baselines/real_resampler.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QTest>

#include <set>

using namespace netsynth;

// 3 classes; image i is filled with the value i so a resampled image names its source.
static ImageDataset realSet()
{
    ImageDataset d;
    d.imageSize = 4;
    d.classes = {"a", "b", "c"};
    d.spec = {{"encoder", "gasf"}};
    std::vector<float> img(16);
    for (int i = 0; i < 30; ++i) {
        std::fill(img.begin(), img.end(), float(i));
        ImageSampleInfo info;
        info.label = i < 20 ? 0 : 1; // class c has no images
        info.min = -i;
        info.max = i;
        info.length = i % 7 + 1;
        info.source = "f#" + std::to_string(i);
        d.append(img.data(), info);
    }
    return d;
}

class TestRealResampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void distinctWhileEnoughThenWithReplacement()
    {
        ProgressToken token;
        const ImageDataset real = realSet();
        const ImageDataset out = resampleRealImages(real, {20, 25}, 9, token);
        QCOMPARE(out.count(), std::size_t(45));
        QCOMPARE(out.classes, real.classes);
        QVERIFY(out.spec == real.spec);
        QCOMPARE(out.provenance.at("generator").get<std::string>(), std::string("real-resample"));
        QCOMPARE(out.provenance.at("origin").get<std::string>(), std::string("synthetic"));
        std::set<int> fromA, fromB;
        for (std::size_t i = 0; i < out.count(); ++i) {
            const int src = static_cast<int>(out.image(i)[0]);
            // The metadata travels with the image.
            QCOMPARE(out.samples[i].max, double(src));
            QCOMPARE(out.samples[i].source, "f#" + std::to_string(src));
            QCOMPARE(out.samples[i].label, src < 20 ? 0 : 1);
            (src < 20 ? fromA : fromB).insert(src);
        }
        QCOMPARE(fromA.size(), std::size_t(20)); // all 20 distinct images of class a
        QCOMPARE(fromB.size(), std::size_t(10)); // 25 drawn from 10: every one at least once
    }

    void seeded()
    {
        ProgressToken token;
        const ImageDataset real = realSet();
        QCOMPARE(resampleRealImages(real, {5, 5}, 1, token).pixels, resampleRealImages(real, {5, 5}, 1, token).pixels);
        QVERIFY(resampleRealImages(real, {5, 5}, 1, token).pixels != resampleRealImages(real, {5, 5}, 2, token).pixels);
    }

    void emptyClassIsAnError()
    {
        ProgressToken token;
        QVERIFY_THROWS_EXCEPTION(InputError, resampleRealImages(realSet(), {1, 1, 1}, 0, token));
        QVERIFY_THROWS_EXCEPTION(InputError, resampleRealImages(realSet(), {1, 1, 1, 1}, 0, token));
    }
};

QTEST_GUILESS_MAIN(TestRealResampler)
#include "tst_real_resampler.moc"
