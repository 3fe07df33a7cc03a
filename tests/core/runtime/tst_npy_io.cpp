#include "core/runtime/errors.h"
#include "core/runtime/npy_io.h"

#include <QDir>
#include <QTest>

#include <cstring>
#include <fstream>

using namespace netsynth;

// Builds a .npy file by hand, the way numpy writes it, so the reader is checked
// against the format rather than against our own writer.
static std::string npyBytes(const std::string &descr, bool fortran, const std::string &shape, const void *data,
                            std::size_t bytes)
{
    std::string header = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") +
                         ", 'shape': " + shape + ", }";
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    std::string out = std::string("\x93NUMPY\x01\x00", 8);
    out += static_cast<char>(header.size() & 0xff);
    out += static_cast<char>(header.size() >> 8);
    out += header;
    out.append(static_cast<const char *>(data), bytes);
    return out;
}

class TestNpyIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsInt64CAndFortranOrder()
    {
        const std::int64_t v[6] = {1, 2, 3, 4, 5, 6};
        const auto c = parseNpyDouble(npyBytes("<i8", false, "(2, 3)", v, sizeof v), "c.npy");
        QCOMPARE(c.shape, (std::vector<std::size_t>{2, 3}));
        QCOMPARE(c.values, (std::vector<double>{1, 2, 3, 4, 5, 6}));
        // Fortran order: memory holds column by column: a[0,0], a[1,0], a[0,1], ...
        const auto f = parseNpyDouble(npyBytes("<i8", true, "(2, 3)", v, sizeof v), "f.npy");
        QCOMPARE(f.values, (std::vector<double>{1, 3, 5, 2, 4, 6}));
    }

    void writeThenReadFloat32()
    {
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        const std::string path = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/a.npy";
        std::vector<float> data(2 * 3 * 4);
        for (std::size_t i = 0; i < data.size(); ++i)
            data[i] = 0.5f * i - 3.0f;
        writeNpy(path, {2, 3, 4}, data.data());
        const auto back = readNpyFloat(path);
        QCOMPARE(back.shape, (std::vector<std::size_t>{2, 3, 4}));
        QCOMPARE(back.values, data);
        QCOMPARE(back.sourceDtype, std::string("<f4"));
        // Header is 64-byte aligned as numpy requires.
        std::ifstream in(path, std::ios::binary);
        char pre[10];
        in.read(pre, 10);
        const int len = static_cast<unsigned char>(pre[8]) | (static_cast<unsigned char>(pre[9]) << 8);
        QCOMPARE((10 + len) % 64, 0);
    }

    void oneDimensionalShape()
    {
        const std::string path = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/v.npy";
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        const double v[3] = {1.5, -2.0, 7.25};
        writeNpy(path, {3}, v);
        const auto back = readNpyDouble(path);
        QCOMPARE(back.shape, (std::vector<std::size_t>{3}));
        QCOMPARE(back.values, (std::vector<double>{1.5, -2.0, 7.25}));
    }

    void badInputNamesFileAndPlace()
    {
        try {
            parseNpyDouble("hello world", "x.npy");
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), std::string("x.npy"));
            QCOMPARE(e.location(), std::string("byte 0"));
        }
        const double v[2] = {1, 2};
        std::string truncated = npyBytes("<f8", false, "(4,)", v, sizeof v);
        QVERIFY_THROWS_EXCEPTION(InputError, parseNpyDouble(truncated, "t.npy"));
        QVERIFY_THROWS_EXCEPTION(InputError, parseNpyDouble(npyBytes("<c16", false, "(1,)", v, 16), "c.npy"));
    }
};

QTEST_GUILESS_MAIN(TestNpyIo)
#include "tst_npy_io.moc"
