// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/rowhandover.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/result.h"

#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>

namespace pd::core {

/// Batches of rows handed from the thread that reads them to a thread that turns them into values,
/// and handed back empty to be filled again (a few batches in all: memory does not grow with the
/// table). The statement stays on the thread that prepared it: SQLite's read connection is opened
/// without a mutex and QtSql's connections may not change threads.
template <class Batch> class RowHandover {
  public:
    explicit RowHandover(int batches) {
        for (int i = 0; i < batches; ++i)
            m_empty.push_back(std::make_unique<Batch>());
    }

    /// A batch to fill, once the builder has given one back; null when the builder has given up.
    std::unique_ptr<Batch> toFill() { return waitToTake(m_empty, m_abandoned); }
    void filled(std::unique_ptr<Batch> batch) { put(m_full, std::move(batch)); }
    /// No more rows: the builder's next() returns null once it has the rest.
    void finish() { raise(m_finished); }

    /// The next filled batch, waiting for it; null when finished and all are built.
    std::unique_ptr<Batch> next() { return waitToTake(m_full, m_finished); }
    void built(std::unique_ptr<Batch> batch) { put(m_empty, std::move(batch)); }
    /// The builder stops (it failed): the reader's toFill() returns null.
    void abandon() { raise(m_abandoned); }

  private:
    /// The first of `from` once there is one; null if `over` (or the builder gave up) first.
    std::unique_ptr<Batch> waitToTake(std::deque<std::unique_ptr<Batch>>& from, const bool& over) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return over || m_abandoned || !from.empty(); });
        if (m_abandoned || from.empty())
            return nullptr;
        std::unique_ptr<Batch> out = std::move(from.front());
        from.pop_front();
        return out;
    }
    void raise(bool& flag) {
        const std::lock_guard lock(m_mutex);
        flag = true;
        m_changed.notify_all();
    }
    void put(std::deque<std::unique_ptr<Batch>>& to, std::unique_ptr<Batch> batch) {
        const std::lock_guard lock(m_mutex);
        to.push_back(std::move(batch));
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_empty;
    std::deque<std::unique_ptr<Batch>> m_full;
    bool m_finished = false;
    bool m_abandoned = false;
};

/// Reads rows batch by batch with `read(Batch&) -> Result<bool>` (false: that was the last batch)
/// and turns each into values with `build(const Batch&) -> Status`. With `twoThreads` the building
/// runs on a second thread while this one reads the next batch (the rows are built in the order
/// read either way); without, one after the other here (when building itself reads the database).
template <class Batch, class Read, class Build> Status readAndBuild(bool twoThreads, Read read, Build build) {
    if (!twoThreads) {
        Batch batch;
        for (;;) {
            auto more = read(batch);
            if (!more)
                return more.error();
            if (Status s = build(batch); !s)
                return s;
            if (!more.value())
                return {};
        }
    }
    RowHandover<Batch> handover(3);
    auto builder = std::async(std::launch::async, [&handover, &build]() -> Status {
        while (std::unique_ptr<Batch> batch = handover.next()) {
            Status s = build(*batch);
            handover.built(std::move(batch));
            if (!s) {
                handover.abandon();
                return s;
            }
        }
        return {};
    });
    Status readStatus;
    while (std::unique_ptr<Batch> batch = handover.toFill()) {
        auto more = read(*batch);
        if (!more) {
            readStatus = more.error();
            break;
        }
        handover.filled(std::move(batch));
        if (!more.value())
            break;
    }
    handover.finish();
    Status built = builder.get();
    return readStatus ? built : readStatus;
}

} // namespace pd::core
