#pragma once
// Help > Keyboard shortcuts: every shortcut of the window, read from its
// actions and buttons when the dialog opens (so it cannot drift from the
// code), as a table: shortcut, what it does, where it works.

#include <QDialog>

class QTableWidget;

namespace netsynth {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace netsynth
