#pragma once
// A dialog row: a line edit with a Browse... button that picks a folder, a
// file to open or a file name to save. Used by the Tools menu's dialogs
// (evaluation, pipeline, export).

#include <QString>

class QLineEdit;
class QWidget;

namespace netsynth {

enum class BrowseFor { Folder, OpenFile, SaveFile };

// Returns the row widget; `edit` is set to its line edit.
QWidget *pathRow(QWidget *parent, QLineEdit *&edit, const QString &title, BrowseFor mode = BrowseFor::Folder);

} // namespace netsynth
