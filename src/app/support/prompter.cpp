#include "support/prompter.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Gui {

Prompter::~Prompter() = default;

void MessageBoxPrompter::confirm(QWidget *parent, const Question &question, QObject *context,
                                 std::function<void(bool)> done)
{
    auto *box = new QMessageBox(QMessageBox::Warning, question.title, question.text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(question.details);
    QPushButton *yes = box->addButton(question.confirmText.isEmpty() ? QMessageBox::tr("OK") : question.confirmText,
                                      QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QPointer<QObject> guard(context);
    QObject::connect(box, &QMessageBox::finished, box, [box, yes, guard, done = std::move(done)](int) {
        if (guard)
            done(box->clickedButton() == yes);
    });
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void ScriptedPrompter::confirm(QWidget *, const Question &question, QObject *context, std::function<void(bool)> done)
{
    m_asked.append(question);
    const bool answer = m_answers.isEmpty() ? false : m_answers.takeFirst();
    QTimer::singleShot(0, context, [answer, done = std::move(done)] { done(answer); });
}

Prompter *defaultPrompter()
{
    static MessageBoxPrompter prompter;
    return &prompter;
}

} // namespace Gui
