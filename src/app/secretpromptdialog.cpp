#include "secretpromptdialog.h"

#include "auth/keychainstore.h"
#include "ui_secretpromptdialog.h"

#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QString secretLabel(const QString &name)
{
    if (name == u"secret_key")
        return QCoreApplication::translate("Gui::SecretPromptDialog", "Secret key (SK):");
    if (name == u"security_token")
        return QCoreApplication::translate("Gui::SecretPromptDialog", "Security token:");
    if (name == u"password")
        return QCoreApplication::translate("Gui::SecretPromptDialog", "Password:");
    return name + u':';
}

} // namespace

SecretPromptDialog::SecretPromptDialog(const Profiles::Profile &profile, const QStringList &names,
                                       const QString &reason, bool keychainAvailable, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SecretPromptDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Sign in to “%1”").arg(profile.name));
    m_ui->reasonLabel->setText(keychainAvailable ? reason
                                                 : reason + u"\n\n"_s +
                                       tr("What you enter is kept in memory for this session only."));
    m_ui->rememberCheck->setVisible(keychainAvailable);
    m_ui->rememberCheck->setChecked(keychainAvailable);
    for (const QString &name : names) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        m_ui->form->addRow(secretLabel(name), edit);
        m_fields.insert(name, edit);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            bool complete = true;
            for (QLineEdit *e : std::as_const(m_fields))
                complete = complete && !e->text().isEmpty();
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
        });
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(names.isEmpty());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SecretPromptDialog::~SecretPromptDialog() = default;

QHash<QString, QByteArray> SecretPromptDialog::secrets() const
{
    QHash<QString, QByteArray> out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        out.insert(it.key(), it.value()->text().toUtf8());
    return out;
}

bool SecretPromptDialog::remember() const
{
    return m_ui->rememberCheck->isVisible() && m_ui->rememberCheck->isChecked();
}

DialogSecretPrompt::DialogSecretPrompt(QWidget *parent, Auth::KeychainStore *keychain)
    : m_parent(parent), m_keychain(keychain)
{
}

void DialogSecretPrompt::askSecrets(const Profiles::Profile &profile, const QStringList &names, const QString &reason,
                                    std::function<void(const QHash<QString, QByteArray> &, bool)> done)
{
    auto *dialog = new SecretPromptDialog(profile, names, reason, m_keychain->isAvailable(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, done](int result) {
        if (result == QDialog::Accepted)
            done(dialog->secrets(), dialog->remember());
        else
            done({}, false);
    });
    dialog->open();
}

} // namespace Gui
