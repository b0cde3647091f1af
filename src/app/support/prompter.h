#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Gui {

/// A yes/no question a panel asks before it changes something.
struct Question
{
    QString title;
    QString text;
    QString details;
    QString confirmText; ///< label of the confirming button, e.g. "Reset offset"
};

/// Modal prompts behind an interface, so GUI tests can answer them. confirm() never blocks
/// and never runs a nested event loop: the answer arrives later through `done` (only while
/// `context` is alive).
class Prompter
{
public:
    virtual ~Prompter();
    virtual void confirm(QWidget *parent, const Question &question, QObject *context,
                         std::function<void(bool)> done) = 0;
};

/// The application's prompter: a window-modal QMessageBox opened with open().
class MessageBoxPrompter final : public Prompter
{
public:
    void confirm(QWidget *parent, const Question &question, QObject *context, std::function<void(bool)> done) override;
};

/// For tests (KeePassXC MessageBox::setNextAnswer style): answers from a queue of preset
/// answers (default: no), after the current event, and records every question asked.
class ScriptedPrompter final : public Prompter
{
public:
    void setNextAnswer(bool yes) { m_answers.append(yes); }
    const QList<Question> &asked() const { return m_asked; }
    void confirm(QWidget *parent, const Question &question, QObject *context, std::function<void(bool)> done) override;

private:
    QList<bool> m_answers;
    QList<Question> m_asked;
};

/// The MessageBoxPrompter every panel uses unless one is passed in.
Prompter *defaultPrompter();

} // namespace Gui
