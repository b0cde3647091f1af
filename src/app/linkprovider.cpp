#include "linkprovider.h"

#include <QApplication>
#include <QClipboard>
#include <QShortcut>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Gui {

QString LinkProvider::linkAround(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (const auto *provider = dynamic_cast<const LinkProvider *>(w)) {
            const QString link = provider->currentLink();
            if (!link.isEmpty())
                return link;
        }
        if (w->isWindow())
            break;
    }
    return {};
}

bool LinkProvider::copy(const QString &link)
{
    if (link.isEmpty())
        return false;
    QApplication::clipboard()->setText(link);
    return true;
}

void LinkProvider::installCopyLinkShortcut(QWidget *window)
{
    if (!window->isWindow() || window->findChild<QShortcut *>(u"copyLinkShortcut"_s, Qt::FindDirectChildrenOnly))
        return;
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), window);
    shortcut->setObjectName(u"copyLinkShortcut"_s);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, window, [window] {
        QString link = linkAround(QApplication::focusWidget());
        if (link.isEmpty()) {
            if (const auto *provider = dynamic_cast<const LinkProvider *>(window))
                link = provider->currentLink();
        }
        copy(link);
    });
}

} // namespace Gui
