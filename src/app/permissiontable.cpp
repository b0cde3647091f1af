#include "permissiontable.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

enum Column { NameColumn, PermColumn };

} // namespace

PermissionTable::PermissionTable(Target target, QWidget *parent)
    : QWidget(parent), m_target(target), m_table(new QTableWidget(0, 2, this))
{
    const bool topics = target == Target::Topics;
    setObjectName(topics ? u"topicPermsTable"_s : u"groupPermsTable"_s);
    m_table->setObjectName(u"table"_s);
    m_table->setHorizontalHeaderLabels({topics ? tr("Topic") : tr("Consumer group"), tr("Permission")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // Cell widgets do not size their column: make room for the longest permission label.
    QComboBox probe;
    const auto all = choices(target);
    for (const auto &[value, text] : all)
        probe.addItem(text, value);
    m_table->horizontalHeader()->setSectionResizeMode(PermColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(PermColumn, probe.sizeHint().width());
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(110);
    m_add = new QPushButton(topics ? tr("Add topic") : tr("Add group"), this);
    m_add->setObjectName(u"addButton"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeButton"_s);
    m_empty = new QLabel(topics ? tr("None: the default topic permission applies to every topic.")
                                : tr("None: the default group permission applies to every group."),
                         this);
    m_empty->setObjectName(u"emptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_empty, 1);
    buttons->addStretch(); // keeps the buttons compact while the hint is hidden
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &PermissionTable::updateButtons);
    // Del removes the current row while the table (or a cell's combo) has the focus.
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(removeKey);
    connect(removeKey, &QAction::triggered, m_remove, &QPushButton::click);
    updateButtons();
}

PermissionTable::~PermissionTable() = default;

QList<std::pair<QString, QString>> PermissionTable::choices(Target target)
{
    if (target == Target::Groups)
        return {{u"SUB"_s, tr("Subscribe (SUB)")}, {u"DENY"_s, tr("No permission (DENY)")}};
    return {{u"PUB|SUB"_s, tr("Publish and subscribe (PUB|SUB)")},
            {u"PUB"_s, tr("Publish only (PUB)")},
            {u"SUB"_s, tr("Subscribe only (SUB)")},
            {u"DENY"_s, tr("No permission (DENY)")}};
}

QString PermissionTable::label(Target target, const QString &perm)
{
    const auto all = choices(target);
    for (const auto &[value, text] : all) {
        if (value == perm)
            return text;
    }
    return perm;
}

void PermissionTable::fillCombo(QComboBox *combo, Target target, const QString &perm)
{
    const auto all = choices(target);
    for (const auto &[value, text] : all)
        combo->addItem(text, value);
    if (!perm.isEmpty() && combo->findData(perm) < 0)
        combo->addItem(perm, perm);
    combo->setCurrentIndex(perm.isEmpty() ? 0 : combo->findData(perm));
}

void PermissionTable::setPermissions(const QJsonArray &items)
{
    m_table->setRowCount(0);
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        addRow(o.value("name"_L1).toString(), o.value("perm"_L1).toString());
    }
    m_table->setCurrentCell(-1, -1);
    updateButtons();
    Q_EMIT changed();
}

QList<PermissionTable::Permission> PermissionTable::permissions() const
{
    QList<Permission> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto *name = qobject_cast<QComboBox *>(m_table->cellWidget(r, NameColumn));
        const auto *perm = qobject_cast<QComboBox *>(m_table->cellWidget(r, PermColumn));
        rows.append(
            {name ? name->currentText().trimmed() : QString(), perm ? perm->currentData().toString() : QString()});
    }
    return rows;
}

QJsonArray PermissionTable::toJson() const
{
    QJsonArray items;
    const QList<Permission> rows = permissions();
    for (const Permission &p : rows)
        items.append(QJsonObject {{u"name"_s, p.name}, {u"perm"_s, p.perm}});
    return items;
}

void PermissionTable::setKnownNames(const QStringList &names)
{
    m_known = names;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto *name = qobject_cast<QComboBox *>(m_table->cellWidget(r, NameColumn));
        if (!name)
            continue;
        const QString text = name->currentText();
        const QSignalBlocker block(name);
        name->clear();
        name->addItems(m_known);
        name->setCurrentText(text);
    }
}

void PermissionTable::addRow(const QString &nameText, const QString &permValue)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QComboBox(m_table);
    name->setObjectName(u"nameCombo"_s);
    name->setEditable(true);
    name->setInsertPolicy(QComboBox::NoInsert);
    name->addItems(m_known);
    name->completer()->setCompletionMode(QCompleter::PopupCompletion);
    name->completer()->setFilterMode(Qt::MatchContains);
    name->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    name->setCurrentText(nameText);
    auto *perm = new QComboBox(m_table);
    perm->setObjectName(u"permCombo"_s);
    fillCombo(perm, m_target, permValue);
    m_table->setCellWidget(row, NameColumn, name);
    m_table->setCellWidget(row, PermColumn, perm);
    connect(name, &QComboBox::currentTextChanged, this, &PermissionTable::changed);
    connect(perm, &QComboBox::currentIndexChanged, this, &PermissionTable::changed);
    m_table->setCurrentCell(row, NameColumn);
    if (nameText.isEmpty())
        name->setFocus();
    updateButtons();
    Q_EMIT changed();
}

void PermissionTable::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    updateButtons();
    Q_EMIT changed();
}

int PermissionTable::rowCount() const
{
    return m_table->rowCount();
}

void PermissionTable::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
    m_empty->setVisible(m_table->rowCount() == 0);
}

} // namespace Gui
