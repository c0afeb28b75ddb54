// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QtGlobal>
#include <vector>

namespace pd::core {

/// Where a row of a table read into a vector sits, by the row's id. Ids are nearly always
/// 1, 2, 3…: then a plain array answers without hashing (100,000s of look-ups while reading
/// placements); ids scattered far beyond their count fall back to a hash.
class IdIndex {
  public:
    /// ids[i] is the id of the row at i.
    explicit IdIndex(const std::vector<qint64>& ids) {
        qint64 top = 0;
        for (qint64 id : ids)
            top = std::max(top, id);
        bool dense = top <= qint64(ids.size()) * 4 + 1024;
        for (qint64 id : ids)
            dense = dense && id >= 0;
        if (dense)
            m_dense.assign(std::size_t(top) + 1, -1);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (dense)
                m_dense[std::size_t(ids[i])] = int(i);
            else
                m_sparse.insert(ids[i], int(i));
        }
    }

    /// The row's position, or -1 when no row has that id.
    int find(qint64 id) const {
        if (!m_dense.empty())
            return id >= 0 && std::size_t(id) < m_dense.size() ? m_dense[std::size_t(id)] : -1;
        return m_sparse.value(id, -1);
    }

  private:
    std::vector<int> m_dense;
    QHash<qint64, int> m_sparse;
};

} // namespace pd::core
