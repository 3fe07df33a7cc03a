#include "widgets/jobs_pane.h"

#include "widgets/jobs_model.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace netsynth {

namespace {
// Draws the progress column as a progress bar (like Qt Creator's task list).
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = qRound(index.data(JobsModel::FractionRole).toDouble() * 100.0);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
    }
};
} // namespace

JobsPane::JobsPane(JobRunner *runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_model(new JobsModel(runner, this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("JobsPane"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(JobsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(JobsModel::ProgressColumn, 140);
    m_view->setAlternatingRowColors(true);

    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the selected jobs (Delete)"));
    m_cancel->setShortcut(QKeySequence::Delete);
    m_cancelAll = new QToolButton(this);
    m_cancelAll->setText(tr("Cancel all"));
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear finished"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelAll);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        const auto rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows)
            m_runner->cancel(m_model->jobAt(i.row()));
    });
    connect(m_cancelAll, &QToolButton::clicked, m_runner, &JobRunner::cancelAll);
    connect(m_clear, &QToolButton::clicked, m_runner, &JobRunner::clearFinished);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_view->scrollToBottom();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPane::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPane::updateButtons);
    updateButtons();
}

void JobsPane::updateButtons()
{
    bool selectedActive = false;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        selectedActive |= i.data(JobsModel::ActiveRole).toBool();
    m_cancel->setEnabled(selectedActive);
    m_cancelAll->setEnabled(m_runner->activeCount() > 0);
    m_clear->setEnabled(m_model->rowCount() > m_runner->activeCount());
}

} // namespace netsynth
