// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalconfig.h"
#include "core/journal/layer.h"

#include <QStringList>

namespace pavt {

// The tables schema version 5 added beside the entries (which it leaves as they were): the
// operators' accounts, the refund log (who refunded how much, and who approved it) and the audit
// trail with its head row. The audit trail is append-only: triggers refuse UPDATE and DELETE on
// its records (both backends), a record may only follow the head, the head only moves one record
// forward to a record's own hash; on PostgreSQL the table's UPDATE, DELETE and TRUNCATE rights
// are revoked too (SECURITY.md says what that does and does not stop).
QStringList securitySchemaSql(JournalBackend backend);

// Schema version 7: the security policy an administrator sets (securitypolicy.h).
QStringList securityPolicySchemaSql(JournalBackend backend);

// The audit trail's first "previous hash": 64 zeros.
inline constexpr char AuditGenesisHash[]
    = "0000000000000000000000000000000000000000000000000000000000000000";

} // namespace pavt
