#include "activitydock.h"

#include "api/requestlog.h"
#include "profiles/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

ActivityDock::ActivityDock(Api::RequestLog *log, Profiles::Settings *settings, QWidget *parent)
    : QDockWidget(tr("Activity"), parent),
      m_log(log),
      m_settings(settings),
      m_filter(new QLineEdit),
      m_view(new QTableView),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"activityDock"_s);
    m_proxy->setSourceModel(log);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter requests (path, status, request id, error)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"activityFilter"_s);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view->setObjectName(u"activityView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    const QByteArray state = settings ? settings->headerState(u"activity"_s) : QByteArray();
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state)) {
        m_view->setColumnWidth(Api::RequestLog::TimeColumn, 110);
        m_view->setColumnWidth(Api::RequestLog::MethodColumn, 60);
        m_view->setColumnWidth(Api::RequestLog::StatusColumn, 50);
        m_view->setColumnWidth(Api::RequestLog::UrlColumn, 420);
    }
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_settings)
            m_settings->setHeaderState(u"activity"_s, m_view->horizontalHeader()->saveState());
    });
    // Follow the newest request unless the user scrolled away.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->selectionModel()->selectedRows().isEmpty())
            m_view->scrollToBottom();
    });

    auto *copyCurl = new QToolButton;
    copyCurl->setObjectName(u"copyCurlButton"_s);
    copyCurl->setText(tr("Copy as curl"));
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export…"));
    auto *clear = new QToolButton;
    clear->setText(tr("Clear"));
    connect(copyCurl, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(curlForSelection()); });
    connect(clear, &QToolButton::clicked, this, [this] { m_log->clear(); });
    connect(exportButton, &QToolButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export the activity log"), {}, tr("Text files (*.tsv *.txt)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"tsv"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            QString error;
            if (!exportTo(path, &error))
                QMessageBox::warning(this, tr("Export failed"), error);
        });
        dialog->open();
    });

    auto *inner = new QWidget;
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(copyCurl);
    top->addWidget(exportButton);
    top->addWidget(clear);
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(inner);
}

ActivityDock::~ActivityDock() = default;

int ActivityDock::selectedRow() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return m_proxy->mapToSource(rows.first()).row();
    return m_log->rowCount() - 1;
}

QString ActivityDock::curlForSelection() const
{
    const int row = selectedRow();
    if (row < 0 || row >= m_log->rowCount())
        return {};
    return Api::RequestLog::toCurl(m_log->entry(row));
}

bool ActivityDock::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header.append(m_proxy->headerData(c, Qt::Horizontal).toString());
    file.write(header.join(u'\t').toUtf8() + '\n');
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells.append(m_proxy->index(r, c).data().toString().replace(u'\t', u' '));
        file.write(cells.join(u'\t').toUtf8() + '\n');
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Gui
