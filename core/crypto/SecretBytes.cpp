// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/SecretBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace fb {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecretBytes::SecretBytes(std::size_t size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecretBytes::SecretBytes(const char* data, std::size_t size)
    : SecretBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::takeUtf8(QString& text)
{
    QByteArray utf8 = text.toUtf8();
    wipe(text);
    return take(utf8);
}

SecretBytes SecretBytes::take(QByteArray& bytes)
{
    SecretBytes secret(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
    return secret;
}

bool SecretBytes::operator==(const SecretBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecretBytes SecretBytes::copy() const
{
    return SecretBytes(reinterpret_cast<const char*>(m_data), m_size);
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes hex(m_size * 2 + 1);
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // the terminating NUL stays inside the allocation, outside size()
    return hex;
}

void SecretBytes::clear()
{
    if (m_data) {
        sodium_free(m_data); // wipes before freeing
        m_data = nullptr;
    }
    m_size = 0;
}

void SecretBytes::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never wipe a buffer shared with someone else's copy
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void SecretBytes::wipe(QString& text)
{
    if (!text.isEmpty() && !text.isDetached())
        text.detach();
    if (!text.isEmpty())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace fb
