// SPDX-License-Identifier: MIT
// Included by every header of the journal layer (see core/base/layering.h).
#pragma once

#include "core/base/layering.h"

#if PAVT_CORE_LAYER < PAVT_LAYER_JOURNAL
#error                                                                                             \
    "A header of the journal layer (src/core/journal) is included from a layer below it: a layer uses only the layers below it (docs/architecture.md)."
#endif
