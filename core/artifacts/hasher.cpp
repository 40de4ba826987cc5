// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/artifacts/hasher.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

#include <fcntl.h>
#include <memory>
#include <unistd.h>
#include <vector>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::Hasher)
};

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

QString toHex(const unsigned char *digest, unsigned length)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace

Result<ContentDigest> hashFile(const QString &path)
{
    Fd file{::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0)
        return Error{Text::tr("cannot read: %1").arg(QString::fromLocal8Bit(strerror(errno))), path};
    ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return Error{Text::tr("cannot start SHA-256"), path};
    constexpr size_t kBlock = 1 << 20;
    std::vector<unsigned char> buffer(kBlock);
    ContentDigest digest;
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer.data(), kBlock);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error{Text::tr("cannot read: %1").arg(QString::fromLocal8Bit(strerror(errno))), path};
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.data(), size_t(n));
        digest.size += n;
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    EVP_DigestFinal_ex(ctx.get(), md, &length);
    digest.sha256 = toHex(md, length);
    return digest;
}

QString sha256Hex(const QByteArray &data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), md, &length, EVP_sha256(), nullptr);
    return toHex(md, length);
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return false;
    }
    return true;
}

} // namespace mlops
