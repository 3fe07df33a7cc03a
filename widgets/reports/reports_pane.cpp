#include "widgets/reports/reports_pane.h"

#include "core/eval/report_html.h"
#include "core/eval/report_kind.h"
#include "core/eval/report_warnings.h"
#include "core/runtime/errors.h"
#include "reports/report_document.h"

#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace netsynth {

namespace {
// The kind's summary line and how many warnings the report shows on top.
QString summaryOf(const nlohmann::json &m)
{
    const nlohmann::json shown = ReportWarnings::forDisplay(m);
    QString summary = QString::fromStdString(ReportKind::of(m).summaryLine(m));
    if (!shown.empty())
        summary += ReportsPane::tr(" | %n warning(s), shown on top of the report", "", int(shown.size()));
    return summary;
}

// A report folder's short name: its parent and its own name ("alexa/report",
// "eval/dg"), since the pipeline names every report folder "report" and
// every generator's evaluation after the generator.
QString shortNameOf(const QString &folder)
{
    const QFileInfo info(folder);
    const QString parent = info.absoluteDir().dirName();
    return parent.isEmpty() ? info.fileName() : parent + QLatin1Char('/') + info.fileName();
}

// One spelling per folder (symlinks and "..", trailing slashes resolved), so
// a report found by a scan and the same report added after a run are one entry.
QString folderKey(const QString &folder)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

// List entry of a report folder: kinds other than the evaluation are tagged ("[AppShot]").
QListWidgetItem *makeItem(const QString &text, const QString &folder, QListWidget *list)
{
    const ReportKind *kind = nullptr;
    try {
        kind = ReportKind::find(ReportHtml::loadMetrics(folder.toStdString()));
    } catch (const std::exception &) {
        // Unreadable: listed as is; showing it explains the error.
    }
    const QString tag = kind ? QString::fromStdString(kind->listTag()) : QString();
    auto *item = new QListWidgetItem(tag.isEmpty() ? text : ReportsPane::tr("%1 [%2]").arg(text, tag), list);
    item->setData(Qt::UserRole, folder);
    item->setToolTip(tag.isEmpty() ? folder
                                   : ReportsPane::tr("%1 (%2)").arg(folder, QString::fromStdString(kind->description())));
    return item;
}

QTextBrowser *makeBrowser(QWidget *parent)
{
    auto *b = new QTextBrowser(parent);
    b->setOpenLinks(false);
    return b;
}
} // namespace

ReportsPane::ReportsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ReportsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto addButton = [&](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
        return b;
    };
    QToolButton *open = addButton(tr("Open folder..."), tr("List the reports found under a folder"));
    QToolButton *refreshButton = addButton(tr("Refresh"), tr("Scan the folder again"));
    m_compareButton = addButton(tr("Compare"), tr("Select two reports in the list to compare them side by side"));
    QToolButton *browser = addButton(tr("Open HTML"), tr("Open report.html of the shown report in the web browser"));
    m_exportButton = addButton(tr("Export traffic..."),
                               tr("Write the shown report's synthetic set as pcapng, pcap, MIRAGE JSON or CSV"));
    m_exportButton->setObjectName(QStringLiteral("ExportReportTraffic"));
    m_exportButton->setEnabled(false);
    m_realVsSynthButton = addButton(tr("Real vs synthetic..."),
                                    tr("The shown report's real and synthetic series per class, side by side"));
    m_realVsSynthButton->setObjectName(QStringLiteral("CompareReportSets"));
    m_realVsSynthButton->setEnabled(false);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("ReportsList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumWidth(180);
    m_stack = new QStackedWidget(split);
    m_single = makeBrowser(m_stack);
    m_single->setObjectName(QStringLiteral("ReportView"));
    m_single->setHtml(tr("<h3>Reports</h3><p>Fidelity and TSTR reports of generated traffic, and AppShot "
                         "leave-one-city-out reports of generated city traffic maps.</p>"
                         "<p>Use <i>Open folder...</i> to list the reports under a folder, or create one with "
                         "<i>Tools &gt; Evaluate synthetic images</i>, <i>Tools &gt; Run full pipeline</i> or "
                         "<i>Evaluate...</i> in the AppShot Map pane. "
                         "Select two reports and press <i>Compare</i> to see them side by side.</p>"));
    m_stack->addWidget(m_single);
    auto *compare = new QSplitter(Qt::Vertical, m_stack);
    m_compareTable = makeBrowser(compare);
    m_compareTable->setObjectName(QStringLiteral("CompareTable"));
    auto *sides = new QSplitter(Qt::Horizontal, compare);
    auto column = [&](QLabel *&title, QTextBrowser *&browserOut) {
        auto *w = new QWidget(sides);
        auto *v = new QVBoxLayout(w);
        v->setContentsMargins(0, 0, 0, 0);
        title = new QLabel(w);
        title->setWordWrap(true);
        browserOut = makeBrowser(w);
        v->addWidget(title);
        v->addWidget(browserOut, 1);
    };
    column(m_leftTitle, m_left);
    column(m_rightTitle, m_right);
    compare->setStretchFactor(0, 1);
    compare->setStretchFactor(1, 4);
    m_stack->addWidget(compare);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);

    connect(open, &QToolButton::clicked, this, &ReportsPane::chooseRoot);
    connect(refreshButton, &QToolButton::clicked, this, &ReportsPane::refresh);
    connect(m_compareButton, &QToolButton::clicked, this, &ReportsPane::compareSelected);
    connect(browser, &QToolButton::clicked, this, &ReportsPane::openInBrowser);
    connect(m_exportButton, &QToolButton::clicked, this,
            [this] { Q_EMIT exportRequested(m_currentSynthetic, m_currentData); });
    connect(m_realVsSynthButton, &QToolButton::clicked, this,
            [this] { Q_EMIT compareRequested(m_currentReal, m_currentSynthetic); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ReportsPane::onSelectionChanged);
}

void ReportsPane::chooseRoot()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder with reports"), m_root);
    if (!dir.isEmpty())
        setRoot(dir);
}

void ReportsPane::setRoot(const QString &root)
{
    m_root = root;
    refresh();
    Q_EMIT rootChanged(root);
}

void ReportsPane::refresh()
{
    if (m_root.isEmpty())
        return;
    QStringList found;
    QDirIterator it(m_root, {QStringLiteral("metrics.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (QDir(m_root).relativeFilePath(file).count(QLatin1Char('/')) <= 4)
            found << folderKey(QFileInfo(file).absolutePath());
    }
    found.sort();
    for (const QString &f : found)
        if (!reports().contains(f))
            makeItem(QDir(m_root).relativeFilePath(f) == QStringLiteral(".") ? shortNameOf(f)
                                                                             : QDir(m_root).relativeFilePath(f),
                     f, m_list);
}

QStringList ReportsPane::reports() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ReportsPane::addReport(const QString &folder)
{
    const QString abs = folderKey(folder);
    if (!reports().contains(abs))
        makeItem(shortNameOf(abs), abs, m_list);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == abs) {
            m_list->clearSelection();
            m_list->setCurrentRow(i);
        }
    showReport(abs);
}

void ReportsPane::showMessage(const QString &text)
{
    m_stack->setCurrentWidget(m_single);
    m_single->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(text.toHtmlEscaped()));
}

bool ReportsPane::showReport(const QString &folder)
{
    try {
        const nlohmann::json metrics = ReportHtml::loadMetrics(folder.toStdString());
        auto doc = ReportDocument::build(metrics, folder);
        // Parented to the browser: setDocument() deletes the previous one it owned.
        QTextDocument *d = doc.release();
        d->setParent(m_single);
        m_single->setDocument(d);
        m_single->moveCursor(QTextCursor::Start);
        m_stack->setCurrentWidget(m_single);
        m_current = folder;
        m_single->setToolTip(summaryOf(metrics));
        // A report of generated traffic names its synthetic set: offer to export it.
        const auto text = [&](const char *block, const char *key) {
            const auto b = metrics.find(block);
            if (b == metrics.end() || !b->is_object() || !b->contains(key) || !(*b)[key].is_string())
                return QString();
            const QString p = QString::fromStdString((*b)[key].get<std::string>());
            return QFileInfo::exists(p) ? p : QString();
        };
        m_currentSynthetic = text("dataset", "synthetic");
        m_currentData = text("pipeline", "data");
        m_currentReal = text("dataset", "real");
        m_exportButton->setEnabled(!m_currentSynthetic.isEmpty());
        m_realVsSynthButton->setEnabled(!m_currentSynthetic.isEmpty() && !m_currentReal.isEmpty());
        return true;
    } catch (const std::exception &e) {
        m_currentSynthetic.clear();
        m_currentReal.clear();
        m_exportButton->setEnabled(false);
        m_realVsSynthButton->setEnabled(false);
        showMessage(tr("Cannot show the report in %1: %2").arg(folder, QString::fromStdString(e.what())));
        return false;
    }
}

bool ReportsPane::compareReports(const QString &a, const QString &b)
{
    try {
        const nlohmann::json ma = ReportHtml::loadMetrics(a.toStdString());
        const nlohmann::json mb = ReportHtml::loadMetrics(b.toStdString());
        // Column names: the short names, or the whole paths where those are the same.
        QString na = shortNameOf(a), nb = shortNameOf(b);
        if (na == nb) {
            na = QFileInfo(a).absoluteFilePath();
            nb = QFileInfo(b).absoluteFilePath();
        }
        m_compareTable->setHtml(QString::fromStdString(
            ReportHtml::compare(ma, na.toStdString(), mb, nb.toStdString())));
        const auto put = [](QTextBrowser *browser, const nlohmann::json &m, const QString &folder) {
            QTextDocument *d = ReportDocument::build(m, folder).release();
            d->setParent(browser);
            browser->setDocument(d);
            browser->moveCursor(QTextCursor::Start);
        };
        put(m_left, ma, a);
        put(m_right, mb, b);
        m_leftTitle->setText(tr("<b>A:</b> %1").arg(a.toHtmlEscaped()));
        m_rightTitle->setText(tr("<b>B:</b> %1").arg(b.toHtmlEscaped()));
        m_stack->setCurrentIndex(1);
        return true;
    } catch (const std::exception &e) {
        showMessage(tr("Cannot compare the reports: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

void ReportsPane::onSelectionChanged()
{
    const auto selected = m_list->selectedItems();
    m_compareButton->setEnabled(selected.size() == 2);
    if (selected.size() == 1)
        showReport(selected.front()->data(Qt::UserRole).toString());
}

void ReportsPane::compareSelected()
{
    const auto selected = m_list->selectedItems();
    if (selected.size() != 2) {
        showMessage(tr("Select exactly two reports to compare (Ctrl+click)."));
        return;
    }
    compareReports(selected[0]->data(Qt::UserRole).toString(), selected[1]->data(Qt::UserRole).toString());
}

void ReportsPane::openInBrowser()
{
    if (m_current.isEmpty())
        return;
    const QString html = QDir(m_current).filePath(QStringLiteral("report.html"));
    if (!QFileInfo::exists(html)) {
        // An evaluation without --report: write report.html and report.pdf beside its metrics.json.
        try {
            ReportDocument::writeReport(m_current, m_current);
        } catch (const std::exception &e) {
            showMessage(tr("Cannot write %1: %2").arg(html, QString::fromStdString(e.what())));
            return;
        }
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(html)))
        showMessage(tr("No web browser is available to open %1. The report is shown here; the file can be "
                       "copied to a machine with a browser.")
                        .arg(html));
}

} // namespace netsynth
