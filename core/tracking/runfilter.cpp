// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/runfilter.h"

#include <QCoreApplication>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RunFilter)
};

struct Token
{
    enum class Type { End, Word, String, Quoted, LParen, RParen, Op, And, Or, Not };
    Type type = Type::End;
    QString text;
    RunFilterNode::Op op = RunFilterNode::Op::Eq;
    int column = 0;   ///< 1-based
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char(':')
           || c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('+');
}

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    Result<QList<Token>> run()
    {
        QList<Token> tokens;
        for (;;) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            Token t;
            t.column = int(m_pos) + 1;
            if (m_pos >= m_text.size()) {
                tokens.append(t);
                return tokens;
            }
            const QChar c = m_text.at(m_pos);
            const QChar next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
            auto op = [&](RunFilterNode::Op o, int length) {
                t.type = Token::Type::Op;
                t.op = o;
                t.text = m_text.mid(m_pos, length);
                m_pos += length;
            };
            if (c == QLatin1Char('(')) {
                t.type = Token::Type::LParen;
                t.text = c;
                ++m_pos;
            } else if (c == QLatin1Char(')')) {
                t.type = Token::Type::RParen;
                t.text = c;
                ++m_pos;
            } else if (c == QLatin1Char(',')) {
                t.type = Token::Type::And;
                t.text = c;
                ++m_pos;
            } else if (c == QLatin1Char('&') && next == QLatin1Char('&')) {
                t.type = Token::Type::And;
                t.text = QStringLiteral("&&");
                m_pos += 2;
            } else if (c == QLatin1Char('|') && next == QLatin1Char('|')) {
                t.type = Token::Type::Or;
                t.text = QStringLiteral("||");
                m_pos += 2;
            } else if (c == QLatin1Char('=')) {
                op(RunFilterNode::Op::Eq, next == QLatin1Char('=') ? 2 : 1);
            } else if (c == QLatin1Char('!') && next == QLatin1Char('=')) {
                op(RunFilterNode::Op::Ne, 2);
            } else if (c == QLatin1Char('!')) {
                t.type = Token::Type::Not;
                t.text = c;
                ++m_pos;
            } else if (c == QLatin1Char('<')) {
                if (next == QLatin1Char('>'))
                    op(RunFilterNode::Op::Ne, 2);
                else
                    op(next == QLatin1Char('=') ? RunFilterNode::Op::Le : RunFilterNode::Op::Lt,
                       next == QLatin1Char('=') ? 2 : 1);
            } else if (c == QLatin1Char('>')) {
                op(next == QLatin1Char('=') ? RunFilterNode::Op::Ge : RunFilterNode::Op::Gt,
                   next == QLatin1Char('=') ? 2 : 1);
            } else if (c == QLatin1Char('~')) {
                op(RunFilterNode::Op::Contains, 1);
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
                Result<QString> s = quoted(c);
                if (!s)
                    return s.error();
                t.type = c == QLatin1Char('`') ? Token::Type::Quoted : Token::Type::String;
                t.text = *s;
            } else if (isWordChar(c)) {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && isWordChar(m_text.at(m_pos)))
                    ++m_pos;
                t.text = m_text.mid(start, m_pos - start);
                const QString lower = t.text.toLower();
                if (lower == QStringLiteral("and"))
                    t.type = Token::Type::And;
                else if (lower == QStringLiteral("or"))
                    t.type = Token::Type::Or;
                else if (lower == QStringLiteral("not"))
                    t.type = Token::Type::Not;
                else if (lower == QStringLiteral("contains")) {
                    t.type = Token::Type::Op;
                    t.op = RunFilterNode::Op::Contains;
                } else
                    t.type = Token::Type::Word;
            } else {
                return Error{Text::tr("unexpected '%1' at column %2").arg(c).arg(t.column), {}, 1,
                             t.column, Error::Kind::BadInput};
            }
            tokens.append(t);
        }
    }

private:
    Result<QString> quoted(QChar quote)
    {
        const int column = int(m_pos) + 1;
        ++m_pos;
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\\') && m_pos < m_text.size()) {
                out += m_text.at(m_pos++);
            } else if (c == quote) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == quote) {  // doubled quote
                    out += quote;
                    ++m_pos;
                } else {
                    return out;
                }
            } else {
                out += c;
            }
        }
        return Error{Text::tr("the text starting at column %1 has no closing %2").arg(column).arg(quote),
                     {}, 1, column, Error::Kind::BadInput};
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result<RunFilterNode> parse()
    {
        Result<RunFilterNode> node = orExpr();
        if (!node)
            return node;
        const Token &t = peek();
        if (t.type == Token::Type::RParen)
            return error(t, Text::tr("')' at column %1 has no matching '('").arg(t.column));
        if (t.type != Token::Type::End)
            return error(t, Text::tr("unexpected '%1' at column %2: join conditions with 'and' or 'or'")
                                .arg(t.text)
                                .arg(t.column));
        return node;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    const Token &take() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }

    static Error error(const Token &t, const QString &message)
    {
        return Error{message, {}, 1, t.column, Error::Kind::BadInput};
    }

    Result<RunFilterNode> orExpr() { return chain(Token::Type::Or, RunFilterNode::Kind::Or); }

    Result<RunFilterNode> andExpr() { return chain(Token::Type::And, RunFilterNode::Kind::And); }

    Result<RunFilterNode> chain(Token::Type joiner, RunFilterNode::Kind kind)
    {
        Result<RunFilterNode> first = joiner == Token::Type::Or ? andExpr() : notExpr();
        if (!first || peek().type != joiner)
            return first;
        RunFilterNode node;
        node.kind = kind;
        node.column = first->column;
        node.children.push_back(std::move(*first));
        while (peek().type == joiner) {
            take();
            Result<RunFilterNode> more = joiner == Token::Type::Or ? andExpr() : notExpr();
            if (!more)
                return more;
            node.children.push_back(std::move(*more));
        }
        return node;
    }

    Result<RunFilterNode> notExpr()
    {
        if (peek().type != Token::Type::Not)
            return primary();
        const Token &t = take();
        Result<RunFilterNode> inner = notExpr();
        if (!inner)
            return inner;
        RunFilterNode node;
        node.kind = RunFilterNode::Kind::Not;
        node.column = t.column;
        node.children.push_back(std::move(*inner));
        return node;
    }

    Result<RunFilterNode> primary()
    {
        const Token &t = peek();
        if (t.type == Token::Type::LParen) {
            const Token &open = take();
            if (peek().type == Token::Type::RParen)
                return error(peek(), Text::tr("empty parentheses at column %1").arg(open.column));
            Result<RunFilterNode> inner = orExpr();
            if (!inner)
                return inner;
            if (peek().type != Token::Type::RParen)
                return error(peek(), Text::tr("the '(' at column %1 is never closed").arg(open.column));
            take();
            return inner;
        }
        if (t.type == Token::Type::End)
            return error(t, m_pos == 0 ? Text::tr("the filter is empty")
                                       : Text::tr("the filter ends too early: a condition is missing after '%1'")
                                             .arg(m_tokens.at(m_pos - 1).text));
        if (t.type != Token::Type::Word && t.type != Token::Type::Quoted)
            return error(t, Text::tr("expected a metric, a parameter or a run field at column %1, not '%2'")
                                .arg(t.column)
                                .arg(t.type == Token::Type::String ? QStringLiteral("'") + t.text + QStringLiteral("'")
                                                                   : t.text));
        const Token &field = take();
        RunFilterNode node;
        node.field = field.text;
        node.column = field.column;
        if (peek().type != Token::Type::Op) {
            node.op = RunFilterNode::Op::IsTrue;
            return node;
        }
        const Token &op = take();
        node.op = op.op;
        const Token &value = peek();
        if (value.type != Token::Type::Word && value.type != Token::Type::String)
            return error(value, value.type == Token::Type::End
                                    ? Text::tr("expected a value after '%1' at column %2").arg(op.text).arg(op.column)
                                    : Text::tr("expected a value after '%1' at column %2, not '%3'")
                                          .arg(op.text)
                                          .arg(op.column)
                                          .arg(value.text));
        take();
        node.value = value.text;
        node.quoted = value.type == Token::Type::String;
        return node;
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

} // namespace

bool RunFilterNode::isNumber(double *out) const
{
    if (quoted)
        return false;
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (ok && out)
        *out = v;
    return ok;
}

Result<RunFilter> RunFilter::parse(const QString &text)
{
    RunFilter filter;
    filter.m_text = text;
    if (text.trimmed().isEmpty())
        return filter;
    Result<QList<Token>> tokens = Lexer(text).run();
    if (!tokens)
        return tokens.error();
    Result<RunFilterNode> root = Parser(*tokens).parse();
    if (!root)
        return root.error();
    filter.m_root.push_back(std::move(*root));
    return filter;
}

QString RunFilter::opText(RunFilterNode::Op op)
{
    switch (op) {
    case RunFilterNode::Op::Eq: return QStringLiteral("=");
    case RunFilterNode::Op::Ne: return QStringLiteral("!=");
    case RunFilterNode::Op::Lt: return QStringLiteral("<");
    case RunFilterNode::Op::Le: return QStringLiteral("<=");
    case RunFilterNode::Op::Gt: return QStringLiteral(">");
    case RunFilterNode::Op::Ge: return QStringLiteral(">=");
    case RunFilterNode::Op::Contains: return QStringLiteral("~");
    case RunFilterNode::Op::IsTrue: break;
    }
    return {};
}

} // namespace mlops
