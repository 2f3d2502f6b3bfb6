// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <expected>

namespace pavt {

// A failure that crossed a layer: a stable machine-readable code and a message a person can act on.
// Library errors (OpenSSL, SQL, network) are translated into this where they arise.
struct Error
{
    QString code;
    QString message;
};

template<typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString code, QString message)
{
    return std::unexpected<Error>(Error { std::move(code), std::move(message) });
}

} // namespace pavt
