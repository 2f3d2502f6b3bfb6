// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>

namespace pavt::gui {

// A QR code of `text` (a payment link) made by libqrencode (error correction M, 8-bit mode, the
// smallest version that holds it), as a black-on-white image with a quiet zone of four modules
// and `moduleSize` pixels a module. A null image when libqrencode cannot encode it (too long).
QImage qrCodeImage(const QString &text, int moduleSize = 6);

} // namespace pavt::gui
