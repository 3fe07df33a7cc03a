// FlowLayout: items wrap onto new lines when the width runs out, the layout
// asks for the width of its widest item only, expanding items share the room
// left on their line, and a label + field pair never splits.
#include "widgets/flow_layout.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace netsynth;

class TestFlowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrapsAndAsksForTheWidestItemOnly()
    {
        QWidget w;
        auto *flow = new FlowLayout(&w, 6, 4);
        flow->setContentsMargins(0, 0, 0, 0);
        QList<QPushButton *> buttons;
        for (int i = 0; i < 6; ++i) {
            auto *b = new QPushButton(QStringLiteral("Button number %1").arg(i));
            b->setFixedSize(100, 20);
            flow->addWidget(b);
            buttons << b;
        }
        // One line wants all six side by side; the minimum is one button.
        QCOMPARE(flow->sizeHint(), QSize(6 * 100 + 5 * 6, 20));
        QCOMPARE(flow->minimumSize().width(), 100);
        QCOMPARE(w.minimumSizeHint().width(), 100);
        // 320 px: three per line (3 x 100 + 2 x 6 = 312), two lines.
        QCOMPARE(flow->heightForWidth(320), 2 * 20 + 4);
        QCOMPARE(flow->heightForWidth(1000), 20);
        QCOMPARE(flow->heightForWidth(100), 6 * 20 + 5 * 4);
        flow->setGeometry(QRect(0, 0, 320, 44));
        QCOMPARE(buttons[0]->geometry(), QRect(0, 0, 100, 20));
        QCOMPARE(buttons[2]->geometry(), QRect(212, 0, 100, 20));
        QCOMPARE(buttons[3]->geometry(), QRect(0, 24, 100, 20));
        QCOMPARE(buttons[5]->geometry(), QRect(212, 24, 100, 20));
    }

    void expandingItemsFillTheirLineAndPairsStayTogether()
    {
        QWidget w;
        auto *flow = new FlowLayout(&w, 6, 4);
        flow->setContentsMargins(0, 0, 0, 0);
        auto *fixed = new QPushButton(QStringLiteral("Fixed"));
        fixed->setFixedSize(80, 20);
        auto *edit = new QLineEdit;
        edit->setMinimumWidth(50);
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        flow->addWidget(fixed);
        flow->addWidget(edit);
        auto *label = new QLabel(QStringLiteral("Steps"));
        auto *spin = new QSpinBox;
        flow->addPair(label, spin);
        const int pairWidth = flow->itemAt(2)->sizeHint().width();
        const int width = 80 + 6 + edit->sizeHint().width() + 6 + pairWidth + 40;
        flow->setGeometry(QRect(0, 0, width, flow->heightForWidth(width)));
        // All on one line: the line edit takes the 40 spare pixels, the pair keeps its width.
        QCOMPARE(edit->width(), edit->sizeHint().width() + 40);
        QCOMPARE(flow->itemAt(2)->geometry().width(), pairWidth);
        QCOMPARE(flow->itemAt(2)->geometry().right(), width - 1);
        // The label and its field are one item: they share a line whatever the width.
        flow->setGeometry(QRect(0, 0, 90, flow->heightForWidth(90)));
        QCOMPARE(label->parentWidget(), spin->parentWidget());
        QCOMPARE(flow->count(), 3);
        QVERIFY(flow->itemAt(2)->geometry().top() > flow->itemAt(0)->geometry().top());
    }
};

QTEST_MAIN(TestFlowLayout)
#include "tst_flow_layout.moc"
