#include "models/resourcefiltermodel.h"

#include "models/resourcetreemodel.h"

namespace Models {

ResourceFilterModel::ResourceFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
}

ResourceFilterModel::~ResourceFilterModel() = default;

void ResourceFilterModel::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_text = t;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_text = t;
    invalidateFilter();
#endif
}

bool ResourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(ResourceTreeModel::IsPlaceholderRole).toBool())
        return false;
    return idx.data(ResourceTreeModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace Models
