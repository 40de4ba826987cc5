// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/edityaml.h"

#include "views/pipeline/pipelinedocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::EditYaml)
};
// Typing merges into one undo step as in a text editor: until a pause, a new line, or
// a few seconds after the step began, whichever comes first. (The YAML view hands over
// its text after each short pause in typing, so a step is a handful of such edits.)
constexpr qint64 kPauseMs = 1000;
constexpr qint64 kMaxSpanMs = 4000;

int lineCount(const QByteArray &text)
{
    return int(text.count('\n'));
}
} // namespace

EditYaml::EditYaml(PipelineDocument *document, const QByteArray &before, const QByteArray &after, bool mergeable)
    : PipelineCommand(document, Text::tr("Edit YAML")), m_before(before), m_after(after), m_mergeable(mergeable)
{
    m_began.start();
    m_lastEdit.start();
}

bool EditYaml::mergeWith(const QUndoCommand *other)
{
    if (!m_mergeable || m_lastEdit.elapsed() > kPauseMs || m_began.elapsed() > kMaxSpanMs)
        return false;
    const QByteArray &next = static_cast<const EditYaml *>(other)->m_after;
    // A line added or removed starts a new step, so one undo takes back one line's typing.
    if (lineCount(next) != lineCount(m_after))
        return false;
    m_after = next;
    m_lastEdit.restart();
    return true;
}

void EditYaml::apply()
{
    document()->doSetText(m_after);
}

void EditYaml::revert()
{
    document()->doSetText(m_before);
}

} // namespace mlops
