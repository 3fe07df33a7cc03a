// Help > Guide: the README and every page of docs/ are in the build, in
// reading order, every relative link and image of every page resolves inside
// the guide, links navigate with history, and find-in-page works.

#include "app/guide_dialog.h"
#include "app/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

using namespace netsynth;

namespace {
QString resourceOf(const QUrl &url) // qrc:/guide/x -> :/guide/x
{
    return QStringLiteral(":") + url.path();
}
} // namespace

class TestGuideDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyDocIsAPageInReadingOrder()
    {
        const QList<GuideDialog::Page> pages = GuideDialog::pages();
        const QStringList docs =
            QDir(QStringLiteral(NETSYNTH_SOURCE_DIR "/docs")).entryList({QStringLiteral("*.md")}, QDir::Files);
        QCOMPARE(pages.size(), docs.size() + 1);
        QCOMPARE(pages.front().url.fileName(), QStringLiteral("README.md"));
        QCOMPARE(pages.front().title, QStringLiteral("NetSynth Studio"));
        QStringList names;
        for (const auto &page : pages)
            names.append(page.url.fileName());
        for (const QString &doc : docs)
            QVERIFY2(names.contains(doc), qPrintable(doc));
        // The reading order: formats before imaging before diffusion, the record after.
        QVERIFY(names.indexOf(QStringLiteral("data-formats.md")) < names.indexOf(QStringLiteral("imaging.md")));
        QVERIFY(names.indexOf(QStringLiteral("diffusion.md")) < names.indexOf(QStringLiteral("results.md")));
        // Titles are the pages' headings, without Markdown code marks.
        for (const auto &page : pages) {
            QVERIFY2(!page.title.isEmpty() && !page.title.contains(QLatin1Char('`')), qPrintable(page.title));
            if (page.url.fileName() == QLatin1String("evaluation.md"))
                QCOMPARE(page.title, QStringLiteral("Evaluation and reports"));
        }
    }

    // A broken link in docs/ fails here: every relative link goes to a page of
    // the guide (or an anchor in one), every image is embedded.
    void everyLinkAndImageResolves()
    {
        GuideDialog dialog;
        int links = 0, images = 0;
        for (const auto &page : GuideDialog::pages()) {
            dialog.openPage(page.url);
            QTextDocument *doc = dialog.browser()->document();
            QVERIFY2(doc->characterCount() > 100, qPrintable(page.url.toString()));
            for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    const QString where = page.url.fileName() + QStringLiteral(": ");
                    if (format.isImageFormat()) {
                        const QUrl image = page.url.resolved(QUrl(format.toImageFormat().name()));
                        QVERIFY2(QFile::exists(resourceOf(image)), qPrintable(where + image.toString()));
                        ++images;
                    } else if (format.isAnchor()) {
                        const QUrl href(format.anchorHref());
                        if (!href.isRelative() || href.path().isEmpty())
                            continue; // web links and in-page anchors
                        const QUrl target = page.url.resolved(href).adjusted(QUrl::RemoveFragment);
                        QVERIFY2(target.path().endsWith(QLatin1String(".md")) && QFile::exists(resourceOf(target)),
                                 qPrintable(where + href.toString()));
                        ++links;
                    }
                }
            }
        }
        QVERIFY2(links >= 10, qPrintable(QString::number(links)));
        QVERIFY(images >= 2); // README's window, the AppShot figures
    }

    void linksNavigateWithHistoryAndTheListFollows()
    {
        GuideDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.browser()->source().fileName(), QStringLiteral("README.md"));
        QCOMPARE(dialog.pageList()->currentRow(), 0);
        // The README's own text is rendered as Markdown, not shown as source.
        QVERIFY(!dialog.browser()->toPlainText().contains(QLatin1String("](docs/")));

        // Choosing a page in the list shows it; a link inside it navigates.
        const auto pages = GuideDialog::pages();
        int evaluation = -1;
        for (int i = 0; i < pages.size(); ++i)
            if (pages[i].url.fileName() == QLatin1String("evaluation.md"))
                evaluation = i;
        QVERIFY(evaluation > 0);
        dialog.pageList()->setCurrentRow(evaluation);
        QCOMPARE(dialog.browser()->source().fileName(), QStringLiteral("evaluation.md"));
        QVERIFY(dialog.browser()->toPlainText().contains(QLatin1String("Evaluation and reports")));

        dialog.browser()->setSource(QUrl(QStringLiteral("export.md"))); // relative, as a clicked link is
        QCOMPARE(dialog.browser()->source().fileName(), QStringLiteral("export.md"));
        QCOMPARE(dialog.pageList()->currentItem()->data(Qt::UserRole).toUrl().fileName(), QStringLiteral("export.md"));
        QVERIFY(dialog.browser()->isBackwardAvailable());
        dialog.browser()->backward();
        QCOMPARE(dialog.browser()->source().fileName(), QStringLiteral("evaluation.md"));
        QCOMPARE(dialog.pageList()->currentRow(), evaluation);

        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        QVERIFY(dialog.grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/guide_evaluation.png")));
    }

    void findInPageSelectsAndWraps()
    {
        GuideDialog dialog;
        const auto pages = GuideDialog::pages();
        for (const auto &page : pages)
            if (page.url.fileName() == QLatin1String("export.md"))
                dialog.openPage(page.url);
        QVERIFY(dialog.findText(QStringLiteral("pcapng")));
        const int first = dialog.browser()->textCursor().selectionStart();
        QCOMPARE(dialog.browser()->textCursor().selectedText().toLower(), QStringLiteral("pcapng"));
        QVERIFY(dialog.findText(QStringLiteral("pcapng")));
        QVERIFY(dialog.browser()->textCursor().selectionStart() > first);
        // Past the last match it wraps to the first.
        int guard = 0;
        while (dialog.browser()->textCursor().selectionStart() != first && guard++ < 1000)
            QVERIFY(dialog.findText(QStringLiteral("pcapng")));
        QCOMPARE(dialog.browser()->textCursor().selectionStart(), first);
        QVERIFY(!dialog.findText(QStringLiteral("no such words in this page zq")));
    }

    // F1 opens the guide from the main window, once: a second F1 raises it.
    void f1OpensOneGuide()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *action = w.findChild<QAction *>(QStringLiteral("GuideAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents).isEmpty()
                                         ? QKeySequence(Qt::Key_F1)
                                         : QKeySequence(QKeySequence::HelpContents));
        action->trigger();
        action->trigger();
        const auto guides = w.findChildren<GuideDialog *>();
        QCOMPARE(guides.size(), 1);
        QTRY_VERIFY(guides.front()->isVisible());
    }
};

QTEST_MAIN(TestGuideDialog)
#include "tst_guide_dialog.moc"
