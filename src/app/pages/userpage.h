#pragma once

#include "pages/detailpage.h"

class QFormLayout;

namespace Gui {

class DataTable;

/// User: permissions on topics and groups, admin flag, white-listed addresses. The secret
/// key the API returns is never shown.
class UserPage final : public DetailPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPage)
public:
    UserPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent = nullptr);
    ~UserPage() override;

    DataTable *permissions() const { return m_perms; }

protected:
    void load() override;

private:
    void showUser(const QJsonObject &o);

    QFormLayout *m_overview;
    DataTable *m_perms;
};

} // namespace Gui
