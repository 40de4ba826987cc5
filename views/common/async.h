// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace mlops {

/**
 * Runs `work` (a blocking core call) on the thread pool and hands its result to `done`
 * on the GUI thread, unless `context` is gone by then (STYLE.md §12). Returns the
 * watcher so callers can track or cancel it; it deletes itself when finished.
 */
template<typename Work, typename Done>
auto runAsync(QObject *context, Work &&work, Done &&done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         if (!watcher->future().isCanceled())
                             done(watcher->future().result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
    return watcher;
}

} // namespace mlops
