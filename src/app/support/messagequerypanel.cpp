#include "support/messagequerypanel.h"

#include "api/apiclient.h"
#include "models/deeplink.h"
#include "models/messageexporter.h"
#include "models/messagetablemodel.h"
#include "support/messageiddecoderwidget.h"
#include "ui_messagequerypanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTimer>

using namespace Qt::StringLiterals;
using Models::MessageTableModel;

namespace Gui {

namespace {

constexpr qint64 minute = 60 * 1000;

qint64 presetSpan(int preset)
{
    switch (MessageQueryPanel::Preset(preset)) {
    case MessageQueryPanel::Preset::Last15Minutes:
        return 15 * minute;
    case MessageQueryPanel::Preset::LastHour:
        return 60 * minute;
    case MessageQueryPanel::Preset::Last24Hours:
        return 24 * 60 * minute;
    case MessageQueryPanel::Preset::Last3Days:
        return 3 * 24 * 60 * minute;
    case MessageQueryPanel::Preset::Custom:
        break;
    }
    return 0;
}

} // namespace

MessageQueryPanel::MessageQueryPanel(Api::ApiClient *client, const QString &instanceId, const QString &topic,
                                     QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::MessageQueryPanel>()),
      m_client(client),
      m_instanceId(instanceId),
      m_topic(topic),
      m_model(new MessageTableModel(client, this)),
      m_proxy(new Models::MessageFilterProxyModel(this)),
      m_exporter(new Models::MessageExporter(client, this)),
      m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Messages of %1").arg(topic));
    m_proxy->setSourceModel(m_model);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(-1, Qt::AscendingOrder); // server order (newest first) until the user sorts
    for (int c :
         {int(MessageTableModel::OriginalTopic), int(MessageTableModel::BodyPreview), int(MessageTableModel::Result)})
        m_ui->table->hideColumn(c);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 6);
    m_ui->table->horizontalHeader()->resizeSection(MessageTableModel::StoreTime, 170);
    m_ui->table->horizontalHeader()->resizeSection(MessageTableModel::MsgId, 270);
    m_ui->progressRow->hide();
    m_ui->errorLabel->setStyleSheet(u"QLabel { background: palette(alternate-base); border-left: 3px solid #c0392b; "
                                    "padding: 4px; }"_s);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_ui->filterEdit->text().trimmed());
        updateCount();
    });

    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &MessageQueryPanel::onModeChanged);
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, &MessageQueryPanel::onPresetChanged);
    connect(m_ui->utcCheck, &QCheckBox::toggled, this, &MessageQueryPanel::setUtc);
    auto toCustom = [this] {
        if (m_ui->presetCombo->currentIndex() != int(Preset::Custom)) {
            const QSignalBlocker block(m_ui->presetCombo);
            m_ui->presetCombo->setCurrentIndex(int(Preset::Custom));
        }
    };
    connect(m_ui->startEdit, &QDateTimeEdit::editingFinished, this, toCustom);
    connect(m_ui->endEdit, &QDateTimeEdit::editingFinished, this, toCustom);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &MessageQueryPanel::search);
    connect(m_ui->textEdit, &QLineEdit::returnPressed, this, &MessageQueryPanel::search);

    connect(m_model, &MessageTableModel::rowsInserted, this, &MessageQueryPanel::updateCount);
    connect(m_model, &MessageTableModel::modelReset, this, &MessageQueryPanel::updateCount);
    connect(m_model, &MessageTableModel::totalChanged, this, &MessageQueryPanel::updateCount);
    connect(m_model, &MessageTableModel::loadingChanged, this, &MessageQueryPanel::updateCount);
    connect(m_model, &MessageTableModel::failed, this, &MessageQueryPanel::showError);
    connect(m_ui->table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT messageActivated(m_topic, index.data(MessageTableModel::MsgIdRole).toString());
    });

    // Ctrl+C copies the selected rows as tab-separated text (visible columns, view order).
    auto *copy = new QAction(tr("Copy rows"), m_ui->table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_ui->table->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedRowsAsText()); });

    // The rows' context menu. Its Ctrl+Shift+C only acts while the menu is open: otherwise the
    // window's Copy link (the main window's, or installCopyLinkShortcut's) asks currentLink().
    m_rowMenu = new QMenu(this);
    m_rowMenu->setObjectName(u"rowMenu"_s);
    QAction *open = m_rowMenu->addAction(tr("Open message"));
    open->setObjectName(u"openMessageAction"_s);
    connect(open, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->table->currentIndex();
        if (current.isValid())
            Q_EMIT messageActivated(m_topic, current.data(MessageTableModel::MsgIdRole).toString());
    });
    QAction *copyLink = m_rowMenu->addAction(tr("Copy link"));
    copyLink->setObjectName(u"copyLinkAction"_s);
    copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyLink->setShortcutContext(Qt::WidgetShortcut);
    connect(copyLink, &QAction::triggered, this, [this] { LinkProvider::copy(currentLink()); });
    m_rowMenu->addAction(copy);
    connect(m_rowMenu, &QMenu::aboutToShow, this, [this, open, copyLink, copy] {
        const bool row = m_ui->table->currentIndex().isValid();
        open->setEnabled(row);
        copyLink->setEnabled(row && !currentLink().isEmpty());
        copy->setEnabled(m_ui->table->selectionModel()->hasSelection());
    });
    m_ui->table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_ui->table->indexAt(pos);
        if (at.isValid() && !m_ui->table->selectionModel()->isRowSelected(at.row(), at.parent()))
            m_ui->table->selectionModel()->setCurrentIndex(
                at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else if (at.isValid())
            m_ui->table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
        m_rowMenu->popup(m_ui->table->viewport()->mapToGlobal(pos));
    });

    auto *menu = new QMenu(this);
    QAction *all = menu->addAction(tr("Export all results…"));
    all->setObjectName(u"exportAllAction"_s);
    QAction *selected = menu->addAction(tr("Export selected…"));
    selected->setObjectName(u"exportSelectedAction"_s);
    connect(all, &QAction::triggered, this, [this] { chooseExportFile(false); });
    connect(selected, &QAction::triggered, this, [this] { chooseExportFile(true); });
    connect(menu, &QMenu::aboutToShow, this,
            [this, selected] { selected->setEnabled(m_ui->table->selectionModel()->hasSelection()); });
    m_ui->exportButton->setMenu(menu);

    connect(m_ui->cancelButton, &QPushButton::clicked, m_exporter, &Models::MessageExporter::cancel);
    connect(m_exporter, &Models::MessageExporter::progress, this, [this](qint64 done, qint64 total) {
        m_ui->progressBar->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_ui->progressBar->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
        m_ui->progressLabel->setText(
            tr("Exporting %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_exporter, &Models::MessageExporter::finished, this, [this](const QString &path, qint64 count) {
        m_ui->progressBar->hide();
        m_ui->cancelButton->hide();
        m_ui->progressLabel->setText(tr("Exported %n message(s) to %1.", nullptr, int(count)).arg(path));
    });
    connect(m_exporter, &Models::MessageExporter::failed, this, [this](const QString &message) {
        m_ui->progressBar->hide();
        m_ui->cancelButton->hide();
        m_ui->progressLabel->setText(message);
    });
    connect(m_exporter, &Models::MessageExporter::cancelled, this, [this] {
        m_ui->progressBar->hide();
        m_ui->cancelButton->hide();
        m_ui->progressLabel->setText(tr("Export cancelled; no file was written."));
    });

    m_decoder = new MessageIdDecoderWidget(m_ui->textEdit, this);
    m_decoder->setObjectName(u"decoder"_s);
    m_ui->mainLayout->insertWidget(1, m_decoder);
    connect(m_decoder, &MessageIdDecoderWidget::searchAround, this, [this](qint64 start, qint64 end) {
        setRange(start, end);
        search();
    });

    setPreset(Preset::LastHour);
    onModeChanged(0);
    updateCount();
}

MessageQueryPanel::~MessageQueryPanel() = default;

void MessageQueryPanel::setPreset(Preset preset)
{
    m_ui->presetCombo->setCurrentIndex(int(preset));
    onPresetChanged(int(preset));
}

void MessageQueryPanel::onPresetChanged(int preset)
{
    const qint64 span = presetSpan(preset);
    if (span == 0)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setEditMs(false, now - span);
    setEditMs(true, now);
}

void MessageQueryPanel::setRange(qint64 startMs, qint64 endMs)
{
    m_ui->modeCombo->setCurrentIndex(int(Models::MessageQuery::Mode::TimeRange));
    {
        const QSignalBlocker block(m_ui->presetCombo);
        m_ui->presetCombo->setCurrentIndex(int(Preset::Custom));
    }
    setEditMs(false, startMs);
    setEditMs(true, endMs);
}

void MessageQueryPanel::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    const qint64 start = editMs(false);
    const qint64 end = editMs(true);
    m_utc = utc;
    {
        const QSignalBlocker block(m_ui->utcCheck);
        m_ui->utcCheck->setChecked(utc);
    }
    setEditMs(false, start);
    setEditMs(true, end);
}

// The edits show wall-clock time; with UTC on, that wall clock is read as UTC.
qint64 MessageQueryPanel::editMs(bool end) const
{
    const QDateTime wall = (end ? m_ui->endEdit : m_ui->startEdit)->dateTime();
    if (!m_utc)
        return wall.toMSecsSinceEpoch();
    return QDateTime(wall.date(), wall.time(), Qt::UTC).toMSecsSinceEpoch();
}

void MessageQueryPanel::setEditMs(bool end, qint64 ms)
{
    const QDateTime t = m_utc ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime::fromMSecsSinceEpoch(ms);
    (end ? m_ui->endEdit : m_ui->startEdit)->setDateTime(QDateTime(t.date(), t.time()));
}

void MessageQueryPanel::onModeChanged(int mode)
{
    const auto m = Models::MessageQuery::Mode(mode);
    // Key queries keep the time range: the key index is searched within it.
    m_ui->timeWidget->setVisible(m != Models::MessageQuery::Mode::MessageId);
    m_ui->textEdit->setVisible(m != Models::MessageQuery::Mode::TimeRange);
    if (m_decoder)
        m_decoder->setVisible(m == Models::MessageQuery::Mode::MessageId);
    m_ui->textEdit->setPlaceholderText(
        m == Models::MessageQuery::Mode::Key ? tr("Message key") : tr("Message id (offset id or unique key)"));
}

Models::MessageQuery MessageQueryPanel::currentQuery(qint64 nowMs) const
{
    Models::MessageQuery q;
    q.instanceId = m_instanceId;
    q.topic = m_topic;
    q.mode = Models::MessageQuery::Mode(m_ui->modeCombo->currentIndex());
    const qint64 span = presetSpan(m_ui->presetCombo->currentIndex());
    q.startMs = span > 0 ? nowMs - span : editMs(false);
    q.endMs = span > 0 ? nowMs : editMs(true);
    if (q.mode == Models::MessageQuery::Mode::Key)
        q.key = m_ui->textEdit->text().trimmed();
    if (q.mode == Models::MessageQuery::Mode::MessageId)
        q.msgId = m_ui->textEdit->text().trimmed();
    return q;
}

void MessageQueryPanel::searchById(const QString &msgId)
{
    m_ui->modeCombo->setCurrentIndex(int(Models::MessageQuery::Mode::MessageId));
    m_ui->textEdit->setText(msgId);
    search();
}

void MessageQueryPanel::searchByKey(const QString &key)
{
    m_ui->modeCombo->setCurrentIndex(int(Models::MessageQuery::Mode::Key));
    m_ui->textEdit->setText(key);
    search();
}

void MessageQueryPanel::search()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (presetSpan(m_ui->presetCombo->currentIndex()) > 0) {
        setEditMs(false, now - presetSpan(m_ui->presetCombo->currentIndex()));
        setEditMs(true, now);
    }
    const Models::MessageQuery q = currentQuery(now);
    QString why;
    if (!q.isValid(&why)) {
        m_ui->errorLabel->setText(why);
        m_ui->errorLabel->show();
        return;
    }
    m_ui->errorLabel->hide();
    m_model->setQuery(q);
}

void MessageQueryPanel::updateCount()
{
    const QLocale l;
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (m_model->total() < 0 && !m_model->isLoading()) {
        text = tr("Choose a range and search.");
    } else if (m_model->total() < 0) {
        text = tr("Searching…");
    } else if (m_model->total() == 0) {
        const auto q = m_model->query();
        text = q.mode == Models::MessageQuery::Mode::MessageId
            ? tr("No message with this id in %1.").arg(m_topic)
            : tr("No messages stored between %1 and %2. Widen the range or send one.")
                  .arg(QDateTime::fromMSecsSinceEpoch(q.startMs).toString(u"yyyy-MM-dd HH:mm"_s),
                       QDateTime::fromMSecsSinceEpoch(q.endMs).toString(u"yyyy-MM-dd HH:mm"_s));
    } else {
        text = tr("%1 of %2").arg(l.toString(loaded), l.toString(m_model->total()));
        if (!m_proxy->filterText().isEmpty())
            text = tr("%1 match the filter, %2").arg(l.toString(shown), text);
        if (m_model->isLoading())
            text += u" · "_s + tr("loading…");
    }
    m_ui->countLabel->setText(text);
}

void MessageQueryPanel::showError(const Api::ApiError &error)
{
    m_ui->errorLabel->setText(tr("The query failed: %1").arg(error.toString()));
    m_ui->errorLabel->show();
    updateCount();
}

void MessageQueryPanel::chooseExportFile(bool selectedOnly)
{
    auto *dialog = new QFileDialog(this, selectedOnly ? tr("Export selected messages") : tr("Export messages"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("JSON (*.json)"), tr("CSV (*.csv)")});
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(m_topic + u".json"_s);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(u"csv"_s) ? u"csv"_s : u"json"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, selectedOnly](const QString &path) { exportTo(path, selectedOnly); });
    dialog->open();
}

QString MessageQueryPanel::selectedRowsAsText() const
{
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            if (!m_ui->table->isColumnHidden(c))
                cells.append(m_proxy->index(row.row(), c).data().toString());
        }
        text += cells.join(u'\t') + u'\n';
    }
    return text;
}

void MessageQueryPanel::setLinkBase(const QString &profile, const QString &project)
{
    m_profile = profile;
    m_project = project;
}

QString MessageQueryPanel::linkForRow(int row) const
{
    const QString msgId = m_proxy->index(row, 0).data(MessageTableModel::MsgIdRole).toString();
    return Models::DeepLink::messageLink(m_profile, m_project, m_instanceId, m_topic, msgId);
}

QString MessageQueryPanel::currentLink() const
{
    const QModelIndex current = m_ui->table->currentIndex();
    return current.isValid() ? linkForRow(current.row()) : QString();
}

void MessageQueryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    installCopyLinkShortcut(this);
}

void MessageQueryPanel::exportTo(const QString &path, bool selectedOnly)
{
    const auto format = Models::MessageExporter::formatForPath(path);
    m_ui->progressRow->show();
    m_ui->progressBar->show();
    m_ui->cancelButton->show();
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(tr("Exporting…"));
    if (!selectedOnly) {
        m_exporter->exportAll(m_model->query(), m_model->total(), format, path);
        return;
    }
    QStringList ids;
    QList<int> rows;
    const QModelIndexList selected = m_ui->table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const QModelIndex source = m_proxy->mapToSource(index);
        ids.append(m_model->msgIdAt(source.row()));
        rows.append(source.row());
    }
    m_exporter->exportSelected(m_model->query(), ids, rows, m_model->pageSize(), format, path);
}

} // namespace Gui
