#pragma once
// Help > Guide (F1): the user's documentation inside the app. README.md and
// docs/*.md are embedded at build time under :/guide (with docs/images), so
// the guide always matches the build and needs no network or browser. Pages
// are Markdown rendered by QTextBrowser; links between pages navigate inside
// the guide, web links open in the default browser.

#include <QDialog>
#include <QList>
#include <QUrl>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace netsynth {

class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    struct Page
    {
        QString title; // the page's first "# " heading
        QUrl url;      // qrc:/guide/...
    };

    // README first, then the docs in reading order; a page added to docs/
    // and not yet in that order comes after them, alphabetically.
    static QList<Page> pages();

    explicit GuideDialog(QWidget *parent = nullptr);

    // Shows a page of the guide (a qrc:/guide URL, optionally with a fragment).
    void openPage(const QUrl &url);
    // Selects the next match of text in the current page from the cursor,
    // wrapping around once; false when the page does not contain it.
    bool findText(const QString &text, bool backwards = false);

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *pageList() const { return m_pages; }
    QLineEdit *findField() const { return m_find; }

private:
    void syncPageList(const QUrl &url);

    QListWidget *m_pages;
    QTextBrowser *m_browser;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QList<Page> m_pageList;
};

} // namespace netsynth
