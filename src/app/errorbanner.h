#pragma once

#include "api/apierror.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Gui {

/// The error banner at the top of a page: what failed, the service's code and message, the
/// request id [Copy], [Retry]. Hidden while there is no error.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    void showError(const QString &what, const Api::ApiError &error);
    void clear();
    const Api::ApiError &error() const { return m_error; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_label;
    QPushButton *m_copy;
    QPushButton *m_retry;
    Api::ApiError m_error;
};

} // namespace Gui
