// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfileSideBySideView.h"

#include "ui/main/StatusColours.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace fb {

namespace {

enum class RowKind { Same, Removed, Added, Filler };

struct Row
{
    RowKind kind = RowKind::Same;
    QString text;
};

QString rowText(int number, QChar marker, const QString& text, int width)
{
    const QString gutter =
        number > 0 ? QString::number(number).rightJustified(width) : QString(width, QLatin1Char(' '));
    return gutter + QLatin1Char(' ') + marker + QLatin1Char(' ') + text;
}

QColor background(RowKind kind)
{
    switch (kind) {
    case RowKind::Removed:
        return StatusColours::background(Tone::Bad);
    case RowKind::Added:
        return StatusColours::background(Tone::Good);
    case RowKind::Filler:
        return StatusColours::background(std::nullopt);
    case RowKind::Same:
        break;
    }
    return {};
}

void fill(QPlainTextEdit* view, const QList<Row>& rows)
{
    QStringList texts;
    texts.reserve(rows.size());
    for (const Row& row : rows)
        texts.append(row.text);
    view->setPlainText(texts.join(QLatin1Char('\n')));
    QList<QTextEdit::ExtraSelection> marks;
    QTextBlock block = view->document()->firstBlock();
    for (const Row& row : rows) {
        if (row.kind != RowKind::Same) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            mark.format.setBackground(background(row.kind));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks.append(mark);
        }
        block = block.next();
    }
    view->setExtraSelections(marks);
}

QStringList rowsOf(const QPlainTextEdit* view)
{
    return view->toPlainText().split(QLatin1Char('\n'));
}

} // namespace

ProfileSideBySideView::ProfileSideBySideView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_left = makeView(QStringLiteral("oldSideTextEdit"));
    m_right = makeView(QStringLiteral("newSideTextEdit"));
    layout->addWidget(m_left);
    layout->addWidget(m_right);
    // Both sides scroll together, so aligned rows stay next to each other.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_left->horizontalScrollBar(), &QScrollBar::valueChanged, m_right->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->horizontalScrollBar(), &QScrollBar::valueChanged, m_left->horizontalScrollBar(),
            &QScrollBar::setValue);
}

QPlainTextEdit* ProfileSideBySideView::makeView(const QString& objectName)
{
    auto* view = new QPlainTextEdit(this);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

void ProfileSideBySideView::setDiff(const QList<DiffLine>& lines)
{
    int last = 0;
    for (const DiffLine& line : lines)
        last = std::max({last, line.oldLine, line.newLine});
    const int width = static_cast<int>(QString::number(last).size());
    QList<Row> left;
    QList<Row> right;
    // A run of removed and added lines is one change: its removed lines face its added lines row by row, and the
    // shorter side is padded with empty rows.
    QList<Row> removed;
    QList<Row> added;
    const auto flush = [&] {
        const qsizetype rows = std::max(removed.size(), added.size());
        for (qsizetype i = 0; i < rows; ++i) {
            left.append(i < removed.size() ? removed.at(i) : Row{RowKind::Filler, {}});
            right.append(i < added.size() ? added.at(i) : Row{RowKind::Filler, {}});
        }
        removed.clear();
        added.clear();
    };
    for (const DiffLine& line : lines) {
        switch (line.kind) {
        case DiffLine::Kind::Removed:
            removed.append({RowKind::Removed, rowText(line.oldLine, QLatin1Char('-'), line.text, width)});
            break;
        case DiffLine::Kind::Added:
            added.append({RowKind::Added, rowText(line.newLine, QLatin1Char('+'), line.text, width)});
            break;
        case DiffLine::Kind::Same:
            flush();
            left.append({RowKind::Same, rowText(line.oldLine, QLatin1Char(' '), line.text, width)});
            right.append({RowKind::Same, rowText(line.newLine, QLatin1Char(' '), line.text, width)});
            break;
        }
    }
    flush();
    fill(m_left, left);
    fill(m_right, right);
    // Open both sides at the first change.
    for (qsizetype row = 0; row < left.size(); ++row) {
        if (left.at(row).kind != RowKind::Same) {
            for (QPlainTextEdit* view : {m_left, m_right}) {
                view->setTextCursor(QTextCursor(view->document()->findBlockByNumber(static_cast<int>(row))));
                view->centerCursor();
            }
            break;
        }
    }
}

void ProfileSideBySideView::setMessage(const QString& message)
{
    m_left->setExtraSelections({});
    m_right->setExtraSelections({});
    m_left->setPlainText(message);
    m_right->clear();
}

QStringList ProfileSideBySideView::leftRows() const
{
    return rowsOf(m_left);
}

QStringList ProfileSideBySideView::rightRows() const
{
    return rowsOf(m_right);
}

} // namespace fb
