#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Gui {

/// Colours pretty-printed JSON: keys, strings, numbers, true/false/null. Colours come from
/// the palette's link colours, so light and dark themes both stay readable.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)
public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace Gui
