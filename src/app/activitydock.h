#pragma once

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Api {
class RequestLog;
}
namespace Profiles {
class Settings;
}

namespace Gui {

/// The Activity dock: the request log (time, method, path, status, duration, request id,
/// error), filterable; Copy as curl (secrets stay masked); export to a file.
class ActivityDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDock)
public:
    ActivityDock(Api::RequestLog *log, Profiles::Settings *settings, QWidget *parent = nullptr);
    ~ActivityDock() override;

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// curl of the selected request (the latest when none is selected).
    QString curlForSelection() const;
    /// Writes the visible rows as tab-separated text; false + message on failure.
    bool exportTo(const QString &path, QString *error) const;

private:
    int selectedRow() const;

    Api::RequestLog *m_log;
    Profiles::Settings *m_settings;
    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Gui
