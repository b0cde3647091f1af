#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Gui {

/// What an update_user body changes on a user as show_user returned it, one line per change
/// in words an administrator checks before saving ("Topic “orders”: Publish only (PUB) →
/// Subscribe only (SUB)"). Empty when the body changes nothing.
class UserChanges
{
    Q_DECLARE_TR_FUNCTIONS(Gui::UserChanges)
public:
    static QStringList describe(const QJsonObject &before, const QJsonObject &body);
};

} // namespace Gui
