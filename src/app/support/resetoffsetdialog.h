#pragma once

#include "models/offsetjournal.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QTimer;

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Models {
class OffsetPreviewModel;
}

namespace Ui {
class ResetOffsetDialog;
}

namespace Gui {

class Prompter;

/// Reset a group's consumer offset on a topic to a time: preview per queue (current offset,
/// offset at the target, messages re-consumed or skipped), a confirmation naming group and
/// topic, the result per queue; the previous offsets go to the local journal.
class ResetOffsetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetOffsetDialog)
public:
    enum class Preset { HourAgo, StartOfToday, Earliest, Latest, Custom };

    /// topic empty: chosen from the group's subscriptions. journalPath empty: the default.
    ResetOffsetDialog(Api::ApiClient *client, const QString &instanceId, const QString &group, const QString &topic,
                      Prompter *prompter = nullptr, const QString &journalPath = {}, QWidget *parent = nullptr);
    ~ResetOffsetDialog() override;

    void setPreset(Preset preset);
    void setTarget(qint64 targetMs);
    qint64 targetMs() const;
    QString topic() const;
    void preview();
    void reset();
    Models::OffsetPreviewModel *previewModel() const { return m_preview; }
    const Models::OffsetJournal &journal() const { return m_journal; }

Q_SIGNALS:
    void previewReady();
    void resetDone(bool ok);

private:
    void loadTopics();
    void showJournal();
    void setBusy(bool busy);

    std::unique_ptr<Ui::ResetOffsetDialog> m_ui;
    Api::ApiClient *m_client;
    QString m_instanceId;
    QString m_group;
    Prompter *m_prompter;
    Models::OffsetJournal m_journal;
    Models::OffsetPreviewModel *m_preview;
    QTimer *m_previewTimer;
    qint64 m_previewTarget = 0;
    QPointer<Api::ApiCall> m_call;
};

} // namespace Gui
