// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace pd::core {

/// What went wrong, in a sentence the user can act on.
struct Error {
    enum class Kind { Invalid, NotFound, Conflict, Forbidden, Storage, Io, Refused };
    Kind kind = Kind::Invalid;
    QString message;

    static Error invalid(const QString& m) { return {Kind::Invalid, m}; }
    static Error notFound(const QString& m) { return {Kind::NotFound, m}; }
    static Error conflict(const QString& m) { return {Kind::Conflict, m}; }
    static Error forbidden(const QString& m) { return {Kind::Forbidden, m}; }
    static Error storage(const QString& m) { return {Kind::Storage, m}; }
    static Error io(const QString& m) { return {Kind::Io, m}; }
    static Error refused(const QString& m) { return {Kind::Refused, m}; }
};

/// A value or an Error; core returns these instead of throwing or showing messages.
template <typename T> class [[nodiscard]] Result {
  public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const Error& error() const { return std::get<1>(m_v); }

  private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

  private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace pd::core
