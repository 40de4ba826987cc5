// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

#include <type_traits>
#include <utility>
#include <variant>

namespace mlops {

/**
 * What went wrong and where. Errors are values in MLOps Studio (STYLE.md §17): every
 * fallible core function returns a Result<T>, never throws across its boundary.
 * `file`, `line` and `column` (1-based, 0 = unknown) point the user at the culprit.
 */
struct Error
{
    /** Failure: the work could not be done. BadInput: the user asked for something wrong. */
    enum class Kind { Failure, BadInput };

    Error() = default;
    Error(QString message_, QString file_ = {}, int line_ = 0, int column_ = 0,
          Kind kind_ = Kind::Failure)
        : message(std::move(message_)), file(std::move(file_)), line(line_), column(column_),
          kind(kind_)
    {
    }

    QString message;
    QString file;
    int line = 0;
    int column = 0;
    Kind kind = Kind::Failure;

    /** `file:line:column: message`, leaving out what is unknown. */
    QString toString() const;

    static Error at(const QString &file, int line, int column, const QString &message)
    {
        return Error{message, file, line, column, Kind::BadInput};
    }
    static Error badInput(const QString &message, const QString &file = {})
    {
        return Error{message, file, 0, 0, Kind::BadInput};
    }
    bool isBadInput() const { return kind == Kind::BadInput; }
};

/** A value or an Error, in the spirit of C++23 std::expected. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}
    /** Anything a T can be made from (a double for Result<QVariant>, …). */
    template<typename U,
             typename = std::enable_if_t<std::is_constructible_v<T, U &&>
                                         && !std::is_same_v<std::decay_t<U>, T>
                                         && !std::is_same_v<std::decay_t<U>, Error>
                                         && !std::is_same_v<std::decay_t<U>, Result>>>
    Result(U &&value) : m_data(std::in_place_index<0>, T(std::forward<U>(value)))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/** Result of an operation that yields nothing but may fail. */
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace mlops
