// EncodeSpec: JSON round trip, defaults, and errors that name the field.
#include "core/imaging/encode_spec.h"
#include "core/runtime/errors.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace netsynth;

class TestEncodeSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Snapping to the training vocabulary: the nearest value of the class and
    // position (the lower on a tie), nothing for unknown classes, positions
    // past the vocabulary or an empty position; JSON round trip; bad
    // vocabularies name the field.
    void snapToVocabulary()
    {
        EncodeSpec s;
        s.length = 4;
        s.imageSize = 4;
        s.vocabulary["Discord"] = {{-1448, 100, 517}, {}, {-24, 28}};
        std::vector<double> v = {480, 7, 3, 9};
        netsynth::snapToVocabulary(v, s, "Discord");
        QCOMPARE(v, (std::vector<double>{480, 7, 3, 9})); // snap none: untouched
        s.snap = ValueSnap::ClassPosition;
        QVERIFY(s.needsFit() == false);
        netsynth::snapToVocabulary(v, s, "Discord");
        QCOMPARE(v, (std::vector<double>{517, 7, 28, 9}));
        v = {308.5, 0, 2, -2000};
        netsynth::snapToVocabulary(v, s, "Discord");
        QCOMPARE(v, (std::vector<double>{100, 0, -24, -2000})); // 308.5 is nearer 100; 2 is 26 from -24 and from 28: the lower
        v = {-5000, 0, 2};
        netsynth::snapToVocabulary(v, s, "Discord");
        QCOMPARE(v[0], -1448.0);
        v = {517, 1};
        netsynth::snapToVocabulary(v, s, "Whatsapp");
        QCOMPARE(v, (std::vector<double>{517, 1}));
        EncodeSpec tie = s;
        tie.vocabulary["Discord"] = {{0, 10}};
        v = {5};
        netsynth::snapToVocabulary(v, tie, "Discord");
        QCOMPARE(v[0], 0.0);

        const nlohmann::json j = s.toJson();
        QCOMPARE(j.at("snap").get<std::string>(), std::string("class-position"));
        QCOMPARE(j.at("snap_min_count").get<int>(), 3);
        QCOMPARE(j.at("vocabulary").at("Discord").size(), std::size_t(3));
        QVERIFY(EncodeSpec::fromJson(nlohmann::json::parse(j.dump())) == s);
        QVERIFY(QString::fromStdString(s.describe()).contains(QStringLiteral("snapped")));
        QVERIFY(!EncodeSpec().toJson().contains("snap")); // older specs keep their JSON
        EncodeSpec unfitted;
        unfitted.snap = ValueSnap::ClassPosition;
        QVERIFY(unfitted.needsFit());

        nlohmann::json bad = j;
        bad["vocabulary"]["Discord"][0] = {517, 100};
        try {
            EncodeSpec::fromJson(bad, "manifest.json");
            QFAIL("an unsorted vocabulary was accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), std::string("manifest.json"));
            QVERIFY2(QString::fromStdString(e.location()).contains(QStringLiteral("vocabulary")), e.what());
        }
        bad = j;
        bad["vocabulary"]["Discord"][1] = {"x"};
        QVERIFY_THROWS_EXCEPTION(InputError, EncodeSpec::fromJson(bad));
        bad = j;
        bad["vocabulary"]["Discord"] = nlohmann::json::array({{1}, {2}, {3}, {4}, {5}}); // 5 positions > length 4
        QVERIFY_THROWS_EXCEPTION(InputError, EncodeSpec::fromJson(bad));
        bad = j;
        bad["snap_min_count"] = 0;
        QVERIFY_THROWS_EXCEPTION(InputError, EncodeSpec::fromJson(bad));
        QVERIFY_THROWS_EXCEPTION(InputError, parseSnap("class"));
        QCOMPARE(parseSnap("none"), ValueSnap::None);
    }

    void defaultIsLosslessGasf()
    {
        const EncodeSpec s;
        QCOMPARE(s.encoder, EncoderKind::Gasf);
        QCOMPARE(s.length, s.imageSize);
        QCOMPARE(s.gamma, 0.25);
        QCOMPARE(s.amplitude, 1.0);
        QVERIFY(s.invertible());
        QVERIFY(s.paaLossless());
    }

    void jsonRoundTrip()
    {
        EncodeSpec s;
        s.feature = SeriesFeature::Iat;
        s.logScale = true;
        s.binSeconds = 0.25;
        s.length = 48;
        s.padding = PaddingPolicy::MarkLength;
        s.markLevel = 0.2;
        s.normalisation = Normalisation::Dataset;
        s.datasetMin = -3;
        s.datasetMax = 1500;
        s.encoder = EncoderKind::Gadf;
        s.imageSize = 96;
        s.mtfBins = 5;
        s.gamma = 0.7;
        s.amplitude = 2.5;
        const nlohmann::json j = s.toJson();
        QCOMPARE(j.at("feature").get<std::string>(), std::string("iat"));
        QCOMPARE(j.at("padding").get<std::string>(), std::string("mark-length"));
        QCOMPARE(j.at("encoder").get<std::string>(), std::string("gadf"));
        QCOMPARE(j.at("image_size").get<int>(), 96);
        const EncodeSpec back = EncodeSpec::fromJson(nlohmann::json::parse(j.dump()));
        QVERIFY(back == s);
        QCOMPARE(back.datasetMax, 1500.0);
        QVERIFY(back.paaLossless()); // 96 = 2 x 48
        QVERIFY(back.invertible());
    }

    // Quantile normalisation: the knots round-trip through JSON (and are only
    // written for it), a value shared by many knots maps to the middle of its
    // plateau and back exactly from anywhere on it, and bad knots name the field.
    void quantileKnots()
    {
        std::vector<double> values;
        for (int i = 0; i < 600; ++i) values.push_back(517);   // 60 % of the values: one size
        for (int i = 0; i < 400; ++i) values.push_back(-1448 + i); // a continuous part
        const std::vector<double> knots = fitQuantileKnots(values, 100);
        QCOMPARE(int(knots.size()), 101);
        QCOMPARE(knots.front(), -1448.0);
        QCOMPARE(knots.back(), 517.0);
        QVERIFY(std::is_sorted(knots.begin(), knots.end()));
        // 517 holds the knots from rank 0.4 on: its unit is the plateau's middle
        const double u = quantileUnit(knots, 517);
        QVERIFY2(std::abs(u - 0.7) < 0.011, qPrintable(QString::number(u)));
        for (double du : {-0.25, -0.1, 0.0, 0.1, 0.29})
            QCOMPARE(quantileValue(knots, u + du), 517.0);
        // the continuous part inverts to within a byte, outside values clamp
        for (double v : {-1448.0, -1300.5, -1100.0})
            QVERIFY2(std::abs(quantileValue(knots, quantileUnit(knots, v)) - v) < 1.0, qPrintable(QString::number(v)));
        QCOMPARE(quantileUnit(knots, -5000), 0.0);
        QCOMPARE(quantileUnit(knots, 5000), 1.0);

        EncodeSpec s;
        QVERIFY(!s.toJson().contains("quantiles"));
        s.normalisation = Normalisation::Quantile;
        QVERIFY(s.needsFit());
        s.quantiles = knots;
        QVERIFY(!s.needsFit());
        QCOMPARE(s.fromUnit(s.toUnit(517, 0, 0), 0, 0), 517.0);
        const nlohmann::json j = s.toJson();
        QCOMPARE(j.at("normalisation").get<std::string>(), std::string("quantile"));
        QCOMPARE(j.at("quantiles").size(), std::size_t(101));
        QVERIFY(EncodeSpec::fromJson(nlohmann::json::parse(j.dump())) == s);
        QVERIFY(QString::fromStdString(s.describe()).contains(QStringLiteral("quantiles")));

        nlohmann::json bad = j;
        bad["quantiles"][5] = -99999;
        try {
            EncodeSpec::fromJson(bad, "manifest.json");
            QFAIL("decreasing knots were accepted");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.file()), QStringLiteral("manifest.json"));
            QVERIFY2(QString::fromStdString(e.location()).contains(QStringLiteral("quantiles")), e.what());
        }
        bad["quantiles"][5] = "x";
        QVERIFY_THROWS_EXCEPTION(InputError, EncodeSpec::fromJson(bad));
        QVERIFY_THROWS_EXCEPTION(InputError, parseNormalisation("quantiles"));
        QCOMPARE(parseNormalisation("quantile"), Normalisation::Quantile);
    }

    void missingFieldsTakeDefaults()
    {
        const EncodeSpec s = EncodeSpec::fromJson(nlohmann::json{{"image_size", 16}, {"length", 64}});
        QCOMPARE(s.imageSize, 16);
        QCOMPARE(s.feature, SeriesFeature::SignedSize);
        QVERIFY(!s.paaLossless());
        QVERIFY(!s.invertible());
    }

    void badValuesNameTheField_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("feature") << R"({"feature":"colour"})" << "spec.feature";
        QTest::newRow("encoder") << R"({"encoder":"rp"})" << "spec.encoder";
        QTest::newRow("gamma") << R"({"gamma":0})" << "gamma";
        QTest::newRow("gamma type") << R"({"gamma":"x"})" << "spec.gamma";
        QTest::newRow("length") << R"({"length":0})" << "length";
        QTest::newRow("size frac") << R"({"image_size":3.5})" << "spec.image_size";
        QTest::newRow("amplitude") << R"({"amplitude":-1})" << "amplitude";
        QTest::newRow("bounds") << R"({"dataset_min":5,"dataset_max":1})" << "dataset_min";
        QTest::newRow("log") << R"({"log_scale":1})" << "spec.log_scale";
    }

    void badValuesNameTheField()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        try {
            EncodeSpec::fromJson(nlohmann::json::parse(json.toStdString()), "m.json");
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.file()), QStringLiteral("m.json"));
            QVERIFY2(QString::fromStdString(e.location()).contains(field), e.what());
        }
    }

    void describeSaysWhatTheImagesHold()
    {
        QCOMPARE(QString::fromStdString(EncodeSpec().describe()),
                 QStringLiteral("GASF 32x32, gamma 0.25, A 1 | signed packet size (+ up, - down), first 32 packets, "
                                "zero padding, normalised per series"));
        EncodeSpec s;
        s.feature = SeriesFeature::BytesPerBin;
        s.binSeconds = 0.5;
        s.length = 64;
        s.imageSize = 32;
        s.logScale = true;
        s.normalisation = Normalisation::Dataset;
        s.datasetMin = 0;
        s.datasetMax = 1500;
        s.gamma = 0.3;
        QCOMPARE(QString::fromStdString(s.describe()),
                 QStringLiteral("GASF 32x32, gamma 0.3, A 1 | bytes per 0.5 s bin, log-scaled, first 64 bins, "
                                "zero padding, normalised to the dataset's [0, 1500], PAA 64 -> 32"));
    }

    void namesParse()
    {
        for (auto f : {SeriesFeature::SignedSize, SeriesFeature::Size, SeriesFeature::Iat, SeriesFeature::BytesPerBin})
            QCOMPARE(parseFeature(featureName(f)), f);
        for (auto e : {EncoderKind::Gasf, EncoderKind::Gadf, EncoderKind::Mtf})
            QCOMPARE(parseEncoder(encoderName(e)), e);
        QVERIFY_THROWS_EXCEPTION(InputError, parseFeature("bytes"));
    }
};

QTEST_GUILESS_MAIN(TestEncodeSpec)
#include "tst_encode_spec.moc"
