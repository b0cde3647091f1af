#pragma once

#include "pagehost.h"

#include <QJsonObject>
#include <QVariantMap>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QTabWidget;

namespace Api {
struct ApiError;
}
namespace Profiles {
class Settings;
}

namespace Gui {

class ErrorBanner;

/// Base of the right-hand pages: a breadcrumb (and a coloured band for production
/// profiles), an error banner, and tabs. Subclasses issue their calls with fetch() and fill
/// the tabs in load(); reload() (F5) repeats them. Extension tabs come from the PageHost.
class DetailPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPage)
public:
    DetailPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent = nullptr);
    ~DetailPage() override;

    const NodeContext &context() const { return m_context; }
    QTabWidget *tabs() const { return m_tabs; }
    ErrorBanner *banner() const { return m_banner; }
    /// Calls still running.
    int pending() const { return m_pending; }

    /// Issues the page's calls again (F5, Retry): what the previous round still waits for is
    /// dropped, so its answers never land on top of the new ones.
    void reload();

Q_SIGNALS:
    /// Every call of the last reload() has ended (successfully or not).
    void loaded();

protected:
    /// Issues the page's calls with fetch(); reload() runs it after dropping the last round.
    virtual void load() = 0;
    /// Sends an operation; `onResult` runs on success, the banner shows failures.
    void fetch(const QString &operationId, QVariantMap params, const QString &what,
               std::function<void(const QJsonObject &)> onResult);
    void addExtensionTabs();
    /// A scrollable form tab; returns its layout.
    QFormLayout *addFormTab(const QString &title);
    /// A selectable value label with an optional copy button; returns the value label.
    QLabel *addField(QFormLayout *form, const QString &label, const QString &value, bool copyable = false);
    static void clearForm(QFormLayout *form);
    Profiles::Settings *settings() const { return m_settings; }
    PageHost *host() const { return m_host; }

private:
    NodeContext m_context;
    PageHost *m_host;
    Profiles::Settings *m_settings;
    QLabel *m_breadcrumb;
    ErrorBanner *m_banner;
    QTabWidget *m_tabs;
    QObject *m_calls = nullptr;
    int m_pending = 0;
};

/// Text for an epoch-ms or ISO timestamp, local time (UTC in the tooltip is the caller's).
QString formatTime(const QJsonValue &value);
/// Any JSON value as one line of text.
QString jsonText(const QJsonValue &value);

} // namespace Gui
