// SPDX-License-Identifier: GPL-3.0-or-later
// SecretBytes: a passphrase or key in locked memory (sodium_malloc) that is wiped when released.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace fb {

class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    // Copies the bytes; the caller should wipe its own copy (see wipe()).
    SecretBytes(const char* data, std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // UTF-8 of a passphrase typed by a person. The QString itself is overwritten and cleared.
    static SecretBytes takeUtf8(QString& text);
    // Takes the bytes of a QByteArray, then overwrites and clears the array.
    static SecretBytes take(QByteArray& bytes);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool operator==(const SecretBytes& other) const; // constant time

    SecretBytes copy() const;
    // Lower-case hex of the bytes, itself a secret.
    SecretBytes toHex() const;
    void clear();

    // Overwrite a plain buffer that held a secret.
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// libsodium must be initialised once per process before use; safe to call from any thread.
bool ensureSodium();

} // namespace fb
