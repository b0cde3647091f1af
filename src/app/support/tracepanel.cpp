#include "support/tracepanel.h"

#include "models/tracemodel.h"
#include "support/tracetimelinewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

TracePanel::TracePanel(Api::ApiClient *client, const QString &instanceId, QWidget *parent)
    : QWidget(parent),
      m_instanceId(instanceId),
      m_model(new Models::TraceModel(client, this)),
      m_timeline(new TraceTimelineWidget(this)),
      m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_status, 1);
    auto *copy = new QPushButton(tr("Copy as text"), this);
    copy->setObjectName(u"copyTextButton"_s);
    copy->setToolTip(tr("Copy the trace as plain text for a ticket"));
    bar->addWidget(copy);
    layout->addLayout(bar);

    m_timeline->setObjectName(u"timeline"_s);
    m_table->setObjectName(u"traceTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_timeline);
    split->addWidget(m_table);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_model->toText()); });
    connect(m_timeline, &TraceTimelineWidget::barClicked, this, [this](int row) { m_table->selectRow(row); });
    connect(m_model, &Models::TraceModel::loaded, this, [this] {
        m_timeline->setTimeline(m_model->timeline());
        m_table->resizeColumnsToContents();
        const auto &t = m_model->timeline();
        m_status->setText(
            m_model->entries().isEmpty()
                ? tr("No trace records for %1. Tracing may be off for this producer or group.").arg(m_model->msgId())
                : tr("%1 — %n record(s), %2 consumer group(s)", nullptr, int(m_model->entries().size()))
                      .arg(m_model->msgId())
                      .arg(qMax<qsizetype>(0, t.lanes.size() - 1)));
        Q_EMIT loaded();
    });
    connect(m_model, &Models::TraceModel::failed, this, [this](const Api::ApiError &error) {
        m_status->setText(tr("The trace query failed: %1").arg(error.toString()));
        Q_EMIT loaded();
    });
}

TracePanel::~TracePanel() = default;

void TracePanel::load(const QString &msgId)
{
    setWindowTitle(tr("Trace of %1").arg(msgId));
    m_status->setText(tr("Loading the trace of %1…").arg(msgId));
    m_model->load(m_instanceId, msgId);
}

} // namespace Gui
