// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/runtime/containerengine.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace mlops {

/** One fact `mlops doctor` checks, with what to do when it is not fine. */
struct DoctorCheck
{
    enum class State { Ok, Warning, Missing };

    QString id;           ///< stable key for --json: docker, podman, bubblewrap, python, …
    QString title;        ///< shown to the user
    State state = State::Missing;
    QString version;
    QString detail;       ///< what was found
    QString fix;          ///< what to do, when not Ok
    bool essential = false;  ///< the studio is unusable while an essential check is not Ok

    QJsonObject toJson() const;
};

QString doctorStateName(DoctorCheck::State state);

/** What the checks look at. */
struct DoctorContext
{
    QString python;       ///< the workspace's interpreter (or the default)
};

/** The whole report. */
struct DoctorReport
{
    QList<DoctorCheck> checks;
    QList<EngineStatus> engines;

    /** True when no essential check failed: the studio can run pipelines (with the process runner at least). */
    bool usable() const;
    QJsonObject toJson() const;
};

/**
 * The checks `mlops doctor` runs, in order; each is a function registered here (the
 * container engines, bubblewrap, the workspace Python and its packages, Jupyter kernels).
 * Blocking: every check runs a short helper program.
 */
class DoctorRegistry
{
public:
    using Check = std::function<QList<DoctorCheck>(const DoctorContext &, DoctorReport &)>;

    static DoctorRegistry &instance();
    void add(const QString &id, Check check);
    DoctorReport run(const DoctorContext &context) const;

private:
    DoctorRegistry();
    QList<QPair<QString, Check>> m_checks;
};

/** The engines' status, each detected in turn (for the Overview card). */
QList<EngineStatus> detectContainerEngines();

/** Jupyter kernelspec folders in search order (JUPYTER_PATH, user, system). */
QStringList jupyterKernelDirs();

} // namespace mlops
