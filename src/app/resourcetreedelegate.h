#pragma once

#include <QStyledItemDelegate>

namespace Gui {

/// Icons per node kind and status dots for instances (colour plus the status text the model
/// already shows: never colour alone); error rows in the error colour.
class ResourceTreeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTreeDelegate)
public:
    explicit ResourceTreeDelegate(QObject *parent = nullptr);
    ~ResourceTreeDelegate() override;

    static QIcon iconFor(int kind, const QString &status);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Gui
