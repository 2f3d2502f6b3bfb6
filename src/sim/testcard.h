// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pavt::sim {

// What the simulator does with a charge on a given card number.
enum class CardBehaviour {
    Approve, // SUCCESS
    Decline, // FAILED "Card declined"
    InsufficientFunds, // FAILED "Insufficient funds"
    ExpiredCard, // FAILED "Expired card"
    ThreeDSecure, // REDIRECT to the simulator's 3-D Secure page; PENDING until the cardholder acts
    ServerError, // HTTP 500 with an HTML page; nothing is recorded
    Slow, // recorded SUCCESS at once, answered after SimulatorOptions::slowCardDelayMs
    DropConnection, // recorded SUCCESS, then the connection is closed without an answer
};

// One of the SIMULATOR's test cards (not the real sandbox's: Pay Agency publishes none). The
// numbers come from the public test ranges every card network's documentation uses; any other
// Luhn-valid number is approved.
struct TestCard
{
    QString number; // digits only
    QString description; // brand-ish, e.g. "Visa"
    QString outcome; // what it does, one line, for docs, the CLI and the demo help panel
    CardBehaviour behaviour = CardBehaviour::Approve;
};

// The whole table, in a stable order.
const QList<TestCard> &testCardTable();

// The behaviour of a card number (digits only): the table's, else Approve.
CardBehaviour behaviourOf(QStringView cardNumber);

// A rough brand from the number's leading digits ("Visa", "Mastercard", ..., "Unknown").
QString cardBrand(QStringView cardNumber);

} // namespace pavt::sim
