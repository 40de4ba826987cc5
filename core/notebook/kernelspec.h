// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mlops {

/**
 * A Jupyter kernelspec (`kernels/<name>/kernel.json`): how to start a kernel. The studio
 * runs whatever kernels the user has installed, Debian's python3-ipykernel first.
 */
struct KernelSpec
{
    enum class InterruptMode { Signal, Message };

    QString name;            ///< the folder name, e.g. "python3"
    QString displayName;
    QString language;
    QStringList argv;        ///< with `{connection_file}` (and `{resource_dir}`) placeholders
    QMap<QString, QString> env;
    InterruptMode interruptMode = InterruptMode::Signal;
    QString resourceDir;     ///< the folder holding kernel.json; empty for a synthesized spec
    /** Set for a kernelspec whose kernel.json cannot be used: why (file, line, column, error). */
    QString brokenReason;

    bool isValid() const { return !name.isEmpty() && !argv.isEmpty() && brokenReason.isEmpty(); }
    bool isBroken() const { return !brokenReason.isEmpty(); }

    /** argv with the connection file and resource folder filled in. */
    QStringList commandLine(const QString &connectionFile) const;

    /** Reads `<dir>/kernel.json`; the error names the file and what is wrong. */
    static Result<KernelSpec> fromDirectory(const QString &dir);

    /**
     * The IPython kernel of `python` (`python -m ipykernel_launcher -f {connection_file}`),
     * for when no kernelspec named python3 is installed: what jupyter_client calls the
     * native kernel.
     */
    static KernelSpec pythonKernel(const QString &python);
};

/** Finds the installed kernelspecs the way jupyter_client does. */
class KernelSpecs
{
public:
    /**
     * The Jupyter data folders, most specific first: every `JUPYTER_PATH` entry, the
     * user's (`JUPYTER_DATA_DIR`, else `$XDG_DATA_HOME/jupyter`, else
     * `~/.local/share/jupyter`), `/usr/local/share/jupyter`, `/usr/share/jupyter`.
     */
    static QStringList dataDirectories();

    /**
     * Every valid kernelspec, sorted by name. A name found in an earlier folder hides the
     * same name further down. Always has a `python3` kernel: when none is installed (or
     * its kernel.json is broken), the IPython kernel of `python` stands in for it.
     * `withBroken`: also the kernelspecs whose kernel.json cannot be read, with
     * `brokenReason` set, so that they can be shown with what is wrong.
     */
    static QList<KernelSpec> discover(const QString &python = {}, bool withBroken = false);

    /**
     * The kernelspec called `name`; the error says when its kernel.json is broken, or
     * lists the kernels there are.
     */
    static Result<KernelSpec> find(const QString &name, const QString &python = {});
};

} // namespace mlops
