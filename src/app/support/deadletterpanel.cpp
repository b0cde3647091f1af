#include "support/deadletterpanel.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/dto/message.h"
#include "models/deeplink.h"
#include "models/messageexporter.h"
#include "models/messagetablemodel.h"
#include "support/prompter.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::MessageTableModel;

namespace Gui {

namespace {
constexpr qint64 hour = 3600 * 1000;
}

DeadLetterPanel::DeadLetterPanel(Api::ApiClient *client, const QString &instanceId, const QString &group,
                                 Prompter *prompter, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_instanceId(instanceId),
      m_group(group),
      m_prompter(prompter ? prompter : defaultPrompter()),
      m_model(new MessageTableModel(client, this)),
      m_exporter(new Models::MessageExporter(client, this))
{
    setWindowTitle(tr("Dead letters of %1").arg(group));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(u"rangeCombo"_s);
    m_range->addItem(tr("Last hour"), hour);
    m_range->addItem(tr("Last 24 hours"), 24 * hour);
    m_range->addItem(tr("Last 3 days"), 72 * hour);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * hour);
    m_range->setCurrentIndex(2);
    top->addWidget(new QLabel(tr("Dead letters stored in"), this));
    top->addWidget(m_range);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(u"refreshButton"_s);
    top->addWidget(refreshButton);
    top->addStretch();
    auto addButton = [&](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        top->addWidget(b);
        return b;
    };
    m_resendSelected = addButton(u"resendSelectedButton"_s, tr("Resend selected"));
    m_resendAll = addButton(u"resendAllButton"_s, tr("Resend all"));
    m_retryFailed = addButton(u"retryFailedButton"_s, tr("Retry failed"));
    m_export = addButton(u"exportButton"_s, tr("Export selected…"));
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setObjectName(u"table"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c : {int(MessageTableModel::Keys), int(MessageTableModel::Tags), int(MessageTableModel::QueueOffset),
                  int(MessageTableModel::Size)})
        m_table->hideColumn(c);
    m_table->horizontalHeader()->resizeSection(MessageTableModel::StoreTime, 170);
    m_table->horizontalHeader()->resizeSection(MessageTableModel::MsgId, 270);
    m_table->horizontalHeader()->resizeSection(MessageTableModel::BodyPreview, 220);
    layout->addWidget(m_table, 1);
    // Ctrl+Shift+C acts here only while the menu is open (see LinkProvider).
    m_rowMenu = new QMenu(this);
    m_rowMenu->setObjectName(u"rowMenu"_s);
    QAction *copyLink = m_rowMenu->addAction(tr("Copy link"));
    copyLink->setObjectName(u"copyLinkAction"_s);
    copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyLink->setShortcutContext(Qt::WidgetShortcut);
    connect(copyLink, &QAction::triggered, this, [this] { LinkProvider::copy(currentLink()); });
    connect(m_rowMenu, &QMenu::aboutToShow, this, [this, copyLink] { copyLink->setEnabled(!currentLink().isEmpty()); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_table->indexAt(pos);
        if (!at.isValid())
            return;
        m_table->selectionModel()->setCurrentIndex(at,
                                                   m_table->selectionModel()->isRowSelected(at.row(), at.parent())
                                                       ? QItemSelectionModel::NoUpdate
                                                       : QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        m_rowMenu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    bottom->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->hide();
    bottom->addWidget(m_cancel);
    layout->addLayout(bottom);

    connect(refreshButton, &QPushButton::clicked, this, &DeadLetterPanel::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &DeadLetterPanel::refresh);
    connect(m_resendSelected, &QPushButton::clicked, this, &DeadLetterPanel::resendSelected);
    connect(m_resendAll, &QPushButton::clicked, this, &DeadLetterPanel::resendAll);
    connect(m_retryFailed, &QPushButton::clicked, this, &DeadLetterPanel::retryFailed);
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export dead letters"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilters({tr("JSON (*.json)"), tr("CSV (*.csv)")});
        dialog->setDefaultSuffix(u"json"_s);
        dialog->selectFile(u"dlq-%1.json"_s.arg(m_group));
        connect(dialog, &QFileDialog::fileSelected, this, &DeadLetterPanel::exportSelectedTo);
        dialog->open();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_exporter->isRunning())
            m_exporter->cancel();
        if (m_resending)
            finishResend(tr("Resend cancelled."));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeadLetterPanel::updateButtons);
    connect(m_model, &MessageTableModel::rowsInserted, this, &DeadLetterPanel::updateButtons);
    connect(m_model, &MessageTableModel::modelReset, this, &DeadLetterPanel::updateButtons);
    connect(m_model, &MessageTableModel::failed, this, [this](const Api::ApiError &e) {
        // No %DLQ% topic yet: the group never had a dead letter.
        m_status->setText(e.httpStatus == 404 ? tr("No dead letters for %1: it has never had one.").arg(m_group)
                                              : tr("Loading dead letters failed: %1").arg(e.toString()));
    });
    connect(m_model, &MessageTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            return;
        if (m_loadingAllForResend) {
            if (m_model->canFetchMore({})) {
                m_model->fetchMore({});
                return;
            }
            m_loadingAllForResend = false;
            QStringList ids;
            for (int i = 0; i < m_model->rowCount(); ++i)
                ids.append(m_model->msgIdAt(i));
            confirmAndResend(ids);
        }
        if (!m_resending)
            m_status->setText(m_model->total() == 0 ? tr("No dead letters for %1 in this period.").arg(m_group)
                                                    : tr("%1 of %2 dead letters loaded.")
                                                          .arg(QLocale().toString(m_model->rowCount()),
                                                               QLocale().toString(m_model->total())));
    });

    connect(m_exporter, &Models::MessageExporter::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    auto exportEnded = [this](const QString &text) {
        m_progress->hide();
        m_cancel->hide();
        m_status->setText(text);
    };
    connect(m_exporter, &Models::MessageExporter::finished, this, [exportEnded, this](const QString &path, qint64 n) {
        exportEnded(tr("Exported %n dead letter(s) to %1.", nullptr, int(n)).arg(path));
    });
    connect(m_exporter, &Models::MessageExporter::failed, this, exportEnded);
    connect(m_exporter, &Models::MessageExporter::cancelled, this,
            [exportEnded] { exportEnded(tr("Export cancelled; no file was written.")); });
    updateButtons();
}

DeadLetterPanel::~DeadLetterPanel() = default;

QString DeadLetterPanel::dlqTopic() const
{
    return u"%DLQ%"_s + m_group;
}

void DeadLetterPanel::refresh()
{
    Models::MessageQuery q;
    q.instanceId = m_instanceId;
    q.topic = dlqTopic();
    q.endMs = QDateTime::currentMSecsSinceEpoch();
    q.startMs = q.endMs - m_range->currentData().toLongLong();
    m_failed.clear();
    m_status->setText(tr("Loading dead letters…"));
    m_model->setQuery(q);
}

QStringList DeadLetterPanel::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->msgIdAt(index.row()));
    return ids;
}

void DeadLetterPanel::resendSelected()
{
    confirmAndResend(selectedIds());
}

void DeadLetterPanel::resendAll()
{
    // Every dead letter of the period, so the rest of the pages load first.
    if (m_model->canFetchMore({}) || m_model->isLoading()) {
        m_loadingAllForResend = true;
        m_status->setText(tr("Loading all dead letters before resending…"));
        if (!m_model->isLoading())
            m_model->fetchMore({});
        return;
    }
    QStringList ids;
    for (int i = 0; i < m_model->rowCount(); ++i)
        ids.append(m_model->msgIdAt(i));
    confirmAndResend(ids);
}

void DeadLetterPanel::retryFailed()
{
    const QStringList ids(m_failed.cbegin(), m_failed.cend());
    confirmAndResend(ids);
}

void DeadLetterPanel::confirmAndResend(const QStringList &ids)
{
    if (ids.isEmpty() || m_resending)
        return;
    Question q;
    q.title = tr("Resend dead letters");
    q.text = tr("Resend %n dead letter(s) of %1 to their original topics?", nullptr, int(ids.size())).arg(m_group);
    q.details = tr("Consumers of %1 will receive them again. The copies stay in %2.").arg(m_group, dlqTopic());
    q.confirmText = tr("Resend");
    m_prompter->confirm(this, q, this, [this, ids](bool yes) {
        if (!yes || m_resending)
            return;
        m_queue = ids;
        m_total = int(ids.size());
        m_done = 0;
        m_okCount = 0;
        for (const QString &id : ids)
            m_failed.remove(id);
        m_resending = true;
        m_progress->setRange(0, m_total);
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
        updateButtons();
        resendBatch();
    });
}

void DeadLetterPanel::resendBatch()
{
    if (m_queue.isEmpty()) {
        finishResend(tr("Resent %1 of %2; %3 failed.").arg(m_okCount).arg(m_total).arg(m_done - m_okCount));
        return;
    }
    const QStringList batch = m_queue.mid(0, batchSize);
    m_queue.remove(0, batch.size());
    m_status->setText(tr("Resending %1 of %2…").arg(m_done + batch.size()).arg(m_total));
    const QJsonObject body {{u"topic"_s, dlqTopic()}, {u"msg_id_list"_s, QJsonArray::fromStringList(batch)}};
    Api::ApiCall *call = m_client->call(u"resend_dead_letter_messages"_s,
                                        {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, m_instanceId}}, this,
                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_call = call;
    connect(call, &Api::ApiCall::finished, this, [this, call, batch](const QJsonDocument &doc) {
        call->deleteLater();
        const QList<Api::ResendResult> results = Api::resendResultsFromJson(doc.object());
        QSet<QString> answered;
        for (const Api::ResendResult &r : results) {
            answered.insert(r.msgId);
            const QString text = r.ok() ? tr("resent") : u"%1 %2"_s.arg(r.errorCode, r.errorMessage);
            m_model->setResult(r.msgId, r.ok(), text);
            if (r.ok())
                ++m_okCount;
            else
                m_failed.insert(r.msgId);
        }
        for (const QString &id : batch) {
            if (!answered.contains(id)) {
                m_model->setResult(id, false, tr("no answer for this message"));
                m_failed.insert(id);
            }
        }
        m_done += int(batch.size());
        m_progress->setValue(m_done);
        resendBatch();
    });
    connect(call, &Api::ApiCall::failed, this, [this, call, batch](const Api::ApiError &error) {
        call->deleteLater();
        // The whole batch failed; never retried automatically (a resend is not idempotent).
        for (const QString &id : batch) {
            m_model->setResult(id, false,
                               error.errorCode.isEmpty() ? error.toString()
                                                         : u"%1 %2"_s.arg(error.errorCode, error.errorMessage));
            m_failed.insert(id);
        }
        for (const QString &id : std::as_const(m_queue))
            m_failed.insert(id);
        m_done += int(batch.size());
        m_queue.clear();
        finishResend(tr("Resend stopped: %1. %2 of %3 were resent.").arg(error.toString()).arg(m_okCount).arg(m_total));
    });
}

void DeadLetterPanel::finishResend(const QString &message)
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
    }
    for (const QString &id : std::as_const(m_queue))
        m_failed.insert(id);
    m_queue.clear();
    m_resending = false;
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(message);
    updateButtons();
    Q_EMIT resendFinished(m_okCount, int(m_failed.size()));
}

void DeadLetterPanel::exportSelectedTo(const QString &path)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Exporting %n dead letter(s)…", nullptr, int(ids.size())));
    m_exporter->exportDeadLetters(m_instanceId, dlqTopic(), ids, Models::MessageExporter::formatForPath(path), path);
}

void DeadLetterPanel::updateButtons()
{
    const bool selection = m_table->selectionModel()->hasSelection();
    m_resendSelected->setEnabled(selection && !m_resending);
    m_resendAll->setEnabled(m_model->rowCount() > 0 && !m_resending);
    m_retryFailed->setEnabled(!m_failed.isEmpty() && !m_resending);
    m_export->setEnabled(selection);
}

void DeadLetterPanel::setLinkBase(const QString &profile, const QString &project)
{
    m_profile = profile;
    m_project = project;
}

QString DeadLetterPanel::currentLink() const
{
    const QModelIndex current = m_table->currentIndex();
    const QString msgId = current.isValid() ? current.data(MessageTableModel::MsgIdRole).toString() : QString();
    return Models::DeepLink::messageLink(m_profile, m_project, m_instanceId, dlqTopic(), msgId);
}

void DeadLetterPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    installCopyLinkShortcut(this);
}

} // namespace Gui
