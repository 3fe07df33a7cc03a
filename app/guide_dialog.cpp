#include "app/guide_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace netsynth {

namespace {
const QString kRoot = QStringLiteral(":/guide");

// The order a newcomer reads the docs in: what goes in, what the models do,
// how results are judged and leave the app, then the record and the inside.
const char *const kReadingOrder[] = {"data-formats.md", "imaging.md",  "diffusion.md",  "baselines.md",
                                     "evaluation.md",   "export.md",   "appshot.md",    "results.md",
                                     "benchmarks.md",   "robustness.md", "architecture.md"};

QString titleOf(const QString &resource)
{
    QFile f(resource);
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.startsWith(QLatin1String("# ")))
                return line.mid(2).remove(QLatin1Char('`')).trimmed();
        }
    }
    return QFileInfo(resource).completeBaseName();
}

QUrl urlOf(const QString &resource) // ":/guide/docs/x.md" -> qrc:/guide/docs/x.md
{
    QUrl url;
    url.setScheme(QStringLiteral("qrc"));
    url.setPath(resource.mid(1));
    return url;
}

QUrl withoutFragment(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery);
}
} // namespace

QList<GuideDialog::Page> GuideDialog::pages()
{
    QList<Page> out;
    const QString readme = kRoot + QStringLiteral("/README.md");
    if (QFile::exists(readme))
        out.append({titleOf(readme), urlOf(readme)});
    QStringList docs = QDir(kRoot + QStringLiteral("/docs")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QStringList ordered;
    for (const char *name : kReadingOrder)
        if (docs.removeAll(QString::fromLatin1(name)) > 0)
            ordered.append(QString::fromLatin1(name));
    ordered.append(docs); // pages not in the reading order yet, alphabetically
    for (const QString &name : ordered) {
        const QString resource = kRoot + QStringLiteral("/docs/") + name;
        out.append({titleOf(resource), urlOf(resource)});
    }
    return out;
}

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent), m_pageList(pages())
{
    setObjectName(QStringLiteral("GuideDialog"));
    setWindowTitle(tr("NetSynth Studio guide"));

    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("GuidePages"));
    m_pages->setWordWrap(true);
    for (const Page &page : m_pageList) {
        auto *item = new QListWidgetItem(page.title, m_pages);
        item->setData(Qt::UserRole, page.url);
        item->setToolTip(page.url.fileName());
    }

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("GuideBrowser"));
    m_browser->setOpenExternalLinks(true); // web links: the default browser; guide pages: here
    m_browser->document()->setDocumentMargin(12);

    auto *back = new QToolButton(this);
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setToolTip(tr("Back (Alt+Left)"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    auto *forward = new QToolButton(this);
    forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    forward->setToolTip(tr("Forward (Alt+Right)"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QToolButton::setEnabled);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("GuideFind"));
    m_find->setPlaceholderText(tr("Find in page (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_findStatus = new QLabel(this);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(findAction);
    auto *findNext = new QAction(this);
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { findText(m_find->text()); });
    addAction(findNext);
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this] { findText(m_find->text(), true); });
    addAction(findPrevious);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findText(m_find->text()); });
    connect(m_find, &QLineEdit::textChanged, m_findStatus, &QLabel::clear);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(forward);
    top->addStretch(1);
    top->addWidget(m_findStatus);
    top->addWidget(m_find, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 760});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_pages, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && withoutFragment(m_browser->source()) != item->data(Qt::UserRole).toUrl())
            m_browser->setSource(item->data(Qt::UserRole).toUrl());
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &GuideDialog::syncPageList);

    // 1000 x 700, or less on a small screen.
    QSize size(1000, 700);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);

    if (!m_pageList.isEmpty())
        openPage(m_pageList.front().url);
    else
        m_browser->setPlainText(tr("This build has no embedded guide."));
}

void GuideDialog::openPage(const QUrl &url)
{
    m_browser->setSource(url); // .md: rendered as Markdown
}

bool GuideDialog::findText(const QString &text, bool backwards)
{
    m_findStatus->clear();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return true;
    // Wrap around once: from the other end of the page.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    if (m_browser->find(text, flags))
        return true;
    m_findStatus->setText(tr("Not found"));
    return false;
}

void GuideDialog::syncPageList(const QUrl &url)
{
    // A relative source (setSource("export.md")) names a page by its file.
    const QUrl page = withoutFragment(url);
    for (int row = 0; row < m_pages->count(); ++row) {
        const QUrl item = m_pages->item(row)->data(Qt::UserRole).toUrl();
        if (item == page || (page.isRelative() && item.path().endsWith(QLatin1Char('/') + page.path()))) {
            const QSignalBlocker block(m_pages);
            m_pages->setCurrentRow(row);
            return;
        }
    }
}

} // namespace netsynth
