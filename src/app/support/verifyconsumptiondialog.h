#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Gui {

class Prompter;

/// Verify consumption (POST …/messages/resend): deliver messages once more, directly to one
/// online client of a group, and show the result per message. Business logic runs again,
/// so the user confirms first.
class VerifyConsumptionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyConsumptionDialog)
public:
    VerifyConsumptionDialog(Api::ApiClient *client, const QString &instanceId, const QString &topic,
                            const QString &group, const QStringList &msgIds, Prompter *prompter = nullptr,
                            QWidget *parent = nullptr);
    ~VerifyConsumptionDialog() override;

    void setGroup(const QString &group);
    void setMessageIds(const QStringList &ids);
    void verify();
    QComboBox *clientCombo() const { return m_clients; }
    QTableWidget *resultTable() const { return m_results; }

Q_SIGNALS:
    void clientsLoaded(int count);
    void verified(int ok, int failed);

private:
    void loadGroups();
    void loadClients();
    QStringList ids() const;

    Api::ApiClient *m_client;
    QString m_instanceId;
    QString m_topic;
    Prompter *m_prompter;
    QComboBox *m_groups;
    QComboBox *m_clients;
    QPlainTextEdit *m_ids;
    QTableWidget *m_results;
    QLabel *m_status;
    QPushButton *m_verify;
    QPointer<Api::ApiCall> m_clientsCall;
};

} // namespace Gui
