// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/expression.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::Expression)
};

Error errorAt(int offset, const QString &message)
{
    Error e = Error::badInput(message);
    e.column = offset + 1;
    return e;
}
} // namespace

struct Expression::Node
{
    enum class Kind { Literal, Ref, Template, Not, And, Or, Compare };
    Kind kind = Kind::Literal;
    QVariant value;
    Reference reference;
    QList<TemplatePart> parts;  ///< Template: quoted text with references
    QString op;
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
    int offset = 0;
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;
using Node = Expression::Node;

struct Token
{
    enum class Kind { Number, String, Template, Bool, Ref, Op, LParen, RParen, And, Or, Not, End };
    Kind kind = Kind::End;
    QString text;
    QVariant value;
    Reference reference;
    QList<TemplatePart> parts;
    int offset = 0;
};

Result<QList<Token>> tokenize(const QString &s)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.offset = i;
        if (c == QLatin1Char('$') && i + 1 < n && s.at(i + 1) == QLatin1Char('{')) {
            const int close = int(s.indexOf(QLatin1Char('}'), i + 2));
            if (close < 0)
                return errorAt(i, Text::tr("'${' is not closed by '}'"));
            Result<Reference> ref = Reference::parse(s.mid(i + 2, close - i - 2));
            if (!ref)
                return errorAt(i, ref.error().message);
            t.kind = Token::Kind::Ref;
            t.reference = *ref;
            t.text = s.mid(i, close - i + 1);
            i = close + 1;
        } else if (c.isDigit() || ((c == QLatin1Char('-') || c == QLatin1Char('.')) && i + 1 < n
                                   && (s.at(i + 1).isDigit() || s.at(i + 1) == QLatin1Char('.')))) {
            int j = i + 1;
            while (j < n && (s.at(j).isDigit() || s.at(j) == QLatin1Char('.') || s.at(j) == QLatin1Char('e')
                             || s.at(j) == QLatin1Char('E')
                             || ((s.at(j) == QLatin1Char('-') || s.at(j) == QLatin1Char('+'))
                                 && (s.at(j - 1) == QLatin1Char('e') || s.at(j - 1) == QLatin1Char('E')))))
                ++j;
            bool ok = false;
            const double v = s.mid(i, j - i).toDouble(&ok);
            if (!ok)
                return errorAt(i, Text::tr("'%1' is not a number").arg(s.mid(i, j - i)));
            t.kind = Token::Kind::Number;
            t.value = v;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int close = int(s.indexOf(c, i + 1));
            if (close < 0)
                return errorAt(i, Text::tr("the text starting here is not closed by %1").arg(c));
            // Quoted text interpolates its ${…} like every other string of a pipeline
            // ('${parameters.mode}' == 'fast'); $${ stays a literal ${.
            const QString inner = s.mid(i + 1, close - i - 1);
            Result<QList<TemplatePart>> parts = parseTemplate(inner);
            if (!parts)
                return errorAt(i + 1 + std::max(0, parts.error().column - 1), parts.error().message);
            const bool hasReference = std::any_of(parts->cbegin(), parts->cend(),
                                                  [](const TemplatePart &p) { return p.isReference; });
            if (hasReference) {
                t.kind = Token::Kind::Template;
                t.parts = *parts;
                for (TemplatePart &p : t.parts)
                    p.offset += i + 1;  // offsets within the whole condition
            } else {
                t.kind = Token::Kind::String;
                QString literal;
                for (const TemplatePart &p : std::as_const(*parts))
                    literal += p.literal;
                t.value = literal;
            }
            t.text = s.mid(i, close - i + 1);
            i = close + 1;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            t.kind = c == QLatin1Char('(') ? Token::Kind::LParen : Token::Kind::RParen;
            t.text = c;
            ++i;
        } else if (QStringLiteral("=!<>").contains(c)) {
            QString op = c;
            if (i + 1 < n && s.at(i + 1) == QLatin1Char('='))
                op += QLatin1Char('=');
            if (op == QStringLiteral("=") || op == QStringLiteral("!"))
                return errorAt(i, Text::tr("unknown operator '%1' (use ==, !=, <, <=, >, >=, and, or, not)").arg(op));
            t.kind = Token::Kind::Op;
            t.text = op;
            i += int(op.size());
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            int j = i + 1;
            while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('_')))
                ++j;
            const QString word = s.mid(i, j - i);
            t.text = word;
            if (word == QStringLiteral("and"))
                t.kind = Token::Kind::And;
            else if (word == QStringLiteral("or"))
                t.kind = Token::Kind::Or;
            else if (word == QStringLiteral("not"))
                t.kind = Token::Kind::Not;
            else if (word == QStringLiteral("true") || word == QStringLiteral("false")) {
                t.kind = Token::Kind::Bool;
                t.value = word == QStringLiteral("true");
            } else if (const QString lower = word.toLower();
                       QStringList{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
                                   QStringLiteral("true"), QStringLiteral("false")}
                           .contains(lower)) {
                return errorAt(i, Text::tr("unexpected word '%1' (did you mean '%2'? keywords are lower case)")
                                      .arg(word, lower));
            } else {
                return errorAt(i, Text::tr("unexpected word '%1': quote text ('%1'), or write a reference "
                                           "such as ${parameters.%1}")
                                      .arg(word));
            }
            i = j;
        } else if (c == QLatin1Char('&') || c == QLatin1Char('|')) {
            const QString op = i + 1 < n && s.at(i + 1) == c ? QString(2, c) : QString(c);
            return errorAt(i, Text::tr("unknown operator '%1' (use '%2')")
                                  .arg(op, c == QLatin1Char('&') ? QStringLiteral("and") : QStringLiteral("or")));
        } else {
            return errorAt(i, Text::tr("unexpected character '%1'").arg(c));
        }
        tokens.append(t);
    }
    Token end;
    end.offset = n;
    tokens.append(end);
    return tokens;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result<NodePtr> parseAll()
    {
        if (m_tokens.first().kind == Token::Kind::End)
            return errorAt(0, Text::tr("the condition is empty"));
        Result<NodePtr> e = parseOr();
        if (!e)
            return e;
        if (peek().kind != Token::Kind::End)
            return errorAt(peek().offset, Text::tr("unexpected '%1'").arg(peek().text));
        return e;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    const Token &take() { return m_tokens.at(m_pos++); }

    Result<NodePtr> binary(Token::Kind kind, Node::Kind nodeKind, Result<NodePtr> (Parser::*next)())
    {
        Result<NodePtr> left = (this->*next)();
        if (!left)
            return left;
        NodePtr result = *left;
        while (peek().kind == kind) {
            const Token &op = take();
            Result<NodePtr> right = (this->*next)();
            if (!right)
                return right;
            auto node = std::make_shared<Node>();
            node->kind = nodeKind;
            node->op = op.text;
            node->offset = op.offset;
            node->left = result;
            node->right = *right;
            result = node;
        }
        return result;
    }

    Result<NodePtr> parseOr() { return binary(Token::Kind::Or, Node::Kind::Or, &Parser::parseAnd); }
    Result<NodePtr> parseAnd() { return binary(Token::Kind::And, Node::Kind::And, &Parser::parseNot); }

    Result<NodePtr> parseNot()
    {
        if (peek().kind == Token::Kind::Not) {
            const Token &op = take();
            Result<NodePtr> operand = parseNot();
            if (!operand)
                return operand;
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Not;
            node->offset = op.offset;
            node->left = *operand;
            return NodePtr(node);
        }
        return parseCompare();
    }

    Result<NodePtr> parseCompare()
    {
        Result<NodePtr> left = parsePrimary();
        if (!left)
            return left;
        if (peek().kind != Token::Kind::Op)
            return left;
        const Token &op = take();
        Result<NodePtr> right = parsePrimary();
        if (!right)
            return right;
        if (peek().kind == Token::Kind::Op)
            return errorAt(peek().offset, Text::tr("comparisons cannot be chained; join them with 'and'"));
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Compare;
        node->op = op.text;
        node->offset = op.offset;
        node->left = *left;
        node->right = *right;
        return NodePtr(node);
    }

    Result<NodePtr> parsePrimary()
    {
        const Token &t = peek();
        switch (t.kind) {
        case Token::Kind::Number:
        case Token::Kind::String:
        case Token::Kind::Bool: {
            take();
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Literal;
            node->value = t.value;
            node->offset = t.offset;
            return NodePtr(node);
        }
        case Token::Kind::Ref: {
            take();
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Ref;
            node->reference = t.reference;
            node->offset = t.offset;
            return NodePtr(node);
        }
        case Token::Kind::Template: {
            take();
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Template;
            node->parts = t.parts;
            node->offset = t.offset;
            return NodePtr(node);
        }
        case Token::Kind::LParen: {
            take();
            Result<NodePtr> inner = parseOr();
            if (!inner)
                return inner;
            if (peek().kind != Token::Kind::RParen)
                return errorAt(peek().offset, Text::tr("')' expected"));
            take();
            return inner;
        }
        case Token::Kind::End:
            return errorAt(t.offset, Text::tr("the condition ends too early: a value is missing"));
        default:
            return errorAt(t.offset, Text::tr("a value is expected here, not '%1'").arg(t.text));
        }
    }

    QList<Token> m_tokens;
    int m_pos = 0;
};

using Type = Expression::Type;

QString typeName(Type t)
{
    switch (t) {
    case Type::Number: return Text::tr("a number");
    case Type::String: return Text::tr("text");
    case Type::Boolean: return Text::tr("true/false");
    case Type::Artifact: return Text::tr("an artifact");
    case Type::Unknown: break;
    }
    return Text::tr("a value");
}

Type literalType(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: return Type::Number;
    case QMetaType::Bool: return Type::Boolean;
    default: return Type::String;
    }
}

Result<Type> checkNode(const Node &n, const Expression::TypeOf &typeOf)
{
    switch (n.kind) {
    case Node::Kind::Literal:
        return literalType(n.value);
    case Node::Kind::Ref: {
        const Type t = typeOf(n.reference);
        if (t == Type::Artifact)
            return errorAt(n.offset, Text::tr("type mismatch: %1 is an artifact (files), not a value; "
                                              "compare a property such as ${steps.%2.properties.NAME.key}")
                                         .arg(n.reference.toString(), n.reference.step));
        return t;
    }
    case Node::Kind::Template:
        for (const TemplatePart &p : n.parts) {
            if (p.isReference && typeOf(p.reference) == Type::Artifact)
                return errorAt(p.offset, Text::tr("type mismatch: %1 is an artifact (files), not a value; "
                                                  "compare a property such as ${steps.%2.properties.NAME.key}")
                                             .arg(p.reference.toString(), p.reference.step));
        }
        return Type::String;
    case Node::Kind::Not: {
        Result<Type> t = checkNode(*n.left, typeOf);
        if (!t)
            return t;
        if (*t != Type::Boolean && *t != Type::Unknown)
            return errorAt(n.offset, Text::tr("type mismatch: 'not' needs true/false, not %1").arg(typeName(*t)));
        return Type::Boolean;
    }
    case Node::Kind::And:
    case Node::Kind::Or: {
        for (const NodePtr &side : {n.left, n.right}) {
            Result<Type> t = checkNode(*side, typeOf);
            if (!t)
                return t;
            if (*t != Type::Boolean && *t != Type::Unknown)
                return errorAt(side->offset, Text::tr("type mismatch: '%1' needs true/false on both sides, "
                                                      "not %2")
                                                 .arg(n.op, typeName(*t)));
        }
        return Type::Boolean;
    }
    case Node::Kind::Compare: {
        Result<Type> l = checkNode(*n.left, typeOf);
        if (!l)
            return l;
        Result<Type> r = checkNode(*n.right, typeOf);
        if (!r)
            return r;
        if (*l != Type::Unknown && *r != Type::Unknown && *l != *r)
            return errorAt(n.offset, Text::tr("type mismatch: cannot compare %1 with %2").arg(typeName(*l), typeName(*r)));
        const bool ordering = n.op != QStringLiteral("==") && n.op != QStringLiteral("!=");
        if (ordering && (*l == Type::Boolean || *r == Type::Boolean))
            return errorAt(n.offset, Text::tr("type mismatch: '%1' cannot order true/false").arg(n.op));
        return Type::Boolean;
    }
    }
    return Type::Unknown;
}

/** Numbers stay numbers; text that reads as a number compares as one. */
std::optional<double> asNumber(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return v.toDouble();
    if (v.typeId() == QMetaType::QString) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

/** A value as it reads inside text: numbers in their shortest form, true/false. */
QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

Result<QVariant> evalNode(const Node &n, const Expression::Resolver &resolve)
{
    switch (n.kind) {
    case Node::Kind::Literal:
        return n.value;
    case Node::Kind::Ref: {
        Result<QVariant> v = resolve(n.reference);
        if (!v)
            return errorAt(n.offset, v.error().message);
        return v;
    }
    case Node::Kind::Template: {
        QString text;
        for (const TemplatePart &p : n.parts) {
            if (!p.isReference) {
                text += p.literal;
                continue;
            }
            Result<QVariant> v = resolve(p.reference);
            if (!v)
                return errorAt(p.offset, v.error().message);
            text += valueText(*v);
        }
        return QVariant(text);
    }
    case Node::Kind::Not: {
        Result<QVariant> v = evalNode(*n.left, resolve);
        if (!v)
            return v;
        if (v->typeId() != QMetaType::Bool)
            return errorAt(n.offset, Text::tr("'not' needs true/false, got '%1'").arg(v->toString()));
        return QVariant(!v->toBool());
    }
    case Node::Kind::And:
    case Node::Kind::Or: {
        Result<QVariant> l = evalNode(*n.left, resolve);
        if (!l)
            return l;
        if (l->typeId() != QMetaType::Bool)
            return errorAt(n.left->offset, Text::tr("'%1' needs true/false, got '%2'").arg(n.op, l->toString()));
        const bool isAnd = n.kind == Node::Kind::And;
        if (isAnd != l->toBool())
            return QVariant(l->toBool());  // short circuit
        Result<QVariant> r = evalNode(*n.right, resolve);
        if (!r)
            return r;
        if (r->typeId() != QMetaType::Bool)
            return errorAt(n.right->offset, Text::tr("'%1' needs true/false, got '%2'").arg(n.op, r->toString()));
        return QVariant(r->toBool());
    }
    case Node::Kind::Compare: {
        Result<QVariant> l = evalNode(*n.left, resolve);
        if (!l)
            return l;
        Result<QVariant> r = evalNode(*n.right, resolve);
        if (!r)
            return r;
        int cmp = 0;
        const std::optional<double> ln = asNumber(*l);
        const std::optional<double> rn = asNumber(*r);
        if (l->typeId() == QMetaType::Bool || r->typeId() == QMetaType::Bool) {
            if (l->typeId() != r->typeId())
                return errorAt(n.offset, Text::tr("cannot compare '%1' with '%2'").arg(l->toString(), r->toString()));
            cmp = int(l->toBool()) - int(r->toBool());
        } else if (ln && rn) {
            cmp = *ln < *rn ? -1 : (*ln > *rn ? 1 : 0);
        } else if (l->typeId() == QMetaType::QString && r->typeId() == QMetaType::QString) {
            cmp = QString::compare(l->toString(), r->toString());
        } else {
            return errorAt(n.offset, Text::tr("cannot compare '%1' with '%2'").arg(l->toString(), r->toString()));
        }
        const QString &op = n.op;
        if (op == QStringLiteral("=="))
            return QVariant(cmp == 0);
        if (op == QStringLiteral("!="))
            return QVariant(cmp != 0);
        if (op == QStringLiteral("<"))
            return QVariant(cmp < 0);
        if (op == QStringLiteral("<="))
            return QVariant(cmp <= 0);
        if (op == QStringLiteral(">"))
            return QVariant(cmp > 0);
        return QVariant(cmp >= 0);
    }
    }
    return QVariant();
}

void collect(const Node &n, QList<Reference> &out)
{
    if (n.kind == Node::Kind::Ref)
        out.append(n.reference);
    for (const TemplatePart &p : n.parts) {
        if (p.isReference)
            out.append(p.reference);
    }
    if (n.left)
        collect(*n.left, out);
    if (n.right)
        collect(*n.right, out);
}

} // namespace

Result<Expression> Expression::parse(const QString &text)
{
    Result<QList<Token>> tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    Parser parser(*tokens);
    Result<NodePtr> root = parser.parseAll();
    if (!root)
        return root.error();
    Expression e;
    e.m_text = text;
    e.m_root = *root;
    return e;
}

QList<Reference> Expression::references() const
{
    QList<Reference> refs;
    if (m_root)
        collect(*m_root, refs);
    return refs;
}

Status Expression::check(const TypeOf &typeOf) const
{
    Result<Type> t = checkNode(*m_root, typeOf);
    if (!t)
        return t.error();
    if (*t != Type::Boolean && *t != Type::Unknown)
        return errorAt(0, Text::tr("type mismatch: a condition must be true or false, but this is %1; "
                                   "compare it, e.g. '%2 >= 0.9'")
                              .arg(typeName(*t), m_text.trimmed()));
    return {};
}

Result<bool> Expression::evaluate(const Resolver &resolve) const
{
    Result<QVariant> v = evalNode(*m_root, resolve);
    if (!v)
        return v.error();
    if (v->typeId() != QMetaType::Bool)
        return errorAt(0, Text::tr("the condition gave '%1', not true or false").arg(v->toString()));
    return v->toBool();
}

} // namespace mlops
