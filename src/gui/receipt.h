// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalentry.h"
#include "gui/chargesummary.h"

#include <QString>
#include <QUrl>

class QTextDocument;

namespace pavt::gui {

struct ReceiptHeader
{
    QString merchant; // operator-configured shop name or terminal id
    QString operatorName;
    bool demo = false;
};

// Whether a charge of the journal has a receipt: an approved one (refunded or not).
inline bool hasReceipt(const JournalEntry &entry)
{
    return entry.outcome == EntryOutcome::Approved;
}
// A charge of the journal as a receipt shows it, with its refunds (full or partial) so far.
ChargeSummary summaryOfEntry(const JournalEntry &entry);

// The receipt of an approved charge as a document: masked card data only.
QString receiptHtml(const ChargeSummary &result, const ReceiptHeader &header);
// The same receipt as plain text (an e-mail's body).
QString receiptPlainText(const ChargeSummary &result, const ReceiptHeader &header);
// A mailto: URL to the customer's address with a translated subject and the plain-text receipt as
// its body, for the operator's mail program.
QUrl receiptMailUrl(const ChargeSummary &result, const ReceiptHeader &header);
// Writes the receipt as a PDF (Qt PrintSupport); false with a reason on failure.
bool saveReceiptPdf(const ChargeSummary &result, const ReceiptHeader &header, const QString &path,
                    QString *error = nullptr);

} // namespace pavt::gui
