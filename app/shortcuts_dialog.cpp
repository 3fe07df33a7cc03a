#include "app/shortcuts_dialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>
#include <vector>

namespace netsynth {

namespace {
QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

// Where a widget's shortcut works: its dock's title, or "Everywhere" for the
// window's menus.
QString placeOf(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w; p && p != window; p = p->parentWidget())
        if (const auto *dock = qobject_cast<const QDockWidget *>(p))
            return plain(dock->windowTitle());
    return ShortcutsDialog::tr("Everywhere");
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    std::vector<std::tuple<QString, QString, QString>> rows; // place, shortcut, what
    auto add = [&](const QKeySequence &key, const QString &text, const QString &place) {
        if (key.isEmpty() || plain(text).isEmpty())
            return;
        const auto row = std::make_tuple(place, key.toString(QKeySequence::NativeText), plain(text));
        if (std::find(rows.begin(), rows.end(), row) == rows.end())
            rows.push_back(row);
    };
    for (QAction *a : window->findChildren<QAction *>()) {
        const QWidget *owner = qobject_cast<QWidget *>(a->parent());
        const auto *dock = qobject_cast<const QDockWidget *>(owner);
        const bool menu = !owner || owner == window || qobject_cast<const QMenu *>(owner) ||
                          (dock && dock->toggleViewAction() == a); // View menu: shows a pane from anywhere
        add(a->shortcut(), a->text(), menu ? tr("Everywhere") : placeOf(owner, window));
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        add(b->shortcut(), b->text().isEmpty() ? b->toolTip() : b->text(), placeOf(b, window));
    // The window-wide shortcuts first, then each pane's.
    const QString everywhere = tr("Everywhere");
    std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        const bool ga = std::get<0>(a) == everywhere, gb = std::get<0>(b) == everywhere;
        return ga != gb ? ga : a < b;
    });

    m_table = new QTableWidget(static_cast<int>(rows.size()), 3, this);
    m_table->setObjectName(QStringLiteral("ShortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Shortcut"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const auto &[place, key, what] = rows[static_cast<std::size_t>(r)];
        m_table->setItem(r, 0, new QTableWidgetItem(place));
        m_table->setItem(r, 1, new QTableWidgetItem(key));
        m_table->setItem(r, 2, new QTableWidgetItem(what));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace netsynth
