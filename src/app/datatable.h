#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QLabel;

namespace Profiles {
class Settings;
}

namespace Gui {

/// A read-only table for detail pages: sortable, filterable (all columns), Ctrl+C copies
/// the selected rows as TSV, column widths remembered per table id, and an empty-state text.
class DataTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataTable)
public:
    DataTable(const QString &tableId, const QStringList &headers, Profiles::Settings *settings,
              QWidget *parent = nullptr);
    ~DataTable() override;

    void clear();
    /// Cells are displayed as given; numbers (qint64/double) sort numerically and are shown
    /// with thousands separators.
    void addRow(const QVariantList &cells);
    void setEmptyText(const QString &text);
    int rowCount() const;
    QString cellText(int row, int column) const;

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// Selected rows (all when none is selected) as tab-separated text, header first.
    QString selectionAsTsv() const;

private:
    void saveHeader();
    void updateEmpty();

    QString m_tableId;
    Profiles::Settings *m_settings;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_empty;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_restored = false;
};

} // namespace Gui
