#pragma once

#include <QStyledItemDelegate>

namespace Gui {

/// Icons per node kind and status dots for instances (colour plus the translated status
/// text: never colour alone); error rows in the error colour.
class ResourceTreeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTreeDelegate)
public:
    explicit ResourceTreeDelegate(QObject *parent = nullptr);
    ~ResourceTreeDelegate() override;

    static QIcon iconFor(int kind, const QString &status);
    /// An instance row's text: name · engine version · status, the status translated.
    static QString instanceText(const QModelIndex &index);
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Gui
