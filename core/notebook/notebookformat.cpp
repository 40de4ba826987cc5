// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/notebookformat.h"

#include "core/common/fileutil.h"
#include "core/common/quoting.h"
#include "core/common/textposition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaType>
#include <QVariant>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookFormat)
};

const QString kCellType = QStringLiteral("cell_type");
const QString kSource = QStringLiteral("source");
const QString kMetadata = QStringLiteral("metadata");
const QString kOutputs = QStringLiteral("outputs");
const QString kExecutionCount = QStringLiteral("execution_count");
const QString kId = QStringLiteral("id");


/** Strings that may be stored as lists of lines: joined into one. */
bool joinLines(const QJsonValue &value, QString &out)
{
    if (value.isString()) {
        out = value.toString();
        return true;
    }
    if (!value.isArray())
        return false;
    out.clear();
    for (const QJsonValue &line : value.toArray()) {
        if (!line.isString())
            return false;
        out += line.toString();
    }
    return true;
}

bool isSplitMime(const QString &mime)
{
    return mime.startsWith(QStringLiteral("text/")) || mime == QStringLiteral("application/javascript")
           || mime == QStringLiteral("image/svg+xml");
}

QJsonObject joinBundle(QJsonObject bundle)
{
    for (auto it = bundle.begin(); it != bundle.end(); ++it) {
        QString joined;
        if (it.value().isArray() && isSplitMime(it.key()) && joinLines(it.value(), joined))
            it.value() = joined;
    }
    return bundle;
}

QJsonArray splitLines(const QString &text)
{
    QJsonArray lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

QJsonObject splitBundle(QJsonObject bundle)
{
    for (auto it = bundle.begin(); it != bundle.end(); ++it) {
        if (it.value().isString() && isSplitMime(it.key()))
            it.value() = splitLines(it.value().toString());
    }
    return bundle;
}

QJsonObject normalizeOutputForReading(QJsonObject output)
{
    const QString type = output.value(QStringLiteral("output_type")).toString();
    if (type == QStringLiteral("stream")) {
        QString text;
        if (joinLines(output.value(QStringLiteral("text")), text))
            output.insert(QStringLiteral("text"), text);
    } else if (output.value(QStringLiteral("data")).isObject()) {
        output.insert(QStringLiteral("data"), joinBundle(output.value(QStringLiteral("data")).toObject()));
    }
    return output;
}

QJsonObject outputForWriting(QJsonObject output)
{
    const QString type = output.value(QStringLiteral("output_type")).toString();
    if (type == QStringLiteral("stream")) {
        if (output.value(QStringLiteral("text")).isString())
            output.insert(QStringLiteral("text"), splitLines(output.value(QStringLiteral("text")).toString()));
    } else if (type == QStringLiteral("display_data") || type == QStringLiteral("execute_result")) {
        output.insert(QStringLiteral("data"), splitBundle(output.value(QStringLiteral("data")).toObject()));
        if (!output.contains(kMetadata))
            output.insert(kMetadata, QJsonObject());
    }
    output.remove(QStringLiteral("transient"));
    return output;
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    const QVariant v = value.toVariant();
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
        out += QByteArray::number(v.toLongLong());
        return;
    }
    QByteArray text = QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (!text.contains('.') && !text.contains('e') && !text.contains('n'))
        text += ".0";  // Python writes floats as floats: 1.0, not 1
    out += text;
}

void appendValue(QByteArray &out, const QJsonValue &value, int indent)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; break;
    case QJsonValue::Bool: out += value.toBool() ? "true" : "false"; break;
    case QJsonValue::Double: appendNumber(out, value); break;
    case QJsonValue::String: appendJsonString(out, value.toString()); break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            break;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += QByteArray(indent + 1, ' ');
            appendValue(out, array.at(i), indent + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ');
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            break;
        }
        out += "{\n";
        // QJsonObject iterates in key order, which is what sort_keys gives.
        qsizetype i = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++i) {
            out += QByteArray(indent + 1, ' ');
            appendJsonString(out, it.key());
            out += ": ";
            appendValue(out, it.value(), indent + 1);
            out += i + 1 < object.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ');
        out += '}';
        break;
    }
    }
}

Result<NotebookCell> parseCell(const QJsonValue &value, int index, const QString &fileName)
{
    const int number = index + 1;
    if (!value.isObject())
        return Error::badInput(Text::tr("cell %1 is not a JSON object").arg(number), fileName);
    QJsonObject o = value.toObject();
    NotebookCell cell;
    if (!o.value(kCellType).isString())
        return Error::badInput(Text::tr("cell %1 has no cell_type").arg(number), fileName);
    cell.cellType = o.take(kCellType).toString();
    // nbformat 4 knows these three; writing back any other would make an invalid notebook.
    if (cell.cellType != QStringLiteral("code") && cell.cellType != QStringLiteral("markdown")
        && cell.cellType != QStringLiteral("raw"))
        return Error::badInput(Text::tr("cell %1: unknown cell_type '%2' (nbformat 4 has code, markdown and raw)")
                                   .arg(number)
                                   .arg(cell.cellType),
                               fileName);
    if (!joinLines(o.value(kSource), cell.source) && o.contains(kSource))
        return Error::badInput(Text::tr("cell %1: source must be a string or a list of strings").arg(number),
                               fileName);
    o.remove(kSource);
    cell.id = o.take(kId).toString();
    const QJsonValue metadata = o.take(kMetadata);
    if (!metadata.isUndefined() && !metadata.isObject())
        return Error::badInput(Text::tr("cell %1: metadata must be an object").arg(number), fileName);
    cell.metadata = metadata.toObject();
    cell.metadata.remove(QStringLiteral("trusted"));
    if (cell.isCode()) {
        const QJsonValue count = o.take(kExecutionCount);
        if (count.isDouble())
            cell.executionCount = count.toInt();
        const QJsonValue outputs = o.take(kOutputs);
        if (!outputs.isUndefined() && !outputs.isArray())
            return Error::badInput(Text::tr("cell %1: outputs must be a list").arg(number), fileName);
        for (const QJsonValue &output : outputs.toArray()) {
            if (!output.isObject() || !output.toObject().value(QStringLiteral("output_type")).isString())
                return Error::badInput(Text::tr("cell %1: an output has no output_type").arg(number), fileName);
            cell.outputs.append(normalizeOutputForReading(output.toObject()));
        }
    }
    cell.extra = o;
    for (auto it = cell.extra.begin(); it != cell.extra.end(); ++it) {
        if (it.key() == QStringLiteral("attachments") && it.value().isObject()) {
            QJsonObject attachments = it.value().toObject();
            for (auto a = attachments.begin(); a != attachments.end(); ++a)
                a.value() = joinBundle(a.value().toObject());
            it.value() = attachments;
        }
    }
    return cell;
}

QJsonObject cellToJson(const NotebookCell &cell)
{
    QJsonObject o = cell.extra;
    if (o.contains(QStringLiteral("attachments"))) {
        QJsonObject attachments = o.value(QStringLiteral("attachments")).toObject();
        for (auto a = attachments.begin(); a != attachments.end(); ++a)
            a.value() = splitBundle(a.value().toObject());
        o.insert(QStringLiteral("attachments"), attachments);
    }
    o.insert(kId, cell.id);
    o.insert(kCellType, cell.cellType);
    o.insert(kSource, splitLines(cell.source));
    o.insert(kMetadata, cell.metadata);
    if (cell.isCode()) {
        o.insert(kExecutionCount, cell.executionCount ? QJsonValue(*cell.executionCount) : QJsonValue());
        QJsonArray outputs;
        for (const QJsonValue &output : cell.outputs)
            outputs.append(outputForWriting(output.toObject()));
        o.insert(kOutputs, outputs);
    }
    return o;
}
} // namespace

Result<Notebook> NotebookFormat::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineColumn(json, parseError.offset, line, column);
        return Error::at(fileName, line, column,
                         Text::tr("not a valid notebook: the JSON is broken (%1)").arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error::badInput(Text::tr("not a Jupyter notebook: the file is not a JSON object"), fileName);
    QJsonObject o = doc.object();
    const QJsonValue major = o.take(QStringLiteral("nbformat"));
    if (!major.isDouble())
        return Error::badInput(Text::tr("not a Jupyter notebook: it has no nbformat version"), fileName);
    if (major.toInt() != 4)
        return Error::badInput(Text::tr("this notebook has format version %1; the studio reads version 4 "
                                        "(convert it with 'jupyter nbconvert --to notebook')")
                                   .arg(major.toInt()),
                               fileName);
    Notebook notebook;
    notebook.nbformat = 4;
    notebook.nbformatMinor = o.take(QStringLiteral("nbformat_minor")).toInt(0);
    const QJsonValue cells = o.take(QStringLiteral("cells"));
    if (!cells.isArray())
        return Error::badInput(Text::tr("not a Jupyter notebook: it has no list of cells"), fileName);
    const QJsonValue metadata = o.take(kMetadata);
    if (!metadata.isUndefined() && !metadata.isObject())
        return Error::badInput(Text::tr("the notebook's metadata is not an object"), fileName);
    notebook.metadata = metadata.toObject();
    for (const char *transient : {"orig_nbformat", "orig_nbformat_minor", "signature"})
        notebook.metadata.remove(QLatin1String(transient));
    const QJsonArray cellArray = cells.toArray();
    notebook.cells.reserve(cellArray.size());
    for (qsizetype i = 0; i < cellArray.size(); ++i) {
        Result<NotebookCell> cell = parseCell(cellArray.at(i), int(i), fileName);
        if (!cell)
            return cell.error();
        notebook.cells.append(std::move(*cell));
    }
    notebook.extra = o;
    notebook.ensureCellIds();
    return notebook;
}

Result<Notebook> NotebookFormat::read(const QString &path)
{
    Result<QByteArray> data = readFile(path);
    if (!data)
        return data.error();
    return parse(*data, path);
}

QByteArray NotebookFormat::serialize(const Notebook &input)
{
    Notebook notebook = input;
    notebook.ensureCellIds();
    QJsonObject o = notebook.extra;
    QJsonArray cells;
    for (const NotebookCell &cell : std::as_const(notebook.cells))
        cells.append(cellToJson(cell));
    o.insert(QStringLiteral("cells"), cells);
    o.insert(kMetadata, notebook.metadata);
    o.insert(QStringLiteral("nbformat"), 4);
    // Cell ids need 4.5; older files are upgraded as Jupyter does.
    o.insert(QStringLiteral("nbformat_minor"), qMax(5, notebook.nbformatMinor));
    return toJupyterJson(o);
}

Status NotebookFormat::write(const QString &path, const Notebook &notebook)
{
    return writeFileAtomically(path, serialize(notebook));
}

QByteArray NotebookFormat::toJupyterJson(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value, 0);
    out += '\n';
    return out;
}

} // namespace mlops
