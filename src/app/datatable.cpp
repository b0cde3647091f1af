#include "datatable.h"

#include "profiles/settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Gui {

DataTable::DataTable(const QString &tableId, const QStringList &headers, Profiles::Settings *settings, QWidget *parent)
    : QWidget(parent),
      m_tableId(tableId),
      m_settings(settings),
      m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_empty(new QLabel(this)),
      m_model(new QStandardItemModel(0, int(headers.size()), this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(tableId);
    m_model->setHorizontalHeaderLabels(headers);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("tableFilter"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *copy = new QAction(tr("Copy rows"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectionAsTsv()); });
    if (m_settings) {
        const QByteArray state = m_settings->headerState(m_tableId);
        if (!state.isEmpty())
            m_restored = m_view->horizontalHeader()->restoreState(state);
        connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &DataTable::saveHeader);
        connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &DataTable::saveHeader);
    }
    updateEmpty();
}

DataTable::~DataTable() = default;

void DataTable::saveHeader()
{
    if (m_settings)
        m_settings->setHeaderState(m_tableId, m_view->horizontalHeader()->saveState());
}

void DataTable::clear()
{
    m_model->removeRows(0, m_model->rowCount());
    updateEmpty();
}

void DataTable::addRow(const QVariantList &cells)
{
    const bool first = m_model->rowCount() == 0;
    QList<QStandardItem *> items;
    const QLocale locale;
    for (const QVariant &v : cells) {
        auto *item = new QStandardItem;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            item->setText(locale.toString(v.toLongLong()));
            item->setData(v.toLongLong(), Qt::UserRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case QMetaType::Double:
            item->setText(locale.toString(v.toDouble()));
            item->setData(v.toDouble(), Qt::UserRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case QMetaType::Bool:
            item->setText(v.toBool() ? tr("Yes") : tr("No"));
            item->setData(v.toBool(), Qt::UserRole);
            break;
        default:
            item->setText(v.toString());
            item->setData(v.toString(), Qt::UserRole);
        }
        items.append(item);
    }
    m_model->appendRow(items);
    // Fitted once the rows that arrive together are all in (and decorated by the caller),
    // not to the first row alone; saved widths win.
    if (!m_restored && first)
        QTimer::singleShot(0, m_view, [view = m_view] { view->resizeColumnsToContents(); });
    updateEmpty();
}

void DataTable::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateEmpty();
}

void DataTable::updateEmpty()
{
    m_empty->setVisible(m_model->rowCount() == 0 && !m_empty->text().isEmpty());
}

int DataTable::rowCount() const
{
    return m_model->rowCount();
}

QString DataTable::cellText(int row, int column) const
{
    return m_model->index(row, column).data().toString();
}

QString DataTable::selectionAsTsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header.append(m_proxy->headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    QList<int> rows;
    const auto selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows.append(i.row());
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(r);
    }
    std::sort(rows.begin(), rows.end());
    for (int r : rows) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells.append(m_proxy->index(r, c).data().toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace Gui
