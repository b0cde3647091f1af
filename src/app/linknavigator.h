#pragma once

#include "appcontext.h"
#include "models/deeplink.h"
#include "support/messageviewer.h"
#include "support/tracepanel.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace Gui {

class MainWindow;

/// Opens mqdesk:// links (command line, a second launch, the clipboard) in a main window:
/// resolves the profile (id or name), expands the tree as its containers load and selects the
/// node; a message link then opens the message viewer and its trace.
class LinkNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkNavigator)
public:
    LinkNavigator(MainWindow *window, const AppContext &context, QObject *parent = nullptr);
    ~LinkNavigator() override;

    /// Starts opening `text`; false (and failed()) when it is malformed or names no profile.
    bool open(const QString &text);
    /// The link being opened, invalid when none is pending.
    const Models::DeepLink &pending() const { return m_pending; }

Q_SIGNALS:
    /// The link's node is selected (and, for a message, its viewer and trace are open).
    void opened(const Models::DeepLink &link);
    void messageOpened(Gui::MessageViewer *viewer, Gui::TracePanel *trace);
    void failed(const QString &error);

private:
    void check();
    void fail(const QString &error);

    MainWindow *m_window;
    AppContext m_ctx;
    Models::DeepLink m_pending;
    QString m_treeLink;
};

} // namespace Gui
