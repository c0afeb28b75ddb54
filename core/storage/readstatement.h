// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/readstatement.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/result.h"
#include "core/storage/interner.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace pd::core {

/// A prepared statement on a ReadConnection, read field by field without a QVariant per value
/// (DESIGN.md's measured 3.6×). Parameters and columns count as in SQL: parameters from 1,
/// columns from 0. Column values are valid until the next step() or reset().
class ReadStatement {
  public:
    enum class Step { Row, Done, Failed };

    ReadStatement() = default;
    virtual ~ReadStatement() = default;
    Q_DISABLE_COPY_MOVE(ReadStatement)

    virtual void bindText(int index, QByteArrayView utf8) = 0;
    void bindText(int index, const QString& text) { bindText(index, QByteArrayView(text.toUtf8())); }
    virtual void bindInt(int index, int value) = 0;
    virtual void bindInt64(int index, qint64 value) = 0;
    virtual void bindDouble(int index, double value) = 0;

    virtual Step step() = 0;
    /// Back to before the first row, bindings cleared (to run again with other values).
    virtual void reset() = 0;

    virtual bool isNull(int column) const = 0;
    virtual int integer(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    /// The value as UTF-8 text; a null view for NULL.
    virtual QByteArrayView bytes(int column) const = 0;

    QString text(int column) const;
    /// As text(), one QString shared per distinct value.
    template <class Value> Value shared(int column, BasicInterner<Value>& interner) const {
        const QByteArrayView b = bytes(column);
        return interner.get(b.data(), int(b.size()));
    }
    /// The text as Latin-1 without a copy, for codes (which are ASCII): fromCode<E>(s.ascii(col)).
    QLatin1String ascii(int column) const {
        const QByteArrayView b = bytes(column);
        return QLatin1String(b.data(), b.size());
    }
    /// yyyy-MM-dd without the general ISO parser (100,000s of dates); invalid otherwise.
    QDate date(int column) const;

    /// The engine's own words for the last failure.
    virtual QString errorMessage() const = 0;
    /// The last failure as a sentence for the user.
    Error error(const QString& doing) const;
};

} // namespace pd::core
