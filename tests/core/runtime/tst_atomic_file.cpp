#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QDir>
#include <QTest>

using namespace netsynth;

class TestAtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replacesContents()
    {
        const QString dir = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(dir).removeRecursively();
        const std::string path = dir.toStdString() + "/sub/file.txt";
        writeFileAtomically(path, std::string("first"));
        QCOMPARE(readWholeFile(path), std::string("first"));
        writeFileAtomically(path, std::string("second"));
        QCOMPARE(readWholeFile(path), std::string("second"));
        QCOMPARE(QDir(dir + QStringLiteral("/sub")).entryList(QDir::Files).size(), 1); // no temp left
    }

    void failedWriterKeepsOldFile()
    {
        const std::string path = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/keep.txt";
        writeFileAtomically(path, std::string("good"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeFileAtomically(path, [](std::ostream &out) {
            out << "partial";
            throw std::runtime_error("disk on fire");
        }));
        QCOMPARE(readWholeFile(path), std::string("good"));
        QCOMPARE(QDir(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR)).entryList({QStringLiteral("keep.txt.tmp*")}, QDir::Files).size(), 0);
    }

    void missingFileIsInputError()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, readWholeFile("/nonexistent/nowhere.bin"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
