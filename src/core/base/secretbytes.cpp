// SPDX-License-Identifier: MIT
#include "core/base/secretbytes.h"

#include <openssl/crypto.h>

namespace pavt {

void wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // data() detaches; the wipe then clears our own copy before it is released.
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (text.isEmpty())
        return;
    OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

SecretBytes::SecretBytes(QByteArrayView bytes)
{
    append(bytes);
}

SecretBytes SecretBytes::fromString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes result(utf8);
    wipe(utf8);
    return result;
}

SecretBytes::SecretBytes(const SecretBytes &other) : SecretBytes(other.view()) { }

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_data(std::move(other.m_data)) { }

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        clear();
        append(other.view());
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    if (m_data.capacity() > 0 && !m_data.isDetached())
        m_data = QByteArray(); // someone else holds it; never happens with our own API
    if (m_data.capacity() > 0)
        OPENSSL_cleanse(m_data.data(), size_t(m_data.capacity()));
    m_data = QByteArray();
}

void SecretBytes::ensureCapacity(qsizetype extra)
{
    const qsizetype needed = m_data.size() + extra;
    if (needed <= m_data.capacity())
        return;
    // Grow by hand so the old buffer is wiped rather than freed with its contents.
    QByteArray bigger;
    bigger.reserve(qMax(needed, m_data.capacity() * 2));
    bigger.append(m_data);
    clear();
    m_data = std::move(bigger);
}

void SecretBytes::reserve(qsizetype size)
{
    if (size > m_data.size())
        ensureCapacity(size - m_data.size());
}

void SecretBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    ensureCapacity(bytes.size());
    m_data.append(bytes);
}

void SecretBytes::append(char c)
{
    ensureCapacity(1);
    m_data.append(c);
}

bool SecretBytes::operator==(const SecretBytes &other) const
{
    return m_data.size() == other.m_data.size()
        && CRYPTO_memcmp(m_data.constData(), other.m_data.constData(), size_t(m_data.size())) == 0;
}

} // namespace pavt
