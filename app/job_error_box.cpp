#include "app/job_error_box.h"

#include <QMessageBox>

namespace netsynth {

void showJobError(QWidget *parent, const QString &title, const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, error, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace netsynth
