#pragma once

#include <QSortFilterProxyModel>

namespace Models {

/// Filters the loaded resource tree by name (case-insensitive substring), keeping the
/// ancestors of matches; loading and error rows stay visible only while no filter is set.
class ResourceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceFilterModel)
public:
    explicit ResourceFilterModel(QObject *parent = nullptr);
    ~ResourceFilterModel() override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace Models
