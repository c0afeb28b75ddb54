// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error                                                                                                       \
    "core/storage/qtsqlreadstatement.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/storage/readstatement.h"

#include <QVariantMap>
#include <optional>
#include <vector>

namespace pd::core {

/// A ReadStatement over a QtSql statement (the writing connection's SqlStatement, or a server
/// reader's query): binds are kept until the first step() runs it; values are read by position.
/// Statement has run(binds, doing) -> Status, next(), finish() and valueAt(column). The SQL must
/// name its parameters ":p1", ":p2" (PgDialect::namedParameters).
template <class Statement> class QtSqlReadStatement final : public ReadStatement {
  public:
    QtSqlReadStatement(Statement statement, QString doing)
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
    int integer(int column) const override { return number(column).toInt(); }
    qint64 int64(int column) const override { return number(column).toLongLong(); }
    double real(int column) const override { return m_statement.valueAt(column).toDouble(); }
    QByteArrayView bytes(int column) const override {
        const QVariant v = m_statement.valueAt(column);
        if (v.isNull())
            return {};
        if (size_t(column) >= m_bytes.size())
            m_bytes.resize(size_t(column) + 1);
        // Kept until the next step(), as the interface promises.
        m_bytes[size_t(column)] =
            v.typeId() == QMetaType::Bool ? QByteArray(v.toBool() ? "1" : "0") : v.toString().toUtf8();
        return QByteArrayView(*m_bytes[size_t(column)]);
    }
    QString errorMessage() const override { return m_error; }

  private:
    void bind(int index, const QVariant& value) { m_binds.insert(QStringLiteral(":p%1").arg(index), value); }
    /// A server's sums come back as decimals ("3" or 3.0): read as a whole number either way.
    QVariant number(int column) const {
        const QVariant v = m_statement.valueAt(column);
        return v.typeId() == QMetaType::Double ? QVariant(qint64(v.toDouble())) : v;
    }
    Statement m_statement;
    QString m_doing;
    QVariantMap m_binds; ///< ":pN" for the reader's "?N"
    mutable std::vector<std::optional<QByteArray>> m_bytes;
    QString m_error;
    bool m_ran = false;
};

} // namespace pd::core
