#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui {

/// Paste a RocketMQ message id and see what it encodes (host, port or PID, time, offset).
/// With an id field of its own, or attached to another line edit (the query panel's).
class MessageIdDecoderWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageIdDecoderWidget)
public:
    /// source: the line edit to follow; nullptr gives the widget its own field.
    explicit MessageIdDecoderWidget(QLineEdit *source = nullptr, QWidget *parent = nullptr);
    ~MessageIdDecoderWidget() override;

    void setId(const QString &id);
    /// The producer zone assumed for v0 unique keys (default: this computer's).
    void setProducerUtcOffset(int seconds);
    qint64 decodedTimeMs() const { return m_timeMs; }
    QString text() const;

Q_SIGNALS:
    /// "Search around this time": a window around the time the id encodes.
    void searchAround(qint64 startMs, qint64 endMs);

private:
    void decode();

    QLineEdit *m_edit;
    QLabel *m_result;
    QPushButton *m_searchButton;
    int m_utcOffset;
    qint64 m_timeMs = 0;
};

} // namespace Gui
