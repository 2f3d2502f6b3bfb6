// SPDX-License-Identifier: MIT
#include "gui/qrcode.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace pavt::gui {

QImage qrCodeImage(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || moduleSize < 1)
        return {};
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || code->width <= 0)
        return {};
    constexpr int QuietZone = 4;
    const int width = code->width;
    const int side = (width + 2 * QuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < width; ++y)
        for (int x = 0; x < width; ++x)
            if (code->data[y * width + x] & 0x01) // the low bit: a dark module
                painter.drawRect((x + QuietZone) * moduleSize, (y + QuietZone) * moduleSize,
                                 moduleSize, moduleSize);
    painter.end();
    return image;
}

} // namespace pavt::gui
