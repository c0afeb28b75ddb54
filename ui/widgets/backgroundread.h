// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/services/desk.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>

namespace pd::ui {

/// Reads from the open database off the GUI thread. The work runs on a worker thread with a Desk
/// of its own on the same database (a connection belongs to the thread that opened it) and sees
/// what is saved; its result comes back on the GUI thread through `done`, unless a newer read of
/// the same BackgroundRead has started meanwhile (the older result is dropped) or the owner is
/// gone. Nothing waits: no nested event loop.
template <class T> class BackgroundRead {
  public:
    using Work = std::function<core::Result<T>(core::Desk&)>;
    using Done = std::function<void(core::Result<T>&)>;

    explicit BackgroundRead(QObject* owner) : m_owner(owner) {}

    void start(const QString& database, Work work, Done done) {
        using Shared = std::shared_ptr<core::Result<T>>; // 100,000s of rows are not copied
        auto* watcher = new QFutureWatcher<Shared>(m_owner);
        const int generation = ++m_generation;
        m_running = watcher;
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner, [this, watcher, generation, done] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // a newer read is on its way
            m_running = nullptr;
            done(*watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([database, work]() -> Shared {
            auto desk = core::Desk::open(database);
            if (!desk)
                return std::make_shared<core::Result<T>>(desk.error());
            return std::make_shared<core::Result<T>>(work(*desk.value()));
        }));
    }
    /// A read is running whose result has not been delivered.
    bool busy() const { return !m_running.isNull(); }
    /// Drops the running read's result (the database is being closed).
    void forget() {
        ++m_generation;
        m_running = nullptr;
    }

  private:
    QObject* m_owner;
    QPointer<QObject> m_running;
    int m_generation = 0;
};

} // namespace pd::ui
