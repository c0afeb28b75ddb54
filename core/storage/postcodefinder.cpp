// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postcodefinder.h"

#include "core/storage/readconnection.h"

namespace pd::core {

Result<std::unique_ptr<PostcodeFinder>> PostcodeFinder::open(ReadConnection& db, qint64 meetsAtMost) {
    const QString doing = QStringLiteral("reading postcodes");
    auto count = db.prepare("SELECT COUNT(*) FROM postcodes", doing);
    if (!count)
        return count.error();
    if ((*count)->step() != ReadStatement::Step::Row)
        return (*count)->error(doing);
    std::unique_ptr<PostcodeFinder> finder(new PostcodeFinder);
    // Few postcodes met among very many known: look each up, as the rows ask. That runs inside the
    // reader's own scan, so only where statements interleave; elsewhere the table is read first.
    if ((*count)->int64(0) > meetsAtMost * 20 && db.interleavesStatements()) {
        auto probe = db.prepare("SELECT lat, lon FROM postcodes WHERE postcode = ?", doing);
        if (!probe)
            return probe.error();
        finder->m_probe = std::move(probe.value());
        return finder;
    }
    auto st = db.prepare("SELECT postcode, lat, lon FROM postcodes", doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    finder->m_table.reserve((*count)->int64(0));
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row)
        finder->m_table.insert(q.text(0), Coordinates{q.real(1), q.real(2)});
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    return finder;
}

Result<std::optional<Coordinates>> PostcodeFinder::find(const QString& text) {
    const QString postcode = normalisePostcode(text);
    if (postcode.isEmpty())
        return std::optional<Coordinates>();
    if (!m_probe) {
        const auto it = m_table.constFind(postcode);
        return it == m_table.cend() ? std::nullopt : std::optional<Coordinates>(*it);
    }
    ReadStatement& q = *m_probe;
    q.bindText(1, postcode);
    const ReadStatement::Step step = q.step();
    std::optional<Coordinates> out;
    if (step == ReadStatement::Step::Row)
        out = Coordinates{q.real(0), q.real(1)};
    else if (step != ReadStatement::Step::Done)
        return q.error(QStringLiteral("reading postcodes"));
    q.reset();
    return out;
}

} // namespace pd::core
