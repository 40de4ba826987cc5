// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/cellwidget.h"

#include "views/notebook/celleditor.h"
#include "views/notebook/outputarea.h"

#include <QDir>
#include <QEvent>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace mlops {

namespace {
constexpr int kPromptWidth = 64;

QString formatElapsed(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

CellWidget::CellWidget(const NotebookCell &cell, QWidget *parent)
    : QFrame(parent), m_cellId(cell.id), m_cellType(cell.cellType), m_executionCount(cell.executionCount),
      m_prompt(new QLabel(this)), m_timeLabel(new QLabel(this)), m_stateBar(new QFrame(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("notebookCell"));
    setProperty("cellType", m_cellType);
    setFocusPolicy(Qt::ClickFocus);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 4, 10, 4);
    row->setSpacing(0);

    m_stateBar->setObjectName(QStringLiteral("cellStateBar"));
    m_stateBar->setFixedWidth(4);
    row->addWidget(m_stateBar);

    auto *gutter = new QVBoxLayout;
    gutter->setContentsMargins(4, 6, 6, 0);
    gutter->setSpacing(2);
    m_prompt->setObjectName(QStringLiteral("cellPrompt"));
    m_prompt->setFixedWidth(kPromptWidth);
    m_prompt->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_timeLabel->setObjectName(QStringLiteral("cellTime"));
    m_timeLabel->setFixedWidth(kPromptWidth);
    m_timeLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_timeLabel->hide();
    gutter->addWidget(m_prompt);
    gutter->addWidget(m_timeLabel);
    gutter->addStretch(1);
    row->addLayout(gutter);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(6);
    const CellEditor::Language language = cell.isCode()       ? CellEditor::Language::Python
                                          : cell.isMarkdown() ? CellEditor::Language::Markdown
                                                              : CellEditor::Language::Plain;
    m_editor = new CellEditor(language, this);
    m_editor->setSource(cell.source);
    body->addWidget(m_editor);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_editor->isSettingSource())
            emit sourceEdited(m_cellId, m_editor->text());
    });
    connect(m_editor, &CellEditor::focusReceived, this, [this] { emit activated(m_cellId); });
    connect(m_editor, &CellEditor::navigateUp, this, [this] { emit navigateUp(m_cellId); });
    connect(m_editor, &CellEditor::navigateDown, this, [this] { emit navigateDown(m_cellId); });

    if (cell.isMarkdown()) {
        m_attachments = cell.extra.value(QStringLiteral("attachments")).toObject();
        m_markdown = new QLabel(this);
        m_markdown->setObjectName(QStringLiteral("markdownView"));
        m_markdown->setTextFormat(Qt::RichText);
        m_markdown->setWordWrap(true);
        m_markdown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        m_markdown->setOpenExternalLinks(true);
        m_markdown->installEventFilter(this);
        body->addWidget(m_markdown);
    }
    if (cell.isCode()) {
        m_outputs = new OutputArea(this);
        m_outputs->setOutputs(cell.outputs);
        body->addWidget(m_outputs);

        m_inputRow = new QWidget(this);
        auto *inputLayout = new QHBoxLayout(m_inputRow);
        inputLayout->setContentsMargins(0, 0, 0, 0);
        m_inputPrompt = new QLabel(m_inputRow);
        m_input = new QLineEdit(m_inputRow);
        m_input->setObjectName(QStringLiteral("cellInput"));
        inputLayout->addWidget(m_inputPrompt);
        inputLayout->addWidget(m_input, 1);
        m_inputRow->hide();
        body->addWidget(m_inputRow);
        connect(m_input, &QLineEdit::returnPressed, this, [this] {
            const QString value = m_input->text();
            m_inputRow->hide();
            m_input->clear();
            emit inputSubmitted(m_cellId, value);
        });
    }
    row->addLayout(body, 1);

    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        ++m_pulse;
        m_timeLabel->setText(formatElapsed(m_elapsed.elapsed()));
        // A slow pulse of the bar says "still working" without distracting.
        const int alpha = 120 + int(100 * (1 + std::sin(m_pulse / 3.0)) / 2);
        m_stateBar->setStyleSheet(QStringLiteral("background: rgba(37, 99, 235, %1);").arg(alpha));
    });

    for (QWidget *w : findChildren<QWidget *>())
        watch(w);
    if (cell.isMarkdown())
        setEditing(cell.source.trimmed().isEmpty());
    updatePrompt();
}

void CellWidget::watch(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool CellWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::FocusIn)
        emit activated(m_cellId);
    if (watched == m_markdown && event->type() == QEvent::MouseButtonDblClick) {
        setEditing(true);
        focusEditor();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void CellWidget::mousePressEvent(QMouseEvent *event)
{
    emit activated(m_cellId);
    QFrame::mousePressEvent(event);
}

QString CellWidget::promptText() const
{
    return m_prompt->text();
}

void CellWidget::setSource(const QString &source)
{
    m_editor->setSource(source);
    if (m_markdown && !m_editing)
        renderMarkdown();
}

void CellWidget::setOutputs(const QJsonArray &outputs)
{
    if (m_outputs)
        m_outputs->setOutputs(outputs);
}

void CellWidget::applyOutputChange(const OutputChange &change, const QJsonArray &outputs)
{
    if (m_outputs)
        m_outputs->applyChange(change, outputs);
}

void CellWidget::setExecutionCount(std::optional<int> count)
{
    m_executionCount = count;
    updatePrompt();
}

void CellWidget::setRunState(RunState state)
{
    if (state == m_runState)
        return;
    const RunState previous = m_runState;
    m_runState = state;
    if (state == RunState::Running) {
        m_elapsed.start();
        m_pulse = 0;
        m_timeLabel->setText(formatElapsed(0));
        m_timeLabel->show();
        m_tick->start();
    } else {
        m_tick->stop();
        m_stateBar->setStyleSheet(QString());
        if (previous == RunState::Running)
            m_timeLabel->setText(formatElapsed(m_elapsed.elapsed()));
        else if (state == RunState::Queued)
            m_timeLabel->hide();
    }
    if (state != RunState::Running && m_inputRow)
        m_inputRow->hide();
    setProperty("runState", state == RunState::Queued    ? QStringLiteral("queued")
                            : state == RunState::Running ? QStringLiteral("running")
                            : state == RunState::Failed  ? QStringLiteral("failed")
                                                         : QString());
    style()->unpolish(this);
    style()->polish(this);
    style()->unpolish(m_stateBar);
    style()->polish(m_stateBar);
    updatePrompt();
}

void CellWidget::setCurrent(bool current)
{
    if (property("current").toBool() == current)
        return;
    setProperty("current", current);
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_stateBar)}) {
        style()->unpolish(w);
        style()->polish(w);
    }
}

void CellWidget::updatePrompt()
{
    if (m_cellType != QStringLiteral("code")) {
        m_prompt->clear();
        return;
    }
    QString count = QStringLiteral(" ");
    if (m_runState == RunState::Queued || m_runState == RunState::Running)
        count = QStringLiteral("*");
    else if (m_executionCount)
        count = QString::number(*m_executionCount);
    m_prompt->setText(QStringLiteral("[%1]:").arg(count));
}

void CellWidget::setEditing(bool editing)
{
    if (!m_markdown)
        return;
    m_editing = editing;
    if (!editing)
        renderMarkdown();
    m_editor->setVisible(editing);
    m_markdown->setVisible(!editing);
}

bool CellWidget::isRendered() const
{
    return m_markdown && m_markdown->isVisibleTo(this);
}

QString CellWidget::renderedText() const
{
    return m_markdown ? m_markdown->text() : QString();
}

void CellWidget::renderMarkdown()
{
    const QString source = m_editor->text();
    if (source.trimmed().isEmpty()) {
        m_markdown->setText(QStringLiteral("<i style='color:#9ca3af'>%1</i>")
                                .arg(tr("Empty Markdown cell: double-click to edit").toHtmlEscaped()));
        return;
    }
    QTextDocument doc;
    doc.setMarkdown(source);
    QString html = doc.toHtml();
    // Images: ![plot](attachment:plot.png) is in the cell itself (nbformat's attachments),
    // shown from a data: URL; ![roc](figures/roc.png) is relative to the notebook's folder.
    static const QRegularExpression imageSource(QStringLiteral("src=\"([^\"]*)\""));
    QString resolved;
    qsizetype copied = 0;
    for (QRegularExpressionMatchIterator it = imageSource.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString source = m.captured(1);
        QString replacement;
        if (source.startsWith(QStringLiteral("attachment:"))) {
            const QString name = QUrl::fromPercentEncoding(source.mid(11).toUtf8());
            const QJsonObject bundle = m_attachments.value(name).toObject();
            for (const char *mime : {"image/png", "image/jpeg", "image/gif", "image/svg+xml"}) {
                if (!bundle.contains(QLatin1String(mime)))
                    continue;
                QString data = bundle.value(QLatin1String(mime)).toString();
                if (QLatin1String(mime) == QLatin1String("image/svg+xml"))
                    data = QString::fromLatin1(data.toUtf8().toBase64());
                data.remove(QRegularExpression(QStringLiteral("\\s")));
                replacement = QStringLiteral("data:%1;base64,%2").arg(QLatin1String(mime), data);
                break;
            }
        } else if (!m_baseDirectory.isEmpty() && QUrl(source).isRelative() && !source.startsWith(QLatin1Char('/'))) {
            const QString path = QDir(m_baseDirectory).absoluteFilePath(QUrl::fromPercentEncoding(source.toUtf8()));
            replacement = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
        }
        if (replacement.isEmpty())
            continue;
        resolved += QStringView(html).mid(copied, m.capturedStart(1) - copied);
        resolved += replacement;
        copied = m.capturedEnd(1);
    }
    html = resolved + QStringView(html).mid(copied);
    m_markdown->setText(html);
}

void CellWidget::setBaseDirectory(const QString &directory)
{
    if (directory == m_baseDirectory)
        return;
    m_baseDirectory = directory;
    if (m_markdown && !m_editing)
        renderMarkdown();
}

void CellWidget::askInput(const QString &prompt, bool password)
{
    if (!m_inputRow)
        return;
    m_inputPrompt->setText(prompt.isEmpty() ? tr("Input:") : prompt);
    m_input->setEchoMode(password ? QLineEdit::Password : QLineEdit::Normal);
    m_inputRow->show();
    m_input->setFocus();
}

bool CellWidget::isAskingInput() const
{
    return m_inputRow && m_inputRow->isVisibleTo(this);
}

void CellWidget::focusEditor()
{
    if (m_markdown && !m_editing)
        setEditing(true);
    m_editor->setFocus();
}

} // namespace mlops
