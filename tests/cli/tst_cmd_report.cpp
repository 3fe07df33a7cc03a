// netsynth-cli report on an evaluation folder: files exist, metrics.json has
// the documented keys, report.html is self-contained, report.pdf has pages.
#include "cli_runner.h"
#include "core/eval/evaluation_fixture.h"
#include "core/eval/report_html.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCmdReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesHtmlPdfAndMetrics()
    {
        const QString eval = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/eval");
        const QString out = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/report");
        QDir(eval).removeRecursively();
        QDir(out).removeRecursively();
        const nlohmann::json m = writeFixtureEvaluation(eval.toStdString(), 0.0);
        // The fixture's classes are easy: real->real is near perfect.
        QVERIFY(m["tstr"]["real_real"]["accuracy"].get<double>() > 0.9);

        const CliRun r = runCli({QStringLiteral("report"), eval, QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("files")).toArray().size(), 5);
        for (const char *f : {"report.html", "report.pdf", "metrics.json", "samples_real.png", "samples_synthetic.png"})
            QVERIFY2(QFile::exists(out + QLatin1Char('/') + QLatin1String(f)), f);

        QFile metrics(out + QStringLiteral("/metrics.json"));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QJsonObject mo = QJsonDocument::fromJson(metrics.readAll()).object();
        QVERIFY(mo.contains(QStringLiteral("fid")));
        QVERIFY(mo.value(QStringLiteral("per_class")).toObject().contains(QStringLiteral("video")));
        const QJsonObject tstr = mo.value(QStringLiteral("tstr")).toObject();
        for (const char *k : {"real_real", "synth_real", "mixed_real"}) {
            QVERIFY(tstr.value(QLatin1String(k)).toObject().value(QStringLiteral("accuracy")).isDouble());
            QVERIFY(tstr.value(QLatin1String(k)).toObject().value(QStringLiteral("macro_f1")).isDouble());
        }

        QFile html(out + QStringLiteral("/report.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray h = html.readAll();
        QVERIFY(h.contains("data:image/svg+xml;base64,") && h.contains("data:image/png;base64,"));
        QVERIFY(!h.contains("src=\"chart:") && !h.contains("src=\"samples_"));

        QFile pdf(out + QStringLiteral("/report.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray p = pdf.readAll();
        QVERIFY(p.startsWith("%PDF-"));
        const int pages = p.count("/Type /Page\n") + p.count("/Type /Page\r") + p.count("/Type /Page ") +
                          p.count("/Type /Page/") + p.count("/Type /Page>");
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    }

    // --lang it: the report's words in Italian, its numbers and metrics.json
    // the same as the English report's; a language without a translation is
    // a usage error naming those there are.
    void italianReport()
    {
        const QString eval = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/eval_lang");
        const QString en = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/report_en");
        const QString it = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/report_it");
        for (const QString &d : {eval, en, it})
            QDir(d).removeRecursively();
        const nlohmann::json m = writeFixtureEvaluation(eval.toStdString(), 0.0);
        const CliRun english = runCli({QStringLiteral("report"), eval, QStringLiteral("--out"), en});
        QVERIFY2(english.exitCode == 0, english.err.constData());
        const CliRun italian =
            runCli({QStringLiteral("report"), eval, QStringLiteral("--out"), it, QStringLiteral("--lang"), QStringLiteral("it")});
        QVERIFY2(italian.exitCode == 0, italian.err.constData());
        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray htmlEn = read(en + QStringLiteral("/report.html"));
        const QByteArray htmlIt = read(it + QStringLiteral("/report.html"));
        QVERIFY(htmlEn.contains("<h2>Fidelity</h2>") && htmlEn.contains("evaluation report"));
        QVERIFY2(!htmlIt.contains("<h2>Fidelity</h2>") && !htmlIt.contains("evaluation report"), htmlIt.left(3000).constData());
        QVERIFY(htmlIt.contains("<h2>Fedelt\xc3\xa0</h2>"));
        QVERIFY(htmlIt.contains("rapporto di valutazione"));
        // The numbers are the data's, whatever the language.
        const std::string accuracy = netsynth::ReportHtml::formatNumber(m["tstr"]["real_real"]["accuracy"]);
        QVERIFY(htmlEn.contains(accuracy.c_str()) && htmlIt.contains(accuracy.c_str()));
        QCOMPARE(read(it + QStringLiteral("/metrics.json")), read(en + QStringLiteral("/metrics.json")));
        QVERIFY(read(it + QStringLiteral("/report.pdf")).startsWith("%PDF-"));

        const CliRun french =
            runCli({QStringLiteral("report"), eval, QStringLiteral("--out"), it, QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(french.exitCode, 2);
        QVERIFY2(french.err.contains("--lang fr") && french.err.contains("en, it"), french.err.constData());
    }

    void badInputExitsTwo()
    {
        const CliRun missing = runCli({QStringLiteral("report"), QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/nowhere")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("metrics.json"));
        const QString bad = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/bad");
        QDir().mkpath(bad);
        QFile f(bad + QStringLiteral("/metrics.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"netsynth-evaluation\", ");
        f.close();
        const CliRun broken = runCli({QStringLiteral("report"), bad});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY(broken.err.contains("invalid JSON"));
        QCOMPARE(runCli({QStringLiteral("report")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCmdReport)
#include "tst_cmd_report.moc"
