#include "support/resetoffsetdialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/dto/group.h"
#include "models/offsetpreviewmodel.h"
#include "support/prompter.h"
#include "ui_resetoffsetdialog.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gui {

ResetOffsetDialog::ResetOffsetDialog(Api::ApiClient *client, const QString &instanceId, const QString &group,
                                     const QString &topic, Prompter *prompter, const QString &journalPath,
                                     QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ResetOffsetDialog>()),
      m_client(client),
      m_instanceId(instanceId),
      m_group(group),
      m_prompter(prompter ? prompter : defaultPrompter()),
      m_journal(journalPath),
      m_preview(new Models::OffsetPreviewModel(client, this)),
      m_previewTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Reset consumer offset of %1").arg(group));
    m_ui->groupLabel->setText(u"<b>%1</b>"_s.arg(group.toHtmlEscaped()));
    m_ui->previewTable->setModel(m_preview);
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->noteLabel->setEnabled(false); // a secondary, dimmed explanation
    if (!topic.isEmpty())
        m_ui->topicCombo->addItem(topic);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    connect(m_previewTimer, &QTimer::timeout, this, &ResetOffsetDialog::preview);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ResetOffsetDialog::preview);
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, [this](int i) { setPreset(Preset(i)); });
    connect(m_ui->targetEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_ui->presetCombo->currentIndex() != int(Preset::Custom) && m_ui->targetEdit->hasFocus()) {
            const QSignalBlocker block(m_ui->presetCombo);
            m_ui->presetCombo->setCurrentIndex(int(Preset::Custom));
        }
        m_ui->resetButton->setEnabled(false);
        m_previewTimer->start();
    });
    connect(m_ui->topicCombo, &QComboBox::currentTextChanged, this, [this] {
        m_ui->resetButton->setEnabled(false);
        m_previewTimer->start();
    });
    connect(m_ui->resetButton, &QPushButton::clicked, this, &ResetOffsetDialog::reset);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->journalButton, &QPushButton::toggled, this, [this](bool on) {
        m_ui->journalView->setVisible(on);
        if (on)
            showJournal();
    });
    connect(m_preview, &Models::OffsetPreviewModel::ready, this, [this] {
        setBusy(false);
        m_ui->summaryLabel->setText(
            m_preview->rows().isEmpty()
                ? tr("%1 has no offsets on %2 yet: nothing to reset.").arg(m_group, this->topic())
                : m_preview->summary());
        m_ui->resetButton->setEnabled(!m_preview->rows().isEmpty());
        Q_EMIT previewReady();
    });
    connect(m_preview, &Models::OffsetPreviewModel::failed, this, [this](const Api::ApiError &error) {
        setBusy(false);
        m_ui->summaryLabel->setText(tr("The preview failed: %1").arg(error.toString()));
        Q_EMIT previewReady();
    });

    setPreset(Preset::HourAgo);
    if (topic.isEmpty())
        loadTopics();
}

ResetOffsetDialog::~ResetOffsetDialog() = default;

QString ResetOffsetDialog::topic() const
{
    return m_ui->topicCombo->currentText();
}

void ResetOffsetDialog::setPreset(Preset preset)
{
    {
        const QSignalBlocker block(m_ui->presetCombo);
        m_ui->presetCombo->setCurrentIndex(int(preset));
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->targetEdit->setEnabled(preset != Preset::Earliest && preset != Preset::Latest);
    switch (preset) {
    case Preset::HourAgo:
        m_ui->targetEdit->setDateTime(now.addSecs(-3600));
        break;
    case Preset::StartOfToday:
        m_ui->targetEdit->setDateTime(now.date().startOfDay());
        break;
    case Preset::Earliest:
    case Preset::Latest:
    case Preset::Custom:
        m_ui->resetButton->setEnabled(false);
        m_previewTimer->start();
        break;
    }
}

void ResetOffsetDialog::setTarget(qint64 targetMs)
{
    {
        const QSignalBlocker block(m_ui->presetCombo);
        m_ui->presetCombo->setCurrentIndex(int(Preset::Custom));
    }
    m_ui->targetEdit->setEnabled(true);
    m_ui->targetEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(targetMs));
}

qint64 ResetOffsetDialog::targetMs() const
{
    switch (Preset(m_ui->presetCombo->currentIndex())) {
    case Preset::Earliest:
        return 0;
    case Preset::Latest:
        return QDateTime::currentMSecsSinceEpoch();
    default:
        return m_ui->targetEdit->dateTime().toMSecsSinceEpoch();
    }
}

void ResetOffsetDialog::loadTopics()
{
    Api::ApiCall *call =
        m_client->call(u"list_consumer_group_topics"_s,
                       {{u"instance_id"_s, m_instanceId}, {u"group"_s, m_group}, {u"limit"_s, 50}}, this);
    connect(call, &Api::ApiCall::finished, this, [this, call](const QJsonDocument &doc) {
        call->deleteLater();
        const Api::GroupTopics topics = Api::GroupTopics::fromJson(doc.object());
        m_ui->topicCombo->addItems(topics.topics);
        if (topics.topics.isEmpty())
            m_ui->summaryLabel->setText(tr("%1 has no subscribed topics with offsets.").arg(m_group));
    });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        call->deleteLater();
        m_ui->summaryLabel->setText(tr("Could not list the topics of %1: %2").arg(m_group, error.toString()));
    });
}

void ResetOffsetDialog::setBusy(bool busy)
{
    m_ui->previewButton->setEnabled(!busy);
    if (busy)
        m_ui->summaryLabel->setText(tr("Computing the preview…"));
}

void ResetOffsetDialog::preview()
{
    m_previewTimer->stop();
    if (topic().isEmpty())
        return;
    m_ui->resultLabel->clear();
    m_ui->resetButton->setEnabled(false);
    setBusy(true);
    m_previewTarget = targetMs();
    m_preview->load(m_instanceId, m_group, topic(), m_previewTarget, QDateTime::currentMSecsSinceEpoch());
}

void ResetOffsetDialog::reset()
{
    if (!m_preview->isReady() || topic().isEmpty())
        return;
    const QString topicName = topic();
    const qint64 target = m_previewTarget;
    Question q;
    q.title = tr("Reset consumer offset");
    q.text = tr("Reset %1 on %2 to %3?")
                 .arg(m_group, topicName,
                      target == 0 ? tr("the earliest message")
                                  : QLocale().toString(QDateTime::fromMSecsSinceEpoch(target), QLocale::LongFormat));
    q.details = m_preview->summary();
    q.confirmText = tr("Reset offset");
    m_prompter->confirm(this, q, this, [this, topicName, target](bool yes) {
        if (!yes)
            return;
        m_ui->resetButton->setEnabled(false);
        m_ui->resultLabel->setText(tr("Resetting…"));
        const QJsonObject body {{u"topic"_s, topicName}, {u"timestamp"_s, target}};
        Api::ApiCall *call =
            m_client->call(u"reset_consumer_offset"_s,
                           {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, m_instanceId}, {u"group"_s, m_group}},
                           this, QJsonDocument(body).toJson(QJsonDocument::Compact));
        m_call = call;
        connect(call, &Api::ApiCall::finished, this, [this, call](const QJsonDocument &doc) {
            call->deleteLater();
            const Models::OffsetJournal::Entry entry =
                m_preview->applyResetResult(doc.object(), QDateTime::currentMSecsSinceEpoch());
            QString error;
            const bool journaled = m_journal.append(entry, &error);
            m_ui->resultLabel->setText(
                journaled ? tr("Offsets reset on %n queue(s). The previous offsets are in the journal.", nullptr,
                               int(entry.queues.size()))
                          : tr("Offsets reset, but the journal could not be written (%1): note the "
                               "\"Consumer offset\" column before closing.")
                                .arg(error));
            if (m_ui->journalView->isVisible())
                showJournal();
            Q_EMIT resetDone(true);
        });
        connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
            call->deleteLater();
            m_ui->resetButton->setEnabled(true);
            m_ui->resultLabel->setText(tr("The reset failed: %1").arg(error.toString()));
            Q_EMIT resetDone(false);
        });
    });
}

void ResetOffsetDialog::showJournal()
{
    const QList<Models::OffsetJournal::Entry> entries = m_journal.entries(m_group);
    QString text;
    for (const auto &e : entries) {
        text +=
            tr("%1  %2 on %3 → %4")
                .arg(QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(u"yyyy-MM-dd HH:mm:ss"_s), e.group, e.topic,
                     e.targetMs == 0 ? tr("earliest")
                                     : QDateTime::fromMSecsSinceEpoch(e.targetMs).toString(u"yyyy-MM-dd HH:mm:ss"_s)) +
            u'\n';
        for (const auto &q : e.queues)
            text +=
                tr("    %1 queue %2: was %3, now %4").arg(q.broker).arg(q.queueId).arg(q.before).arg(q.after) + u'\n';
    }
    m_ui->journalView->setPlainText(text.isEmpty() ? tr("No resets of %1 recorded on this computer.").arg(m_group)
                                                   : text);
}

} // namespace Gui
