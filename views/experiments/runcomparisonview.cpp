// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/experiments/runcomparisonview.h"

#include "core/store/database.h"
#include "core/tracking/metricdirection.h"
#include "views/common/async.h"
#include "views/common/theme.h"
#include "views/experiments/metricchartgrid.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScatterSeries>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace mlops {

namespace {

const QColor kDiffers(0xfe, 0xf3, 0xc7);

QTableWidget *makeTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    axis->setLabelsColor(QColor(0x4b, 0x55, 0x63));
    axis->setGridLineColor(QColor(0xe5, 0xe7, 0xeb));
    QFont font = axis->titleFont();
    font.setPointSizeF(8.5);
    font.setBold(false);
    axis->setTitleFont(font);
}

/** A long number such as 0.9707602339181286 shown in a narrow column as 0.97076;
 *  the cell's tooltip keeps the exact text. */
QString compactValue(const QString &text)
{
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || text.size() <= 8 || !std::isfinite(number))
        return text;
    return QString::number(number, 'g', 6);
}

} // namespace

RunComparisonView::RunComparisonView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runComparison"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600; color: #111827;"));
    layout->addWidget(m_title);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("comparisonLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    connect(m_legend, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QStringLiteral("run:")))
            emit openRunRequested(link.mid(4).toLongLong());
    });
    layout->addWidget(m_legend);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("comparisonTabs"));
    m_tabs->setDocumentMode(true);
    auto *overview = new QSplitter(Qt::Horizontal, m_tabs);
    overview->setObjectName(QStringLiteral("comparisonOverview"));
    m_charts = new MetricChartGrid(overview);
    m_charts->setObjectName(QStringLiteral("comparisonCharts"));
    m_charts->setColumns(1);
    m_charts->setEmptyText(tr("None of these runs has a metric logged at several steps."));
    // The two tables share the side column; the user can move the line between them.
    auto *side = new QSplitter(Qt::Vertical, overview);
    side->setObjectName(QStringLiteral("comparisonSide"));
    side->setChildrenCollapsible(false);
    const auto titledTable = [side](const QString &title, QTableWidget *table) {
        auto *box = new QWidget(side);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(6, 6, 6, 0);
        boxLayout->setSpacing(4);
        auto *label = new QLabel(title, box);
        label->setObjectName(QStringLiteral("cardTitle"));
        boxLayout->addWidget(label);
        table->setParent(box);
        boxLayout->addWidget(table, 1);
        side->addWidget(box);
    };
    m_differences = makeTable(QStringLiteral("comparisonDifferences"), side);
    titledTable(tr("Parameters that differ"), m_differences);
    m_metrics = makeTable(QStringLiteral("comparisonMetrics"), side);
    m_metrics->setToolTip(tr("The best value of a metric is in bold where its name says which way is better: "
                             "lowest for losses, errors and times; highest for accuracy, AUC, F1, precision, "
                             "recall, R² and scores. Other metrics (counts, sizes) are not ranked."));
    titledTable(tr("Final metrics"), m_metrics);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 1);
    overview->addWidget(m_charts);
    overview->addWidget(side);
    overview->setStretchFactor(0, 3);
    overview->setStretchFactor(1, 2);
    overview->setSizes({600, 400});
    m_tabs->addTab(overview, tr("Overview"));

    auto *params = new QWidget(m_tabs);
    auto *paramsLayout = new QVBoxLayout(params);
    paramsLayout->setContentsMargins(8, 8, 8, 8);
    m_onlyDifferences = new QCheckBox(tr("Only parameters that differ"), params);
    paramsLayout->addWidget(m_onlyDifferences);
    m_parameters = makeTable(QStringLiteral("comparisonParameters"), params);
    paramsLayout->addWidget(m_parameters, 1);
    m_tabs->addTab(params, tr("Parameters"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &RunComparisonView::fillParameters);

    auto *scatter = new QWidget(m_tabs);
    auto *scatterLayout = new QVBoxLayout(scatter);
    scatterLayout->setContentsMargins(8, 8, 8, 8);
    auto *axes = new QHBoxLayout;
    m_scatterX = new QComboBox(scatter);
    m_scatterX->setObjectName(QStringLiteral("scatterParameter"));
    m_scatterY = new QComboBox(scatter);
    m_scatterY->setObjectName(QStringLiteral("scatterMetric"));
    for (QComboBox *box : {m_scatterX, m_scatterY})
        box->setMinimumContentsLength(16);
    axes->addWidget(new QLabel(tr("Parameter"), scatter));
    axes->addWidget(m_scatterX);
    axes->addSpacing(16);
    axes->addWidget(new QLabel(tr("Metric"), scatter));
    axes->addWidget(m_scatterY);
    axes->addStretch(1);
    scatterLayout->addLayout(axes);
    m_scatter = new QChartView(new QChart, scatter);
    m_scatter->setObjectName(QStringLiteral("scatterChart"));
    m_scatter->setRenderHint(QPainter::Antialiasing);
    m_scatter->chart()->setBackgroundRoundness(0);
    m_scatter->chart()->legend()->setAlignment(Qt::AlignRight);
    scatterLayout->addWidget(m_scatter, 1);
    m_tabs->addTab(scatter, tr("Parameter vs metric"));
    connect(m_scatterX, &QComboBox::currentIndexChanged, this, &RunComparisonView::updateScatter);
    connect(m_scatterY, &QComboBox::currentIndexChanged, this, &RunComparisonView::updateScatter);
    layout->addWidget(m_tabs, 1);

    connect(m_charts, &MetricChartGrid::busyChanged, this, [this] { emit busyChanged(isBusy()); });
}

void RunComparisonView::setStorePath(const QString &path)
{
    m_storePath = path;
    m_charts->setStorePath(path);
}

bool RunComparisonView::isBusy() const
{
    return m_loading || m_charts->isBusy();
}

void RunComparisonView::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void RunComparisonView::clear()
{
    ++m_generation;
    m_runIds.clear();
    m_comparison = {};
    m_charts->setRuns({});
    setLoading(false);
}

void RunComparisonView::compare(const QList<qint64> &runIds)
{
    if (runIds == m_runIds) {
        refresh();
        return;
    }
    m_runIds = runIds;
    ++m_generation;
    m_loading = false;
    refresh();
}

void RunComparisonView::refresh()
{
    if (m_runIds.isEmpty() || m_storePath.isEmpty() || m_loading)
        return;
    setLoading(true);
    const QString path = m_storePath;
    const QList<qint64> ids = m_runIds;
    const quint64 generation = m_generation;
    runAsync(
        this,
        [path, ids]() -> Result<RunComparison> {
            Result<std::unique_ptr<Database>> db = Database::open(path, false);
            if (!db)
                return db.error();
            return loadRunComparison(**db, ids);
        },
        [this, generation](const Result<RunComparison> &comparison) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!comparison) {
                m_title->setText(comparison.error().toString());
                return;
            }
            showComparison(*comparison);
            emit loaded();
        });
}

void RunComparisonView::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit busyChanged(isBusy());
}

void RunComparisonView::showComparison(const RunComparison &comparison)
{
    const bool sameRuns = [&] {
        if (comparison.runs.size() != m_comparison.runs.size())
            return false;
        for (int i = 0; i < comparison.runs.size(); ++i) {
            if (comparison.runs.at(i).id != m_comparison.runs.at(i).id)
                return false;
        }
        return true;
    }();
    m_comparison = comparison;
    m_newRuns = !sameRuns;
    m_title->setText(tr("Comparing %n run(s)", nullptr, int(comparison.runs.size())));
    QStringList chips;
    QList<ChartRun> chartRuns;
    for (int i = 0; i < comparison.runs.size(); ++i) {
        const ComparedRun &run = comparison.runs.at(i);
        const QColor color = theme::seriesColor(i);
        QString chip = QStringLiteral("<span style='color:%1; font-size:14pt'>●</span>&nbsp;<a href=\"run:%2\">%3</a>")
                           .arg(color.name())
                           .arg(run.id)
                           .arg(run.label().toHtmlEscaped());
        // A run that did not complete compares with partial values: say so.
        if (run.status != RunStatus::Completed)
            chip += QStringLiteral("&nbsp;<span style='color:%1'>(%2)</span>")
                        .arg(run.status == RunStatus::Failed ? theme::danger().name() : theme::muted().name(),
                             runStatusDisplayName(run.status).toHtmlEscaped());
        chips << chip;
        chartRuns.append(ChartRun{run.id, run.label(), color});
    }
    m_legend->setText(chips.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
    if (sameRuns && !m_charts->runs().isEmpty())
        m_charts->reload();
    else
        m_charts->setRuns(chartRuns);
    fillParameters();
    fillMetrics();
    fillScatterChoices();
}

void RunComparisonView::fillParameters()
{
    fillParameterTable(m_parameters, m_onlyDifferences->isChecked(), false);
    fillParameterTable(m_differences, true, true);
}

void RunComparisonView::fillParameterTable(QTableWidget *table, bool onlyDiffering, bool compact)
{
    const RunComparison &c = m_comparison;
    const QStringList keys = onlyDiffering ? c.differingParameters() : c.parameterKeys;
    table->clear();
    table->setColumnCount(int(c.runs.size()) + 1);
    QStringList headers{tr("Parameter")};
    for (const ComparedRun &run : c.runs)
        headers << (compact ? run.uuid.left(8) : run.label());
    table->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < c.runs.size(); ++i) {
        table->horizontalHeaderItem(i + 1)->setForeground(theme::seriesColor(i).darker(120));
        table->horizontalHeaderItem(i + 1)->setToolTip(c.runs.at(i).label());
    }
    table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        const bool differs = c.parameterDiffers(key);
        auto *name = new QTableWidgetItem(key);
        name->setToolTip(key);
        name->setData(DiffersRole, differs);
        if (differs) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("The runs differ in this parameter"));
        }
        table->setItem(row, 0, name);
        for (int i = 0; i < c.runs.size(); ++i) {
            const auto it = c.runs.at(i).parameters.constFind(key);
            const bool has = it != c.runs.at(i).parameters.cend();
            auto *value = new QTableWidgetItem(!has ? QStringLiteral("—") : compact ? compactValue(*it) : *it);
            if (!has)
                value->setForeground(theme::muted());
            else
                value->setToolTip(*it);
            value->setData(DiffersRole, differs);
            table->setItem(row, i + 1, value);
        }
        if (differs) {
            for (int col = 0; col <= c.runs.size(); ++col)
                table->item(row, col)->setBackground(kDiffers);
        }
    }
    table->resizeColumnsToContents();
    if (compact) {
        table->setColumnWidth(0, std::min(table->columnWidth(0), 170));
        for (int col = 1; col < table->columnCount(); ++col)
            table->setColumnWidth(col, std::min(table->columnWidth(col), 140));
    }
}

void RunComparisonView::fillMetrics()
{
    const RunComparison &c = m_comparison;
    const QLocale locale;
    m_metrics->clear();
    m_metrics->clearSpans();
    m_metrics->setColumnCount(int(c.runs.size()) + 1);
    QStringList headers{tr("Metric")};
    for (const ComparedRun &run : c.runs)
        headers << run.uuid.left(8);
    m_metrics->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < c.runs.size(); ++i) {
        m_metrics->horizontalHeaderItem(i + 1)->setForeground(theme::seriesColor(i).darker(120));
        m_metrics->horizontalHeaderItem(i + 1)->setToolTip(c.runs.at(i).label());
    }
    m_metrics->setRowCount(int(c.metricKeys.size()));
    for (int row = 0; row < c.metricKeys.size(); ++row) {
        const QString &key = c.metricKeys.at(row);
        const MetricDirection direction = metricDirection(key);
        auto *name = new QTableWidgetItem(key);
        name->setData(DirectionRole, int(direction));
        name->setToolTip(direction == MetricDirection::LowerIsBetter    ? tr("%1: lower is better; the lowest value is in bold").arg(key)
                         : direction == MetricDirection::HigherIsBetter ? tr("%1: higher is better; the highest value is in bold").arg(key)
                                                                        : tr("%1: no value is marked best, as its name does not "
                                                                             "say whether higher or lower is better").arg(key));
        m_metrics->setItem(row, 0, name);
        const bool low = direction == MetricDirection::LowerIsBetter;
        double best = low ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
        int present = 0;
        for (const ComparedRun &run : c.runs) {
            if (const auto it = run.metrics.constFind(key); it != run.metrics.cend()) {
                best = low ? std::min(best, *it) : std::max(best, *it);
                ++present;
            }
        }
        for (int i = 0; i < c.runs.size(); ++i) {
            const auto it = c.runs.at(i).metrics.constFind(key);
            const bool has = it != c.runs.at(i).metrics.cend();
            auto *value = new QTableWidgetItem(has ? locale.toString(*it, 'g', 6) : QStringLiteral("—"));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!has) {
                value->setForeground(theme::muted());
            } else {
                value->setToolTip(QString::number(*it, 'g', 17));
                if (direction != MetricDirection::Unknown && present > 1 && *it == best && c.metricDiffers(key)) {
                    QFont bold = value->font();
                    bold.setBold(true);
                    value->setFont(bold);
                    value->setForeground(theme::success());
                    value->setToolTip(QString::number(*it, 'g', 17) + QLatin1Char('\n')
                                      + (low ? tr("the lowest of these runs") : tr("the highest of these runs")));
                }
            }
            m_metrics->setItem(row, i + 1, value);
        }
    }
    if (c.metricKeys.isEmpty()) {
        m_metrics->setRowCount(1);
        auto *none = new QTableWidgetItem(tr("None of these runs logged a metric."));
        none->setForeground(theme::muted());
        m_metrics->setItem(0, 0, none);
        m_metrics->setSpan(0, 0, 1, m_metrics->columnCount());
    }
    m_metrics->resizeColumnsToContents();
    m_metrics->setColumnWidth(0, std::min(m_metrics->columnWidth(0), 170));
}

void RunComparisonView::fillScatterChoices()
{
    const RunComparison &c = m_comparison;
    const QString x = m_scatterX->currentText();
    const QString y = m_scatterY->currentText();
    {
        const QSignalBlocker bx(m_scatterX);
        const QSignalBlocker by(m_scatterY);
        m_scatterX->clear();
        m_scatterY->clear();
        // Parameters that differ first: they are the ones that explain a difference.
        QStringList params = c.differingParameters();
        for (const QString &key : c.parameterKeys) {
            if (!params.contains(key))
                params.append(key);
        }
        m_scatterX->addItems(params);
        m_scatterY->addItems(c.metricKeys);
        int yi = m_scatterY->findText(y);
        if (yi < 0)
            yi = m_scatterY->findText(QStringLiteral("accuracy"));
        yi = std::max(0, yi);
        m_scatterY->setCurrentIndex(yi);
        const QString metric = c.metricKeys.value(yi);
        // The runs that have both values, and how many values of the parameter they show:
        // a pair without runs draws nothing, one value explains nothing.
        const auto paired = [&c, &metric](const QString &param, int *distinct = nullptr) {
            int n = 0;
            QSet<QString> values;
            for (const ComparedRun &run : c.runs) {
                const auto it = run.parameters.constFind(param);
                if (it == run.parameters.cend() || !run.metrics.contains(metric))
                    continue;
                ++n;
                values.insert(*it);
            }
            if (distinct)
                *distinct = int(values.size());
            return n;
        };
        int xi = m_scatterX->findText(x);
        if (xi < 0 || (m_newRuns && paired(x) == 0)) {
            // Best first: runs to draw, then a parameter that varies among them, a number,
            // the most runs; the first in the list on a tie.
            int bestScore = -1;
            for (int i = 0; i < params.size(); ++i) {
                int distinct = 0;
                const int n = paired(params.at(i), &distinct);
                const int score = (n > 0 ? 1000000 : 0) + (distinct >= 2 ? 100000 : 0)
                                  + (c.isNumericParameter(params.at(i)) ? 10000 : 0) + std::min(n, 9999);
                if (score > bestScore) {
                    bestScore = score;
                    xi = i;
                }
            }
        }
        m_scatterX->setCurrentIndex(std::max(0, xi));
    }
    updateScatter();
}

void RunComparisonView::setScatterAxes(const QString &parameter, const QString &metric)
{
    const QSignalBlocker bx(m_scatterX);
    m_scatterX->setCurrentIndex(m_scatterX->findText(parameter));
    m_scatterY->setCurrentIndex(m_scatterY->findText(metric));
    updateScatter();
}

int RunComparisonView::scatterPointCount() const
{
    int n = 0;
    for (QAbstractSeries *s : m_scatter->chart()->series())
        n += static_cast<QScatterSeries *>(s)->count();
    return n;
}

void RunComparisonView::updateScatter()
{
    QChart *chart = m_scatter->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const QString param = m_scatterX->currentText();
    const QString metric = m_scatterY->currentText();
    chart->setTitle(param.isEmpty() || metric.isEmpty() ? tr("Pick a parameter and a metric")
                                                        : tr("%1 by %2").arg(metric, param));
    if (param.isEmpty() || metric.isEmpty())
        return;
    const RunComparison &c = m_comparison;
    const bool numeric = c.isNumericParameter(param);
    QStringList categories;
    if (!numeric) {
        for (const ComparedRun &run : c.runs) {
            const QString v = run.parameters.value(param);
            if (run.parameters.contains(param) && !categories.contains(v))
                categories.append(v);
        }
        categories.sort();
    }
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -minX;
    double minY = minX;
    double maxY = -minX;
    QList<QScatterSeries *> series;
    for (int i = 0; i < c.runs.size(); ++i) {
        const ComparedRun &run = c.runs.at(i);
        if (!run.parameters.contains(param) || !run.metrics.contains(metric))
            continue;
        const double x = numeric ? run.parameters.value(param).toDouble()
                                 : double(categories.indexOf(run.parameters.value(param)));
        const double y = run.metrics.value(metric);
        auto *s = new QScatterSeries;
        s->setName(run.label());
        s->setColor(theme::seriesColor(i));
        s->setBorderColor(theme::seriesColor(i).darker(130));
        s->setMarkerSize(13);
        s->append(x, y);
        series.append(s);
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
    if (series.isEmpty()) {
        chart->setTitle(tr("No run has both %1 and %2").arg(param, metric));
        return;
    }
    QAbstractAxis *xAxis = nullptr;
    if (numeric) {
        auto *axis = new QValueAxis;
        const double pad = minX == maxX ? std::max(1.0, std::abs(minX) * 0.1) : (maxX - minX) * 0.1;
        axis->setRange(minX - pad, maxX + pad);
        axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%.4g"));
        xAxis = axis;
    } else {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (int i = 0; i < categories.size(); ++i)
            axis->append(categories.at(i), i);
        axis->setRange(-0.5, std::max<double>(0.5, double(categories.size()) - 0.5));
        xAxis = axis;
    }
    auto *yAxis = new QValueAxis;
    const double padY = minY == maxY ? std::max(0.01, std::abs(minY) * 0.05) : (maxY - minY) * 0.12;
    yAxis->setRange(minY - padY, maxY + padY);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.4g"));
    styleAxis(xAxis, param);
    styleAxis(yAxis, metric);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QScatterSeries *s : std::as_const(series)) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
}

} // namespace mlops
