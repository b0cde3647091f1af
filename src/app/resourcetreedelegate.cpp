#include "resourcetreedelegate.h"

#include "apitext.h"
#include "models/resourcetreemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Kind = Models::ResourceTreeModel::NodeKind;

namespace Gui {

namespace {

QIcon dot(const QColor &color)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pm);
}

QColor statusColor(const QString &status)
{
    if (status == u"RUNNING")
        return QColor(0x2e, 0x7d, 0x32);
    if (status == u"ERROR" || status == u"EXTENDEDFAILED" || status == u"FROZEN")
        return QColor(0xc6, 0x28, 0x28);
    if (status.isEmpty())
        return Qt::gray;
    return QColor(0xef, 0x6c, 0x00); // creating, restarting, extending, ...
}

} // namespace

ResourceTreeDelegate::ResourceTreeDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

ResourceTreeDelegate::~ResourceTreeDelegate() = default;

QIcon ResourceTreeDelegate::iconFor(int kind, const QString &status)
{
    static QHash<QString, QIcon> cache;
    const QString key = QString::number(kind) + status;
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QStyle *style = QApplication::style();
    QIcon icon;
    switch (Kind(kind)) {
    case Kind::Profile:
        icon = QIcon::fromTheme(u"network-server"_s, style->standardIcon(QStyle::SP_DriveNetIcon));
        break;
    case Kind::Project:
        icon = style->standardIcon(QStyle::SP_DirHomeIcon);
        break;
    case Kind::Instance:
        icon = dot(statusColor(status));
        break;
    case Kind::TopicsFolder:
    case Kind::GroupsFolder:
    case Kind::UsersFolder:
    case Kind::KafkaFolder:
    case Kind::QueuesFolder:
        icon = style->standardIcon(QStyle::SP_DirIcon);
        break;
    case Kind::KafkaInstance:
        icon = dot(statusColor(status));
        break;
    case Kind::MqttInstance: // added by the user: no status to show
        icon = style->standardIcon(QStyle::SP_ComputerIcon);
        break;
    case Kind::MqttTopic:
    case Kind::Queue:
    case Kind::KafkaTopic:
    case Kind::Topic:
        icon = QIcon::fromTheme(u"mail-folder-inbox"_s, style->standardIcon(QStyle::SP_FileDialogListView));
        break;
    case Kind::Group:
        icon = QIcon::fromTheme(u"system-users"_s, style->standardIcon(QStyle::SP_FileDialogDetailedView));
        break;
    case Kind::DeadLetterTopic:
        icon = QIcon::fromTheme(u"user-trash"_s, style->standardIcon(QStyle::SP_TrashIcon));
        break;
    case Kind::User:
        icon = QIcon::fromTheme(u"user-identity"_s, style->standardIcon(QStyle::SP_FileIcon));
        break;
    case Kind::Loading:
        icon = style->standardIcon(QStyle::SP_BrowserReload);
        break;
    case Kind::Error:
        icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    }
    cache.insert(key, icon);
    return icon;
}

QString ResourceTreeDelegate::instanceText(const QModelIndex &index)
{
    // The model keeps the API's status code; it is translated here, when shown.
    QStringList parts {index.data(Models::ResourceTreeModel::NameRole).toString()};
    const QString version = index.data(Models::ResourceTreeModel::EngineVersionRole).toString();
    const QString status = index.data(Models::ResourceTreeModel::StatusRole).toString();
    if (!version.isEmpty())
        parts.append(version);
    if (!status.isEmpty())
        parts.append(ApiText::instanceStatus(status));
    return parts.join(u"  ·  "_s);
}

bool ResourceTreeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    const auto kind = Kind(index.data(Models::ResourceTreeModel::KindRole).toInt());
    const QString status = index.data(Models::ResourceTreeModel::StatusRole).toString();
    if (event && event->type() == QEvent::ToolTip && !status.isEmpty() &&
        (kind == Kind::Instance || kind == Kind::KafkaInstance)) {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        const QString why = ApiText::instanceStatusDescription(status);
        const QString line = tr("%1: %2").arg(ApiText::instanceStatus(status), why.isEmpty() ? status : why);
        QToolTip::showText(event->globalPos(), tip.isEmpty() ? line : tip + u'\n' + line, view->viewport(),
                           view->visualRect(index));
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void ResourceTreeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int kind = index.data(Models::ResourceTreeModel::KindRole).toInt();
    const QString status = index.data(Models::ResourceTreeModel::StatusRole).toString();
    option->icon = iconFor(kind, status);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (Kind(kind) == Kind::Instance || Kind(kind) == Kind::KafkaInstance)
        option->text = instanceText(index);
    if (Kind(kind) == Kind::Error)
        option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    else if (Kind(kind) == Kind::Loading)
        option->font.setItalic(true);
}

} // namespace Gui
