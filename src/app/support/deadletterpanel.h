#pragma once

#include "linkprovider.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Models {
class MessageExporter;
class MessageTableModel;
} // namespace Models

namespace Gui {

class Prompter;

/// Dead letters of one consumer group (%DLQ%<group>): browse, resend selected or all with a
/// result per message, retry the failed ones, export selected through the export API.
class DeadLetterPanel final : public QWidget, public LinkProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterPanel)
public:
    /// Ids per resend call.
    static constexpr int batchSize = 20;

    DeadLetterPanel(Api::ApiClient *client, const QString &instanceId, const QString &group,
                    Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~DeadLetterPanel() override;

    QString dlqTopic() const;
    Models::MessageTableModel *model() const { return m_model; }
    Models::MessageExporter *exporter() const { return m_exporter; }
    void refresh();
    void resendSelected();
    void resendAll();
    void retryFailed();
    void exportSelectedTo(const QString &path);
    const QSet<QString> &failedIds() const { return m_failed; }
    bool isResending() const { return m_resending; }
    /// The profile (its id) and project of the instance, for the messages' mqdesk:// links.
    void setLinkBase(const QString &profile, const QString &project);
    /// The current row's message link (Copy link, Ctrl+Shift+C); empty without a base.
    QString currentLink() const override;
    /// The table's context menu (Copy link).
    QMenu *rowMenu() const { return m_rowMenu; }

Q_SIGNALS:
    void resendFinished(int ok, int failed);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QStringList selectedIds() const;
    void confirmAndResend(const QStringList &ids);
    void resendBatch();
    void finishResend(const QString &message);
    void updateButtons();

    Api::ApiClient *m_client;
    QString m_instanceId;
    QString m_group;
    QString m_profile;
    QString m_project;
    Prompter *m_prompter;
    Models::MessageTableModel *m_model;
    Models::MessageExporter *m_exporter;
    QComboBox *m_range;
    QTableView *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_resendSelected;
    QPushButton *m_resendAll;
    QPushButton *m_retryFailed;
    QPushButton *m_export;
    QMenu *m_rowMenu;

    QStringList m_queue; ///< ids still to resend
    int m_done = 0;
    int m_total = 0;
    int m_okCount = 0;
    QSet<QString> m_failed;
    bool m_resending = false;
    bool m_loadingAllForResend = false;
    QPointer<Api::ApiCall> m_call;
};

} // namespace Gui
