// writeSampleExports: series.csv holds one row per image in manifest order with
// its class name and the series the images were made from (encoded here
// independently of core/imaging); one contact sheet per class with the grid
// size of its image count; sets that cannot be inverted still get sheets.
#include "core/diffusion/sample_export.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/progress.h"

#include "core/diffusion/toy_gasf.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace netsynth;

namespace {

struct PngSize
{
    int width = 0;
    int height = 0;
};

// Width and height from the PNG's IHDR chunk (bytes 16..23, big-endian).
PngSize pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    auto be = [&](int at) {
        return (static_cast<unsigned char>(head[at]) << 24) | (static_cast<unsigned char>(head[at + 1]) << 16) |
               (static_cast<unsigned char>(head[at + 2]) << 8) | static_cast<unsigned char>(head[at + 3]);
    };
    return {static_cast<int>(be(16)), static_cast<int>(be(20))};
}

std::vector<std::vector<std::string>> readCsv(const std::string &path)
{
    std::ifstream in(path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ','))
            cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

} // namespace

class TestSampleExport : public QObject
{
    Q_OBJECT
private:
    QString m_root;

private Q_SLOTS:
    void initTestCase()
    {
        m_root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
    }

    void geometry()
    {
        // 5 images of 16x16: 3 columns x 2 rows of 64 px cells (scale 4).
        const ContactSheetGeometry g = contactSheetGeometry(5, 16);
        QCOMPARE(g.columns, 3);
        QCOMPARE(g.rows, 2);
        QCOMPARE(g.cell, 64);
        QCOMPARE(g.width, 2 + 3 * 66);
        QCOMPARE(g.height, 20 + 2 + 2 * 66);
        // 16 images of 32x32: 4 x 4, cells of 64 (scale 2); 128x128 stays 128.
        QCOMPARE(contactSheetGeometry(16, 32).columns, 4);
        QCOMPARE(contactSheetGeometry(16, 32).rows, 4);
        QCOMPARE(contactSheetGeometry(17, 32).columns, 5);
        QCOMPARE(contactSheetGeometry(17, 32).rows, 4);
        QCOMPARE(contactSheetGeometry(1, 128).cell, 128);
        QCOMPARE(contactSheetGeometry(1, 24).cell, 72);
        QCOMPARE(contactSheetFileName(3, "com.whats app/x"), std::string("contact_03_com.whats_app_x.png"));
    }

    void csvAndSheets()
    {
        std::vector<std::vector<double>> series;
        const ImageDataset set = toy::makeEncodedToySet(16, 5, &series);
        const std::string out = (m_root + QStringLiteral("/set")).toStdString();
        set.save(out);
        ProgressToken token;
        const SampleExports e = writeSampleExports(set, out, token, 64);
        QVERIFY2(!e.csv.empty(), e.csvNote.c_str());
        QCOMPARE(e.series, set.count());

        const auto rows = readCsv(e.csv);
        QCOMPARE(rows.size(), set.count() + 1);
        QCOMPARE(rows[0][0], std::string("label"));
        QCOMPARE(rows[0][1], std::string("length"));
        QCOMPARE(rows[0].size(), std::size_t(2 + 16));
        const ImageDataset reloaded = ImageDataset::load(out); // the manifest as written
        for (std::size_t i = 0; i < reloaded.count(); ++i) {
            const auto &row = rows[i + 1];
            QCOMPARE(row[0], reloaded.classes[static_cast<std::size_t>(reloaded.samples[i].label)]);
            QCOMPARE(std::stoi(row[1]), 16);
            QCOMPARE(row.size(), std::size_t(2 + 16));
            for (int k = 0; k < 16; ++k)
                QCOMPARE(std::stod(row[static_cast<std::size_t>(2 + k)]), series[i][static_cast<std::size_t>(k)]);
        }

        QCOMPARE(e.contactSheets.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(e.contactSheets[0]), m_root + QStringLiteral("/set/contact_00_big-small.png"));
        QCOMPARE(QString::fromStdString(e.contactSheets[1]), m_root + QStringLiteral("/set/contact_01_rising.png"));
        for (const std::string &sheet : e.contactSheets) {
            const PngSize size = pngSize(QString::fromStdString(sheet));
            QCOMPARE(size.width, 2 + 3 * 66); // 5 images: 3 x 2
            QCOMPARE(size.height, 20 + 2 + 2 * 66);
        }
        // At most maxPerSheet images on a sheet.
        const SampleExports few = writeSampleExports(set, out, token, 2);
        const PngSize size = pngSize(QString::fromStdString(few.contactSheets[1]));
        QCOMPARE(size.width, 2 + 2 * 66);
        QCOMPARE(size.height, 20 + 2 + 66);
    }

    void notInvertibleStillGetsSheets()
    {
        ImageDataset set = toy::makeEncodedToySet(16, 2);
        set.spec["encoder"] = "mtf";
        const std::string out = (m_root + QStringLiteral("/mtf")).toStdString();
        set.save(out);
        ProgressToken token;
        const SampleExports e = writeSampleExports(set, out, token);
        QVERIFY(e.csv.empty());
        QVERIFY2(QString::fromStdString(e.csvNote).contains(QStringLiteral("MTF"), Qt::CaseInsensitive), e.csvNote.c_str());
        QVERIFY(!QFile::exists(m_root + QStringLiteral("/mtf/series.csv")));
        QCOMPARE(e.contactSheets.size(), std::size_t(2));
        QCOMPARE(pngSize(QString::fromStdString(e.contactSheets[0])).width, 2 + 2 * 66);
    }

    void onlySampledClassesGetSheets()
    {
        ImageDataset set = toy::makeEncodedToySet(16, 3);
        ImageDataset onlyRising = set;
        onlyRising.pixels.clear();
        onlyRising.samples.clear();
        for (std::size_t i = 0; i < set.count(); ++i)
            if (set.samples[i].label == 1)
                onlyRising.append(set.image(i), set.samples[i]);
        const std::string out = (m_root + QStringLiteral("/rising")).toStdString();
        onlyRising.save(out);
        ProgressToken token;
        const SampleExports e = writeSampleExports(onlyRising, out, token);
        QCOMPARE(e.contactSheets.size(), std::size_t(1));
        QVERIFY(QFile::exists(m_root + QStringLiteral("/rising/contact_01_rising.png")));
        QCOMPARE(readCsv(e.csv).size(), std::size_t(1 + 3));
    }
};

QTEST_MAIN(TestSampleExport)
#include "tst_sample_export.moc"
