// jsonNumber / jsonGetTo: integer fields take whole numbers within the
// type's range, anything else is an InputError naming file and field; and
// the readers that use them refuse 1e300 where nlohmann's get<int>() was
// undefined behaviour (a real TrainConfig and image-set manifest); file
// fields of the wrong type name the field.
#include "core/appshot/layer_normalization.h"
#include "core/diffusion/train_config.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/errors.h"
#include "core/runtime/json_document.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <limits>

using namespace netsynth;

namespace {
template <typename T>
std::string errorOf(const nlohmann::json &v)
{
    try {
        jsonNumber<T>(v, "cfg.json", "field 'steps'");
    } catch (const InputError &e) {
        return e.what();
    }
    return {};
}
} // namespace

class TestJsonDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeNumbersWithinRange()
    {
        QCOMPARE(jsonNumber<int>(nlohmann::json(42), "f", "w"), 42);
        QCOMPARE(jsonNumber<int>(nlohmann::json(-7), "f", "w"), -7);
        QCOMPARE(jsonNumber<int>(nlohmann::json(3.0), "f", "w"), 3); // a whole float
        QCOMPARE(jsonNumber<int>(nlohmann::json(std::numeric_limits<int>::max()), "f", "w"),
                 std::numeric_limits<int>::max());
        QCOMPARE(jsonNumber<std::uint64_t>(nlohmann::json(std::numeric_limits<std::uint64_t>::max()), "f", "w"),
                 std::numeric_limits<std::uint64_t>::max());
        QCOMPARE(jsonNumber<double>(nlohmann::json(1e300), "f", "w"), 1e300);
    }

    void outOfRangeFractionsAndOtherTypesAreInputErrors()
    {
        for (const nlohmann::json &bad : {nlohmann::json(1e300), nlohmann::json(-1e300), nlohmann::json(2.5),
                                          nlohmann::json(static_cast<std::int64_t>(1) << 40)}) {
            const std::string e = errorOf<int>(bad);
            QVERIFY2(e.find("cfg.json") != std::string::npos, e.c_str());
            QVERIFY2(e.find("field 'steps'") != std::string::npos, e.c_str());
            QVERIFY2(e.find("whole number") != std::string::npos, e.c_str());
        }
        QVERIFY(errorOf<std::uint64_t>(nlohmann::json(-1)).find("whole number") != std::string::npos);
        QVERIFY(errorOf<int>(nlohmann::json("12")).find("expected a number") != std::string::npos);
        QVERIFY(errorOf<int>(nlohmann::json(std::nan(""))).find("whole number") != std::string::npos);
    }

    void arraysElementByElement()
    {
        std::vector<int> v;
        jsonGetTo(nlohmann::json::array({1, 2, 4}), v, "f", "field 'channel_mult'");
        QCOMPARE(v, (std::vector<int>{1, 2, 4}));
        try {
            jsonGetTo(nlohmann::json::array({1, 1e300}), v, "f", "field 'channel_mult'");
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.location(), std::string("field 'channel_mult'[1]"));
        }
    }

    // A training configuration with steps 1e300 is refused, naming the field.
    void trainConfigRefusesAHugeStepCount()
    {
        try {
            TrainConfig::fromJson(nlohmann::json::parse(R"({"steps": 1e300})"), "config.json");
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), std::string("config.json"));
            QCOMPARE(e.location(), std::string("field 'steps'"));
        }
        QCOMPARE(TrainConfig::fromJson(nlohmann::json::parse(R"({"steps": 1200})"), "config.json").steps, 1200);
    }

    // The last value(key, default) reads of files (issue 23): a manifest's
    // sample bounds and an AppShot layer normalisation of the wrong type are
    // InputErrors naming the field, not nlohmann's type_error.
    void fileFieldsOfTheWrongTypeNameTheField()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "netsynth-images", "image_size": 4, "classes": ["a"],
                    "samples": [{"label": 0, "min": "small", "max": 1}]})");
        f.close();
        try {
            ImageDataset::load(dir.path().toStdString());
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QVERIFY2(std::string(e.what()).find("manifest.json") != std::string::npos, e.what());
            QCOMPARE(e.location(), std::string("field 'min'"));
        }
        try {
            LayerNormalization::fromJson(nlohmann::json::parse(R"({"transform": "affine", "scale": "big"})"));
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.location(), std::string("field 'scale'"));
        }
        const LayerNormalization n = LayerNormalization::fromJson(nlohmann::json::parse(R"({"offset": 2, "scale": 4})"));
        QCOMPARE(n.offset, 2.0);
        QCOMPARE(n.scale, 4.0);
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_json_document.moc"
