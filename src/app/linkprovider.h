#pragma once

#include <QString>

class QWidget;

namespace Gui {

/// A widget with an mqdesk:// address of its own (a message viewer, the selected row of a
/// message table). Copy link (Ctrl+Shift+C) copies the address of the innermost provider
/// around the focus; the main window falls back to the tree node's.
///
/// Ctrl+Shift+C belongs to one shortcut per window: the main window's action asks the
/// providers inside it; a provider shown as a window of its own installs its own shortcut
/// (installCopyLinkShortcut), so the two never compete for the key.
class LinkProvider
{
public:
    virtual ~LinkProvider() = default;
    /// The address to copy now; empty when there is none (no message loaded, no row).
    virtual QString currentLink() const = 0;

    /// The link of the innermost provider that is `widget` or one of its parents; empty when
    /// none of them has one.
    static QString linkAround(const QWidget *widget);
    /// Copies `link` to the clipboard (false when it is empty).
    static bool copy(const QString &link);
    /// When `window` is a top-level window: Ctrl+Shift+C copies its provider's link. Call from
    /// the widget's showEvent; does nothing for a widget embedded in another window.
    static void installCopyLinkShortcut(QWidget *window);
};

} // namespace Gui
