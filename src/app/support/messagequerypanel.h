#pragma once

#include "linkprovider.h"
#include "models/messagequery.h"

#include <QWidget>

#include <memory>

class QMenu;
class QTimer;

namespace Api {
class ApiClient;
struct ApiError;
} // namespace Api

namespace Models {
class MessageExporter;
class MessageFilterProxyModel;
class MessageTableModel;
} // namespace Models

namespace Ui {
class MessageQueryPanel;
}

namespace Gui {

/// The Messages tab of a topic: query by time range (presets, local or UTC), key or message
/// id; paged results; filter; export to JSON/CSV with progress and cancel.
class MessageIdDecoderWidget;

class MessageQueryPanel final : public QWidget, public LinkProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageQueryPanel)
public:
    enum class Preset { Last15Minutes, LastHour, Last24Hours, Last3Days, Custom };

    MessageQueryPanel(Api::ApiClient *client, const QString &instanceId, const QString &topic,
                      QWidget *parent = nullptr);
    ~MessageQueryPanel() override;

    Models::MessageTableModel *model() const { return m_model; }
    Models::MessageFilterProxyModel *proxy() const { return m_proxy; }
    Models::MessageExporter *exporter() const { return m_exporter; }
    MessageIdDecoderWidget *decoder() const { return m_decoder; }

    void setPreset(Preset preset);
    /// Custom range (epoch ms); switches the preset to Custom.
    void setRange(qint64 startMs, qint64 endMs);
    void setUtc(bool utc);
    void searchById(const QString &msgId);
    void searchByKey(const QString &key);
    /// Runs the query the controls describe.
    void search();
    /// The query the controls describe now (presets are relative to nowMs).
    Models::MessageQuery currentQuery(qint64 nowMs) const;

    /// The selected rows as tab-separated text (what Ctrl+C copies).
    QString selectedRowsAsText() const;
    /// Export without a file dialog (the Export… menu asks for the path and calls this).
    void exportTo(const QString &path, bool selectedOnly);

    /// The profile (its id) and project of the instance, for the rows' mqdesk:// links.
    void setLinkBase(const QString &profile, const QString &project);
    QString linkProfile() const { return m_profile; }
    QString linkProject() const { return m_project; }
    /// The link of the message in a row of the table (view row); empty without a base.
    QString linkForRow(int row) const;
    /// The current row's link (Copy link, Ctrl+Shift+C).
    QString currentLink() const override;
    /// The table's context menu (Open, Copy link, Copy rows).
    QMenu *rowMenu() const { return m_rowMenu; }

Q_SIGNALS:
    /// Double-click on a row; the host opens a message viewer (or a tab).
    void messageActivated(const QString &topic, const QString &msgId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onModeChanged(int mode);
    void onPresetChanged(int preset);
    void updateCount();
    void showError(const Api::ApiError &error);
    void chooseExportFile(bool selectedOnly);
    qint64 editMs(bool end) const;
    void setEditMs(bool end, qint64 ms);

    std::unique_ptr<Ui::MessageQueryPanel> m_ui;
    Api::ApiClient *m_client;
    QString m_instanceId;
    QString m_topic;
    QString m_profile;
    QString m_project;
    Models::MessageTableModel *m_model;
    Models::MessageFilterProxyModel *m_proxy;
    Models::MessageExporter *m_exporter;
    QTimer *m_filterTimer;
    MessageIdDecoderWidget *m_decoder = nullptr;
    QMenu *m_rowMenu = nullptr;
    bool m_utc = false;
};

} // namespace Gui
