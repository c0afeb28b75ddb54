// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/changereadconnection.h"

#include "core/storage/readstatement.h"
#include "core/storage/sql.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <optional>
#include <vector>

namespace pd::core {

namespace {

/// A ReadStatement over a statement of the writing connection: binds are kept until the first
/// step() runs it; values are read by position.
class ChangeReadStatement final : public ReadStatement {
  public:
    explicit ChangeReadStatement(SqlStatement statement, QString doing)
        : m_statement(std::move(statement)), m_doing(std::move(doing)) {}

    void bindText(int index, QByteArrayView utf8) override {
        bind(index, QString::fromUtf8(utf8.data(), utf8.size()));
    }
    void bindInt(int index, int value) override { bind(index, value); }
    void bindInt64(int index, qint64 value) override { bind(index, value); }
    void bindDouble(int index, double value) override { bind(index, value); }

    Step step() override {
        if (!m_ran) {
            m_ran = true;
            if (auto s = m_statement.run(m_binds, m_doing); !s) {
                m_error = s.error().message;
                return Step::Failed;
            }
        }
        m_bytes.clear();
        return m_statement.next() ? Step::Row : Step::Done;
    }
    void reset() override {
        m_statement.finish();
        m_binds.clear();
        m_bytes.clear();
        m_ran = false;
    }
    bool isNull(int column) const override { return m_statement.valueAt(column).isNull(); }
    int integer(int column) const override { return m_statement.valueAt(column).toInt(); }
    qint64 int64(int column) const override { return m_statement.valueAt(column).toLongLong(); }
    double real(int column) const override { return m_statement.valueAt(column).toDouble(); }
    QByteArrayView bytes(int column) const override {
        const QVariant v = m_statement.valueAt(column);
        if (v.isNull())
            return {};
        if (size_t(column) >= m_bytes.size())
            m_bytes.resize(size_t(column) + 1);
        // Kept until the next step(), as the interface promises.
        m_bytes[size_t(column)] = v.toString().toUtf8();
        return QByteArrayView(*m_bytes[size_t(column)]);
    }
    QString errorMessage() const override { return m_error; }

  private:
    void bind(int index, const QVariant& value) { m_binds.insert(QStringLiteral(":p%1").arg(index), value); }
    SqlStatement m_statement;
    QString m_doing;
    QVariantMap m_binds; ///< ":pN" for the reader's "?N"
    mutable std::vector<std::optional<QByteArray>> m_bytes;
    QString m_error;
    bool m_ran = false;
};

/// The readers' parameters (?1, ?2 in any order in the text, or bare ?) as names (:p1, :p2) the
/// writing connection's driver binds wherever they appear; a bare ? is one more than the largest
/// number before it, as SQLite counts. The readers' SQL is the program's own (no quoted '?').
QString namedParameters(const char* sql) {
    QString out;
    int largest = 0;
    for (const char* p = sql; *p; ++p) {
        if (*p != '?') {
            out += QLatin1Char(*p);
            continue;
        }
        int n = 0;
        while (p[1] >= '0' && p[1] <= '9')
            n = n * 10 + (*++p - '0');
        if (n == 0)
            n = largest + 1;
        largest = std::max(largest, n);
        out += QStringLiteral(":p%1").arg(n);
    }
    return out;
}

// Serial numbers far above the file connections' (which count up from 1), so stamps never meet.
std::atomic<qint64> g_serial{std::numeric_limits<qint32>::max()};

} // namespace

ChangeReadConnection::ChangeReadConnection(Database& db) : m_db(db), m_serial(g_serial.fetch_sub(1)) {}

Result<std::unique_ptr<ReadStatement>> ChangeReadConnection::prepare(const char* sql, const QString& doing) {
    auto statement = Sql(m_db).prepare(namedParameters(sql), doing);
    if (!statement)
        return statement.error();
    return std::unique_ptr<ReadStatement>(
        std::make_unique<ChangeReadStatement>(std::move(statement.value()), doing));
}

Result<qint64> ChangeReadConnection::changeStamp() {
    return (m_serial << 32) | (++m_calls & 0xffffffff);
}

} // namespace pd::core
