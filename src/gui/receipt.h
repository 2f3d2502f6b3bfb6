// SPDX-License-Identifier: MIT
#pragma once

#include "gui/chargesummary.h"

#include <QString>

class QTextDocument;

namespace pavt::gui {

struct ReceiptHeader
{
    QString merchant; // operator-configured shop name or terminal id
    QString operatorName;
    bool demo = false;
};

// The receipt of an approved charge as a document: masked card data only.
QString receiptHtml(const ChargeSummary &result, const ReceiptHeader &header);
// Writes the receipt as a PDF (Qt PrintSupport); false with a reason on failure.
bool saveReceiptPdf(const ChargeSummary &result, const ReceiptHeader &header, const QString &path,
                    QString *error = nullptr);

} // namespace pavt::gui
