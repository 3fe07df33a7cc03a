#include "app/path_row.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace netsynth {

QWidget *pathRow(QWidget *parent, QLineEdit *&edit, const QString &title, BrowseFor mode)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    edit = new QLineEdit(row);
    edit->setMinimumWidth(360);
    auto *browse = new QPushButton(QCoreApplication::translate("netsynth::PathRow", "Browse..."), row);
    h->addWidget(edit, 1);
    h->addWidget(browse);
    QLineEdit *target = edit;
    QObject::connect(browse, &QPushButton::clicked, row, [row, target, title, mode] {
        const QString p = mode == BrowseFor::Folder     ? QFileDialog::getExistingDirectory(row, title, target->text())
                          : mode == BrowseFor::OpenFile ? QFileDialog::getOpenFileName(row, title, target->text())
                                                        : QFileDialog::getSaveFileName(row, title, target->text());
        if (!p.isEmpty())
            target->setText(p);
    });
    return row;
}

} // namespace netsynth
