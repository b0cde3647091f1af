#pragma once

#include "profiles/sessionmanager.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLineEdit;

namespace Ui {
class SecretPromptDialog;
}
namespace Auth {
class KeychainStore;
}

namespace Gui {

/// Asks for the secrets the keychain could not give (none saved, or no keychain at all) when
/// a profile connects. Without a keychain the secrets are kept for this session only, and the
/// dialog says so.
class SecretPromptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPromptDialog)
public:
    SecretPromptDialog(const Profiles::Profile &profile, const QStringList &names, const QString &reason,
                       bool keychainAvailable, QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    QHash<QString, QByteArray> secrets() const;
    bool remember() const;

private:
    std::unique_ptr<Ui::SecretPromptDialog> m_ui;
    QHash<QString, QLineEdit *> m_fields;
};

/// The SessionManager's prompt, opening a window-modal SecretPromptDialog (never exec()).
class DialogSecretPrompt final : public Profiles::SecretPrompt
{
public:
    DialogSecretPrompt(QWidget *parent, Auth::KeychainStore *keychain);
    void askSecrets(const Profiles::Profile &profile, const QStringList &names, const QString &reason,
                    std::function<void(const QHash<QString, QByteArray> &, bool)> done) override;

private:
    QPointer<QWidget> m_parent;
    Auth::KeychainStore *m_keychain;
};

} // namespace Gui
